using GuidanceDesk.Web.Data;
using GuidanceDesk.Web.Domain;
using GuidanceDesk.Web.Features.Appointments;
using GuidanceDesk.Web.Features.Referrals;
using GuidanceDesk.Web.Features.Risk;
using GuidanceDesk.Web.Infrastructure;
using GuidanceDesk.Web.Infrastructure.Audit;
using GuidanceDesk.Web.Infrastructure.Security;
using Microsoft.EntityFrameworkCore;

namespace GuidanceDesk.Web.Features.Worklist;

/// <summary>
/// Builds the worklist from indexed queries bounded by counselor (or unit); each section reads at most <see cref="Limit"/>
/// rows. Risk alerts and referrals are not narrowed by the filter: an alert concerns the whole unit.
/// </summary>
public sealed class WorklistQueries(AppDbContext db, CurrentUser user, AgencyClock clock, TimeProvider time,
    AppointmentQueries appointments, RiskQueries risks, ReferralQueries referrals, AuditLog audit)
{
    public const int Limit = 50;
    public const int PlanWarningDays = 14;
    public const int InactiveDays = 30;

    public async Task<WorklistView> GetAsync(WorklistFilter f, CancellationToken ct)
    {
        var filter = Normalize(f);
        var today = clock.Today;
        var now = time.GetUtcNow();
        var reach = ReachOf(filter);

        var todayList = await appointments.ListAsync(new AppointmentQuery(today, filter.CounselorId, PageSize: 200), ct);
        var view = new WorklistView(filter, today,
            await risks.OpenAsync(Limit, ct),
            await referrals.ListAsync(open: true, Limit, ct),
            [.. todayList.Where(a => a.Status is AppointmentStatus.Booked or AppointmentStatus.Attended)],
            await FollowUpsAsync(reach, today, ct),
            await PlansAsync(reach, today, ct),
            await InactiveAsync(reach, now, ct),
            await ChecklistsAsync(reach, ct),
            filter.CounselorId is null ? await CaseloadAsync(today, now, ct) : [],
            await SavedAsync(ct));
        view = await NamedAsync(view, ct);
        audit.Read(AuditAction.View, "Worklist", filter.CounselorId?.ToString(System.Globalization.CultureInfo.InvariantCulture),
            user.ServiceUnitId, "worklist");
        return view;
    }

    /// <summary>A counselor sees their own list; a manager or head the unit's, or one counselor's.</summary>
    private WorklistFilter Normalize(WorklistFilter f)
    {
        if (!user.SeesWholeUnit || user.IsInRole(Roles.Custodian))
            return f with { CounselorId = user.StaffMemberId ?? -1, Unit = false };
        return f.CounselorId is null && !f.Unit && user.StaffMemberId is { } me && user.IsInRole(Roles.Counselor)
            ? f with { CounselorId = me } : f;
    }

    /// <summary>
    /// The cases a worklist covers. One's own list leaves the unit out (Unit = null): the cases assigned to one are always
    /// within one's reach, and without the scope's OR PostgreSQL reads the open-cases index by counselor alone (the OR
    /// doubled the follow-up section's time at city scale: 4.5 → 10 ms for a counselor with 180 open cases). Otherwise the
    /// list is a manager's or head's (<see cref="Normalize"/>), whose reach is the unit's cases and those referred into
    /// it (<see cref="CurrentUser.Scope(IQueryable{GuidanceCase})"/>), or every unit at city level.
    /// </summary>
    private Reach ReachOf(WorklistFilter f)
    {
        var own = f.CounselorId is { } cid && cid == user.StaffMemberId;
        var unit = own || user.IsCityLevel ? null : user.ServiceUnitId ?? (long?)-1;
        return new Reach(unit, f.CounselorId, f.Stage, f.Group is { } g && g != SpecialGroups.None ? g : null);
    }

    private async Task<WorkSection> FollowUpsAsync(Reach r, DateOnly today, CancellationToken ct)
    {
        var found = await WorklistSections.FollowUps.For(db)(db, r.Unit, r.CounselorId, r.Stage, r.Group, today).ToListAsync(ct);
        // One line per case: its earliest date, and how many are waiting.
        var items = found.GroupBy(i => i.CaseId).Take(Limit).Select(g => g.First() with { Waiting = g.Count() }).ToList();
        var total = found.Count < WorklistSections.FollowUpRows ? found.Select(i => i.CaseId).Distinct().Count()
            : await WorklistSections.FollowUpCases.For(db)(db, r.Unit, r.CounselorId, r.Stage, r.Group, today, ct);
        return new WorkSection(items, total);
    }

    private async Task<WorkSection> PlansAsync(Reach r, DateOnly today, CancellationToken ct)
    {
        var horizon = today.AddDays(PlanWarningDays);
        var items = await WorklistSections.Plans.For(db)(db, r.Unit, r.CounselorId, r.Stage, r.Group, today, horizon).ToListAsync(ct);
        return new WorkSection(items, items.Count < Limit ? items.Count
            : await WorklistSections.PlanCount.For(db)(db, r.Unit, r.CounselorId, r.Stage, r.Group, horizon, ct));
    }

    private async Task<WorkSection> InactiveAsync(Reach r, DateTimeOffset now, CancellationToken ct)
    {
        var since = now.AddDays(-InactiveDays);
        var items = await WorklistSections.Inactive.For(db)(db, r.Unit, r.CounselorId, r.Stage, r.Group, since).ToListAsync(ct);
        return new WorkSection([.. items.Select(x => Item(x.CaseId, x.WorkerId, x.Name, x.SpecialGroups, x.CounselorId, x.Stage,
            AgencyClock.DateOf(x.LastActivityAt), "30天以上无服务记录", null))], items.Count < Limit ? items.Count
            : await WorklistSections.InactiveCount.For(db)(db, r.Unit, r.CounselorId, r.Stage, r.Group, since, ct));
    }

    private async Task<WorkSection> ChecklistsAsync(Reach r, CancellationToken ct)
    {
        var candidates = await WorklistSections.Checklists.For(db)(db, r.Unit, r.CounselorId, r.Stage, r.Group).ToListAsync(ct);
        var open = candidates.Select(x => (x, Missing: PreventiveChecklist.Open(x.SpecialGroups, x.Checklist).Count))
            .Where(x => x.Missing > 0).ToList();
        return new WorkSection([.. open.Take(Limit).Select(o => Item(o.x.CaseId, o.x.WorkerId, o.x.Name, o.x.SpecialGroups, o.x.CounselorId,
            o.x.Stage, null, $"预防性指导未完成 {o.Missing} 项", null))], open.Count);
    }

    /// <summary>
    /// From the columns a line shows, not whole entities: materializing each case's and worker's JSON columns for
    /// every line was most of the worklist's CPU in the app.
    /// </summary>
    internal static WorkItem Item(long caseId, long workerId, string workerName, SpecialGroups groups, long? counselorId, CaseStage stage,
        DateOnly? due, string detail, long? refId) =>
        new(caseId, workerId, workerName, (groups & SpecialGroups.EmploymentAssistanceTarget) != 0, groups, counselorId, null, stage, due, detail, refId);

    /// <summary>Counselor names for the lines of every section, in one query.</summary>
    private async Task<WorklistView> NamedAsync(WorklistView view, CancellationToken ct)
    {
        WorkSection[] sections = [view.OverdueFollowUps, view.PlansEnding, view.Inactive, view.ChecklistIncomplete];
        var ids = sections.SelectMany(s => s.Items).Select(i => i.CounselorId).OfType<long>().Distinct().ToList();
        if (ids.Count == 0)
            return view;
        var names = (await WorklistSections.StaffNames.For(db)(db, ids).ToListAsync(ct)).ToDictionary(s => s.Id, s => s.Name);
        WorkSection Named(WorkSection s) =>
            s with { Items = [.. s.Items.Select(i => i with { CounselorName = i.CounselorId is { } c ? names.GetValueOrDefault(c) : null })] };
        return view with
        {
            OverdueFollowUps = Named(view.OverdueFollowUps), PlansEnding = Named(view.PlansEnding),
            Inactive = Named(view.Inactive), ChecklistIncomplete = Named(view.ChecklistIncomplete),
        };
    }

    private Task<List<CaseloadRow>> CaseloadAsync(DateOnly today, DateTimeOffset now, CancellationToken ct) =>
        new CaseloadQuery(db, user).RunAsync(today, now.AddDays(-InactiveDays), today.AddDays(PlanWarningDays), ct);

    private async Task<List<SavedFilterView>> SavedAsync(CancellationToken ct) =>
        await WorklistSections.Saved.For(db)(db, user.UserId ?? "").ToListAsync(ct);

    /// <summary>Who and what a worklist covers, as its compiled queries take it (null: not narrowed that way).</summary>
    private sealed record Reach(long? Unit, long? CounselorId, CaseStage? Stage, SpecialGroups? Group);
}
