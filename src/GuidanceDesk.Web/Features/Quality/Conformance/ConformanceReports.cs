using GuidanceDesk.Web.Domain;
using System.Diagnostics;
using GuidanceDesk.Web.Data;
using GuidanceDesk.Web.Infrastructure;
using GuidanceDesk.Web.Infrastructure.Http;
using Microsoft.EntityFrameworkCore;

namespace GuidanceDesk.Web.Features.Quality.Conformance;

public sealed record ConformanceReport(long? UnitId, string UnitName, ConformancePeriod Period, DateTimeOffset ComputedAt,
    IReadOnlyList<ConformanceRow> Rows, long ElapsedMs)
{
    public int Count(ConformanceLevel level) => Rows.Count(r => r.Level == level);
}

/// <summary>
/// The conformance report of 9.2.2: every measurable clause computed from live data for a unit (or the city) and a
/// period. Rules run one after the other on the request's context — each is one or two indexed aggregate queries.
/// </summary>
public sealed class ConformanceReports(IEnumerable<IConformanceRule> rules, AppDbContext db, AgencyClock clock)
{
    public IReadOnlyList<IConformanceRule> Rules { get; } = [.. rules.OrderBy(r => r.Order)];

    public async Task<ConformanceReport> ComputeAsync(long? unitId, ConformancePeriod period, CancellationToken ct)
    {
        var name = await UnitNameAsync(unitId, ct);
        var scope = new ConformanceScope(unitId, period, clock.Today);
        var watch = Stopwatch.StartNew();
        var rows = new List<ConformanceRow>(Rules.Count);
        foreach (var rule in Rules)
            rows.Add(await rule.EvaluateAsync(scope, ct));
        return new ConformanceReport(unitId, name, period, clock.Now, rows, watch.ElapsedMilliseconds);
    }

    public async Task<(IConformanceRule Rule, IReadOnlyList<DrillRow> Rows)> DrillAsync(string key, long? unitId, ConformancePeriod period, int limit, CancellationToken ct)
    {
        var rule = Rules.FirstOrDefault(r => r.Key == key) ?? throw new NotFoundException();
        return (rule, await rule.DrillAsync(new ConformanceScope(unitId, period, clock.Today), limit, ct));
    }

    /// <summary>One row of the report, for the drill-down page and for raising an action from it.</summary>
    public async Task<(IConformanceRule Rule, ConformanceRow Row)> EvaluateAsync(string key, long? unitId, ConformancePeriod period, CancellationToken ct)
    {
        var rule = Rules.FirstOrDefault(r => r.Key == key) ?? throw new NotFoundException();
        return (rule, await rule.EvaluateAsync(new ConformanceScope(unitId, period, clock.Today), ct));
    }

    public async Task<string> UnitNameAsync(long? unitId, CancellationToken ct) => unitId is { } id
        ? await db.ServiceUnits.Where(u => u.Id == id).Select(u => u.Name).FirstOrDefaultAsync(ct) ?? throw new NotFoundException()
        : "全市";
}
