using GuidanceDesk.Web.Features.Common;
using GuidanceDesk.Web.Data;
using GuidanceDesk.Web.Domain;
using GuidanceDesk.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace GuidanceDesk.Web.Features.Quality.Conformance.Rules;

/// <summary>6.1.4: every plan activated in the period carries the worker's recorded agreement (协商一致).</summary>
public sealed class PlanAgreementRule(AppDbContext db, IOptions<ConformanceTargets> targets) : RateRule(targets)
{
    public override string Key => "plan-agreement";
    public override string Clause => "6.1.4";
    public override string Title => "就业计划经劳动者同意后生效";
    public override int Order => 614;
    protected override ConformanceTargets.Threshold DefaultTarget => ConformanceTargets.Threshold.Of(100, 100);
    protected override string Counted => "份生效计划";

    private IQueryable<EmploymentPlan> Activated(ConformanceScope s) => db.EmploymentPlans.AsNoTracking().InUnit(s.UnitId)
        .Where(p => p.ActivatedAt >= s.Period.Start && p.ActivatedAt < s.Period.End);

    protected override async Task<(int Total, int Ok)> CountAsync(ConformanceScope scope, CancellationToken ct) =>
        (await Activated(scope).CountAsync(ct), await Activated(scope).CountAsync(p => p.Agreement != null, ct));

    public override async Task<IReadOnlyList<DrillRow>> DrillAsync(ConformanceScope scope, int limit, CancellationToken ct)
    {
        var rows = await Activated(scope).OrderBy(p => p.Agreement != null).ThenByDescending(p => p.ActivatedAt).Take(limit)
            .Select(p => new { p.Id, p.CaseId, p.WorkerId, p.ActivatedAt, Agreed = p.Agreement != null }).ToListAsync(ct);
        return [.. rows.Select(p => new DrillRow("就业计划 " + Id(p.Id), $"/Cases/Details/{p.CaseId}", p.Agreed ? "已记录劳动者同意" : "未记录劳动者同意",
            p.ActivatedAt, p.WorkerId, !p.Agreed))];
    }
}

/// <summary>
/// 6.1.5: follow-ups due in the period (up to yesterday) were done by their due date, Beijing time. The on-time test
/// compares a local date with an instant, which neither database does portably, so the done rows' two columns are
/// read and compared here; the total is counted in the database.
/// </summary>
public sealed class FollowUpOnTimeRule(AppDbContext db, IOptions<ConformanceTargets> targets) : RateRule(targets)
{
    public override string Key => "follow-up-on-time";
    public override string Clause => "6.1.5";
    public override string Title => "按计划按时跟进";
    public override int Order => 615;
    protected override ConformanceTargets.Threshold DefaultTarget => ConformanceTargets.Threshold.Of(90, 75);
    protected override string Counted => "次到期跟进";

    private IQueryable<FollowUp> Due(ConformanceScope s) => db.FollowUps.AsNoTracking().InUnit(s.UnitId)
        .Where(f => f.DueOn >= s.Period.From && f.DueOn <= s.DueBy && f.Status != FollowUpStatus.Cancelled);

    protected override async Task<(int Total, int Ok)> CountAsync(ConformanceScope scope, CancellationToken ct)
    {
        var total = await Due(scope).CountAsync(ct);
        var done = await Due(scope).Where(f => f.Status == FollowUpStatus.Done).Select(f => new { f.DueOn, f.DoneAt }).ToListAsync(ct);
        return (total, done.Count(f => f.DoneAt is { } at && AgencyClock.DateOf(at) <= f.DueOn));
    }

    public override async Task<IReadOnlyList<DrillRow>> DrillAsync(ConformanceScope scope, int limit, CancellationToken ct)
    {
        // Not done at all first, then done (late ones among them found below), oldest due first.
        var rows = await Due(scope).OrderBy(f => f.Status == FollowUpStatus.Done).ThenBy(f => f.DueOn).Take(Math.Min(limit, 5000))
            .Select(f => new { f.Id, f.CaseId, f.WorkerId, f.DueOn, f.DoneAt }).ToListAsync(ct);
        return [.. rows.Select(f =>
            {
                var late = f.DoneAt is not { } at || AgencyClock.DateOf(at) > f.DueOn;
                var detail = f.DoneAt is { } d ? $"应于 {Fmt.Date(f.DueOn)} 跟进，{Fmt.Date(d)} 完成" : $"应于 {Fmt.Date(f.DueOn)} 跟进，未完成";
                return new DrillRow("跟进 " + Id(f.Id), $"/Cases/Details/{f.CaseId}", detail, f.DoneAt, f.WorkerId, late);
            })
            .OrderByDescending(r => r.Failing).Take(limit)];
    }
}

/// <summary>
/// 6.1.6: a plan that expired in the period was reviewed — a revised or new plan follows it, or the review ended
/// the case. Entering the review stage alone does not count: expiry opens it by itself. Plans that expired within the last <see cref="ReviewDays"/> days still have time.
/// </summary>
public sealed class ExpiredPlanReviewRule(AppDbContext db, IOptions<ConformanceTargets> targets) : RateRule(targets)
{
    public const int ReviewDays = 10;

    public override string Key => "expired-plan-review";
    public override string Clause => "6.1.6";
    public override string Title => "到期计划及时评估调整";
    public override int Order => 616;
    protected override ConformanceTargets.Threshold DefaultTarget => ConformanceTargets.Threshold.Of(95, 80);
    protected override string Counted => "份到期计划";

    private IQueryable<EmploymentPlan> Expired(ConformanceScope s)
    {
        var cutoff = AgencyClock.At(s.Today.AddDays(-ReviewDays), TimeOnly.MinValue);
        return db.EmploymentPlans.AsNoTracking().InUnit(s.UnitId)
            .Where(p => p.Status == PlanStatus.Expired && p.EndedAt >= s.Period.Start && p.EndedAt < s.Period.End && p.EndedAt < cutoff);
    }

    private IQueryable<EmploymentPlan> Reviewed(IQueryable<EmploymentPlan> plans) => plans.Where(p =>
        db.EmploymentPlans.Any(n => n.PreviousPlanId == p.Id)
        || db.GuidanceCases.Any(c => c.Id == p.CaseId && c.Stage == CaseStage.Closed));

    protected override async Task<(int Total, int Ok)> CountAsync(ConformanceScope scope, CancellationToken ct) =>
        (await Expired(scope).CountAsync(ct), await Reviewed(Expired(scope)).CountAsync(ct));

    public override async Task<IReadOnlyList<DrillRow>> DrillAsync(ConformanceScope scope, int limit, CancellationToken ct)
    {
        var reviewed = Reviewed(Expired(scope)).Select(p => p.Id);
        var rows = await Expired(scope).Select(p => new { p.Id, p.CaseId, p.WorkerId, p.EndedAt, Ok = reviewed.Contains(p.Id) })
            .OrderBy(p => p.Ok).ThenBy(p => p.EndedAt).Take(limit).ToListAsync(ct);
        return [.. rows.Select(p => new DrillRow("就业计划 " + Id(p.Id), $"/Cases/Details/{p.CaseId}",
            p.Ok ? "已评估调整" : $"到期后 {ReviewDays} 天内未评估调整", p.EndedAt, p.WorkerId, !p.Ok))];
    }
}
