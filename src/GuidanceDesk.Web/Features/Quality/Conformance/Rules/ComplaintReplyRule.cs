using System.Globalization;
using GuidanceDesk.Web.Data;
using GuidanceDesk.Web.Domain;
using GuidanceDesk.Web.Features.Common;
using GuidanceDesk.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace GuidanceDesk.Web.Features.Quality.Conformance.Rules;

/// <summary>
/// 9.1.1: each complaint received in the period was answered by its deadline (working days after receipt, counted in
/// Chongqing). One still inside its deadline is not judged yet; one past it without an answer fails. Complaints are
/// few, so the rows are judged here.
/// </summary>
public sealed class ComplaintReplyRule(AppDbContext db, IOptions<ConformanceTargets> targets) : RateRule(targets)
{
    public override string Key => "complaint-reply";
    public override string Clause => "9.1.1";
    public override string Title => "投诉在答复期限内答复";
    public override int Order => 911;
    protected override ConformanceTargets.Threshold DefaultTarget => ConformanceTargets.Threshold.Of(100, 90);
    protected override string Counted => "件投诉";

    private sealed record Row(long Id, string TrackingNumber, DateTimeOffset ReceivedAt, DateOnly DueOn, DateTimeOffset? RepliedAt);

    private async Task<List<(Row Row, string? Problem)>> JudgeAsync(ConformanceScope s, CancellationToken ct)
    {
        var rows = await db.Complaints.AsNoTracking().InUnit(s.UnitId)
            .Where(c => c.ReceivedAt >= s.Period.Start && c.ReceivedAt < s.Period.End)
            .Select(c => new Row(c.Id, c.TrackingNumber, c.ReceivedAt, c.DueOn, c.RepliedAt))
            .ToListAsync(ct);
        return [.. rows.Where(r => r.RepliedAt is not null || r.DueOn < s.Today).Select(r => (r, Problem(r)))];
    }

    private static string? Problem(Row r) => r.RepliedAt is { } replied
        ? AgencyClock.DateOf(replied) <= r.DueOn ? null : $"应于 {Fmt.Date(r.DueOn)} 前答复，{Fmt.Date(AgencyClock.DateOf(replied))} 才答复"
        : $"应于 {Fmt.Date(r.DueOn)} 前答复，尚未答复";

    protected override async Task<(int Total, int Ok)> CountAsync(ConformanceScope scope, CancellationToken ct)
    {
        var judged = await JudgeAsync(scope, ct);
        return (judged.Count, judged.Count(j => j.Problem is null));
    }

    public override async Task<IReadOnlyList<DrillRow>> DrillAsync(ConformanceScope scope, int limit, CancellationToken ct) =>
        [.. (await JudgeAsync(scope, ct)).OrderBy(j => j.Problem is null).ThenBy(j => j.Row.ReceivedAt).Take(limit)
            .Select(j => new DrillRow("投诉 " + j.Row.TrackingNumber, $"/Complaints/Details?id={j.Row.Id.ToString(CultureInfo.InvariantCulture)}",
                j.Problem ?? "按期答复", j.Row.ReceivedAt, null, j.Problem is not null))];
}
