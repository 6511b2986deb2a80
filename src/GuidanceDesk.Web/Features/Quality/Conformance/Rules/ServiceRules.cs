using GuidanceDesk.Web.Features.Common;
using GuidanceDesk.Web.Data;
using GuidanceDesk.Web.Domain;
using GuidanceDesk.Web.Features.Archive;
using GuidanceDesk.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace GuidanceDesk.Web.Features.Quality.Conformance.Rules;

/// <summary>
/// 7.2.2a: every appointment the worker came to (before today) has its registration form in the archive. Today's are
/// left out: the filing job files them within the hour.
/// </summary>
public sealed class AppointmentFormRule(AppDbContext db, IOptions<ConformanceTargets> targets) : RateRule(targets)
{
    public override string Key => "appointment-form";
    public override string Clause => "7.2.2a";
    public override string Title => "预约登记表归档";
    public override int Order => 722;
    protected override ConformanceTargets.Threshold DefaultTarget => ConformanceTargets.Threshold.Of(98, 90);
    protected override string Counted => "次到场预约";

    private IQueryable<Appointment> Attended(ConformanceScope s)
    {
        var end = AgencyClock.At(s.DueBy.AddDays(1), TimeOnly.MinValue);
        return db.Appointments.AsNoTracking().InUnit(s.UnitId)
            .Where(a => a.Status == AppointmentStatus.Attended && a.StartsAt >= s.Period.Start && a.StartsAt < end);
    }

    private IQueryable<long> Filed => db.ArchiveItems.Where(i => i.SourceType == ArchiveFiling.Appointment && i.SourceId != null)
        .Select(i => i.SourceId!.Value);

    protected override async Task<(int Total, int Ok)> CountAsync(ConformanceScope scope, CancellationToken ct) =>
        (await Attended(scope).CountAsync(ct), await Attended(scope).CountAsync(a => Filed.Contains(a.Id), ct));

    public override async Task<IReadOnlyList<DrillRow>> DrillAsync(ConformanceScope scope, int limit, CancellationToken ct)
    {
        var rows = await Attended(scope).Select(a => new { a.Id, a.CaseId, a.WorkerId, a.StartsAt, Ok = Filed.Contains(a.Id) })
            .OrderBy(a => a.Ok).ThenBy(a => a.StartsAt).Take(limit).ToListAsync(ct);
        return [.. rows.Select(a => new DrillRow("预约 " + Id(a.Id), a.CaseId is { } c ? $"/Cases/Details/{c}" : null,
            a.Ok ? "登记表已归档" : "登记表未归档", a.StartsAt, a.WorkerId, !a.Ok))];
    }
}

/// <summary>7.1.2: each group session held in the period sent its materials no later than the deadline (2 working days before).</summary>
public sealed class GroupMaterialsRule(AppDbContext db, IOptions<ConformanceTargets> targets) : RateRule(targets)
{
    public override string Key => "group-materials";
    public override string Clause => "7.1.2";
    public override string Title => "团体讲座提前2个工作日发送材料";
    public override int Order => 712;
    protected override ConformanceTargets.Threshold DefaultTarget => ConformanceTargets.Threshold.Of(95, 80);
    protected override string Counted => "场已举办的团体活动";

    private IQueryable<GroupSession> Held(ConformanceScope s) => db.GroupSessions.AsNoTracking().InUnit(s.UnitId)
        .Where(g => g.Status == GroupSessionStatus.Held && g.StartsAt >= s.Period.Start && g.StartsAt < s.Period.End);

    protected override async Task<(int Total, int Ok)> CountAsync(ConformanceScope scope, CancellationToken ct) =>
        (await Held(scope).CountAsync(ct), await Held(scope).CountAsync(g => g.MaterialsSentOn != null && g.MaterialsSentOn <= g.MaterialsDeadline, ct));

    public override async Task<IReadOnlyList<DrillRow>> DrillAsync(ConformanceScope scope, int limit, CancellationToken ct)
    {
        var rows = await Held(scope)
            .Select(g => new { g.Id, g.Topic, g.StartsAt, g.MaterialsDeadline, g.MaterialsSentOn, Ok = g.MaterialsSentOn != null && g.MaterialsSentOn <= g.MaterialsDeadline })
            .OrderBy(g => g.Ok).ThenBy(g => g.StartsAt).Take(limit).ToListAsync(ct);
        return [.. rows.Select(g => new DrillRow("团体活动 " + Id(g.Id) + " " + g.Topic, $"/GroupSessions/Details/{g.Id}",
            g.MaterialsSentOn is { } sent ? $"截止 {Fmt.Date(g.MaterialsDeadline)}，{Fmt.Date(sent)} 发送" : $"截止 {Fmt.Date(g.MaterialsDeadline)}，未发送",
            g.StartsAt, null, !g.Ok))];
    }
}

/// <summary>7.1.6–7.1.7: every assessment plan completed in the period was agreed and ended in an issued report fed back to the worker.</summary>
public sealed class AssessmentFeedbackRule(AppDbContext db, IOptions<ConformanceTargets> targets) : RateRule(targets)
{
    public override string Key => "assessment-feedback";
    public override string Clause => "7.1.6–7.1.7";
    public override string Title => "测评有实施方案，报告已反馈";
    public override int Order => 716;
    protected override ConformanceTargets.Threshold DefaultTarget => ConformanceTargets.Threshold.Of(95, 80);
    protected override string Counted => "个已完成测评方案";

    private IQueryable<AssessmentPlan> Completed(ConformanceScope s) => db.AssessmentPlans.AsNoTracking().InUnit(s.UnitId)
        .Where(p => p.Status == AssessmentPlanStatus.Completed && p.ClosedAt >= s.Period.Start && p.ClosedAt < s.Period.End);

    private IQueryable<long> FedBack => db.CareerTendencyReports
        .Where(r => r.Status == ReportStatus.Issued && r.FeedbackOn != null).Select(r => r.PlanId);

    protected override async Task<(int Total, int Ok)> CountAsync(ConformanceScope scope, CancellationToken ct) =>
        (await Completed(scope).CountAsync(ct), await Completed(scope).CountAsync(p => p.AgreedAt != null && FedBack.Contains(p.Id), ct));

    public override async Task<IReadOnlyList<DrillRow>> DrillAsync(ConformanceScope scope, int limit, CancellationToken ct)
    {
        var rows = await Completed(scope)
            .Select(p => new { p.Id, p.CaseId, p.WorkerId, p.ClosedAt, Agreed = p.AgreedAt != null, Fed = FedBack.Contains(p.Id) })
            .OrderBy(p => p.Agreed && p.Fed).ThenBy(p => p.ClosedAt).Take(limit).ToListAsync(ct);
        return [.. rows.Select(p => new DrillRow("测评方案 " + Id(p.Id), p.CaseId is { } c ? $"/Cases/Details/{c}" : null,
            !p.Agreed ? "方案未经劳动者同意" : p.Fed ? "报告已签发并反馈" : "报告未签发或未反馈", p.ClosedAt, p.WorkerId, !(p.Agreed && p.Fed)))];
    }
}
