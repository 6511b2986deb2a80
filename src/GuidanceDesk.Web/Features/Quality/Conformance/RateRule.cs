using GuidanceDesk.Web.Domain;
using System.Globalization;
using Microsoft.Extensions.Options;

namespace GuidanceDesk.Web.Features.Quality.Conformance;

/// <summary>
/// The common shape of a rule: of <c>total</c> records in scope, <c>ok</c> met the clause; the figure is the share in
/// percent, judged against the configured threshold.
/// </summary>
public abstract class RateRule(IOptions<ConformanceTargets> targets) : IConformanceRule
{
    public abstract string Key { get; }
    public abstract string Clause { get; }
    public abstract string Title { get; }
    public abstract int Order { get; }
    /// <summary>The default threshold when configuration names none.</summary>
    protected abstract ConformanceTargets.Threshold DefaultTarget { get; }
    /// <summary>What is counted, e.g. "跟进" — shown as "已完成 45/50 项跟进".</summary>
    protected abstract string Counted { get; }

    protected abstract Task<(int Total, int Ok)> CountAsync(ConformanceScope scope, CancellationToken ct);

    public abstract Task<IReadOnlyList<DrillRow>> DrillAsync(ConformanceScope scope, int limit, CancellationToken ct);

    public async Task<ConformanceRow> EvaluateAsync(ConformanceScope scope, CancellationToken ct)
    {
        var (total, ok) = await CountAsync(scope, ct);
        var target = targets.Value.For(Key, DefaultTarget);
        double? value = total == 0 ? null : Math.Round(100.0 * ok / total, 1);
        var figure = value is { } v
            ? $"{v.ToString("0.#", CultureInfo.InvariantCulture)}%（{ok.ToString(CultureInfo.InvariantCulture)}/{total.ToString(CultureInfo.InvariantCulture)} {Counted}）"
            : $"期间内无{Counted}";
        return new ConformanceRow(Key, Clause, Title, figure, value, target.Describe(), target.Judge(value), total, total - ok, null);
    }

    protected static string Id(long id) => "#" + id.ToString(CultureInfo.InvariantCulture);
}
