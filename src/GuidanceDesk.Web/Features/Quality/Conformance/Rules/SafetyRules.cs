using GuidanceDesk.Web.Features.Common;
using System.Globalization;
using GuidanceDesk.Web.Data;
using GuidanceDesk.Web.Domain;
using GuidanceDesk.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace GuidanceDesk.Web.Features.Quality.Conformance.Rules;

/// <summary>
/// 8.1: each referral sent in the period had the worker's consent, and an accepted one got its interview booked by the
/// due date. Referrals are few, so the rows are judged here (the booking test compares an instant with a local date).
/// </summary>
public sealed class ReferralRule(AppDbContext db, IOptions<ConformanceTargets> targets) : RateRule(targets)
{
    public override string Key => "referral";
    public override string Clause => "8.1";
    public override string Title => "转介经劳动者同意，接收方及时预约面谈";
    public override int Order => 810;
    protected override ConformanceTargets.Threshold DefaultTarget => ConformanceTargets.Threshold.Of(95, 80);
    protected override string Counted => "次转介";

    private sealed record Row(long Id, long CaseId, long WorkerId, ReferralStatus Status, long? ConsentRecordId,
        DateOnly? InterviewDueOn, DateTimeOffset? InterviewBookedAt, DateTimeOffset? SentAt);

    private async Task<List<(Row Row, string? Problem)>> JudgeAsync(ConformanceScope s, CancellationToken ct)
    {
        var rows = await db.CaseReferrals.AsNoTracking().InUnit(s.UnitId)
            .Where(r => r.SentAt >= s.Period.Start && r.SentAt < s.Period.End)
            .Select(r => new Row(r.Id, r.CaseId, r.WorkerId, r.Status, r.ConsentRecordId, r.InterviewDueOn, r.InterviewBookedAt, r.SentAt))
            .ToListAsync(ct);
        return [.. rows.Select(r => (r, Problem(r, s.Today)))];
    }

    private static string? Problem(Row r, DateOnly today)
    {
        if (r.ConsentRecordId is null)
            return "无劳动者同意记录";
        if (r.InterviewDueOn is not { } due)
            return null; // not accepted (declined, withdrawn or still waiting): no interview is owed
        if (r.InterviewBookedAt is { } booked)
            return AgencyClock.DateOf(booked) <= due ? null : $"面谈应于 {Fmt.Date(due)} 前预约，{Fmt.Date(booked)} 才预约";
        return due < today ? $"面谈应于 {Fmt.Date(due)} 前预约，尚未预约" : null;
    }

    protected override async Task<(int Total, int Ok)> CountAsync(ConformanceScope scope, CancellationToken ct)
    {
        var judged = await JudgeAsync(scope, ct);
        return (judged.Count, judged.Count(j => j.Problem is null));
    }

    public override async Task<IReadOnlyList<DrillRow>> DrillAsync(ConformanceScope scope, int limit, CancellationToken ct) =>
        [.. (await JudgeAsync(scope, ct)).OrderBy(j => j.Problem is null).ThenBy(j => j.Row.SentAt).Take(limit)
            .Select(j => new DrillRow("转介 " + Id(j.Row.Id), $"/Referrals/Details/{j.Row.Id.ToString(CultureInfo.InvariantCulture)}",
                j.Problem ?? "符合", j.Row.SentAt, j.Row.WorkerId, j.Problem is not null))];
}

/// <summary>
/// 8.2: each risk alert raised in the period (a week ago or earlier) was acknowledged and closed with a summary of what
/// was done. Younger alerts are still being handled.
/// </summary>
public sealed class RiskAlertRule(AppDbContext db, IOptions<ConformanceTargets> targets) : RateRule(targets)
{
    public const int HandlingDays = 7;

    public override string Key => "risk-alert";
    public override string Clause => "8.2";
    public override string Title => "风险预警已确认并处置关闭";
    public override int Order => 820;
    protected override ConformanceTargets.Threshold DefaultTarget => ConformanceTargets.Threshold.Of(100, 90);
    protected override string Counted => "条风险预警";

    private IQueryable<RiskAlert> Raised(ConformanceScope s)
    {
        var cutoff = AgencyClock.At(s.Today.AddDays(-HandlingDays), TimeOnly.MinValue);
        return db.RiskAlerts.AsNoTracking().InUnit(s.UnitId)
            .Where(a => a.RaisedAt >= s.Period.Start && a.RaisedAt < s.Period.End && a.RaisedAt < cutoff);
    }

    protected override async Task<(int Total, int Ok)> CountAsync(ConformanceScope scope, CancellationToken ct) =>
        (await Raised(scope).CountAsync(ct),
         await Raised(scope).CountAsync(a => a.AcknowledgedAt != null && a.Status == RiskAlertStatus.Closed && a.ClosingSummary != null, ct));

    public override async Task<IReadOnlyList<DrillRow>> DrillAsync(ConformanceScope scope, int limit, CancellationToken ct)
    {
        var rows = await Raised(scope)
            .Select(a => new { a.Id, a.WorkerId, a.RaisedAt, a.AcknowledgedAt, a.Status, Ok = a.AcknowledgedAt != null && a.Status == RiskAlertStatus.Closed && a.ClosingSummary != null })
            .OrderBy(a => a.Ok).ThenBy(a => a.RaisedAt).Take(limit).ToListAsync(ct);
        return [.. rows.Select(a => new DrillRow("风险预警 " + Id(a.Id), $"/Risk/Details/{a.Id.ToString(CultureInfo.InvariantCulture)}",
            a.Ok ? "已确认并关闭" : a.AcknowledgedAt is null ? "未确认" : "已确认，未关闭", a.RaisedAt, a.WorkerId, !a.Ok))];
    }
}
