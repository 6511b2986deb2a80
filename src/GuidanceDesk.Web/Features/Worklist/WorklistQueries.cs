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
        var cases = Cases(filter);
        var rows = cases.Join(db.Workers, c => c.WorkerId, w => w.Id, (c, w) => new CaseWorker { C = c, W = w });
        // Filters and orders by the case's copy of the worker's groups, so that only the lines shown probe the worker.
        if (filter.Group is { } g && g != SpecialGroups.None)
            rows = rows.Where(x => (x.C.WorkerGroups & g) != 0);

        var todayList = await appointments.ListAsync(new AppointmentQuery(today, filter.CounselorId, PageSize: 200), ct);
        var view = new WorklistView(filter, today,
            await risks.OpenAsync(Limit, ct),
            await referrals.ListAsync(open: true, Limit, ct),
            [.. todayList.Where(a => a.Status is AppointmentStatus.Booked or AppointmentStatus.Attended)],
            await FollowUpsAsync(rows, filter.CounselorId, today, ct),
            await PlansAsync(rows, today, ct),
            await InactiveAsync(rows, now, ct),
            await ChecklistsAsync(rows, ct),
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

    private IQueryable<GuidanceCase> Cases(WorklistFilter f)
    {
        IQueryable<GuidanceCase> cases;
        if (f.CounselorId is { } cid && cid == user.StaffMemberId)
        {
            // One's own list: the cases assigned to one are always within one's reach, so the scope (an OR over unit,
            // assignment and referral) is left out and PostgreSQL reads the open-cases index by counselor alone (the
            // OR doubled the follow-up section's time at city scale: 4.5 → 10 ms for a counselor with 180 open cases).
            cases = db.GuidanceCases.AsNoTracking().Where(c => c.CounselorId == cid && c.Stage != CaseStage.Closed);
        }
        else
        {
            cases = user.Scope(db.GuidanceCases).AsNoTracking().Where(c => c.Stage != CaseStage.Closed);
            if (f.CounselorId is { } other)
                cases = cases.Where(c => c.CounselorId == other);
        }
        if (f.Stage is { } s)
            cases = cases.Where(c => c.Stage == s);
        return cases;
    }

    private async Task<WorkSection> FollowUpsAsync(IQueryable<CaseWorker> rows, long? counselorId, DateOnly today, CancellationToken ct)
    {
        var due = db.FollowUps.Where(f => f.Status == FollowUpStatus.Scheduled && f.DueOn <= today);
        // A scheduled follow-up carries its case's counselor (kept with the case: AppDbContext.WorklistColumns), so one
        // counselor's due ones are a range of their index rather than a probe of every open case's follow-ups.
        if (counselorId is { } cid)
            due = due.Where(f => f.CounselorId == cid);
        var q = rows.Join(due, x => x.C.Id, f => f.CaseId, (x, f) => new { x.C, x.W, F = f });
        var found = await q.OrderByDescending(x => (x.C.WorkerGroups & SpecialGroups.EmploymentAssistanceTarget) != 0)
            .ThenBy(x => x.F.DueOn).Take(Limit * 4)
            .Select(x => Item(x.C.Id, x.W.Id, x.W.Name, x.W.SpecialGroups, x.C.CounselorId, x.C.Stage, x.F.DueOn,
                x.F.DueOn < today ? "逾期未跟进" : "今日应跟进", x.F.Id)).ToListAsync(ct);
        // One line per case: its earliest date, and how many are waiting.
        var items = found.GroupBy(i => i.CaseId).Take(Limit).Select(g => g.First() with { Waiting = g.Count() }).ToList();
        var total = found.Count < Limit * 4 ? found.Select(i => i.CaseId).Distinct().Count()
            : await q.Select(x => x.C.Id).Distinct().CountAsync(ct);
        return new WorkSection(items, total);
    }

    private async Task<WorkSection> PlansAsync(IQueryable<CaseWorker> rows, DateOnly today, CancellationToken ct)
    {
        var horizon = today.AddDays(PlanWarningDays);
        var q = rows.Join(db.EmploymentPlans.Where(p => (p.Status == PlanStatus.Active && p.PeriodEnd <= horizon) || p.Status == PlanStatus.Expired),
                x => x.C.Id, p => p.CaseId, (x, p) => new { x.C, x.W, P = p })
            .Where(x => x.P.Status == PlanStatus.Active || x.C.Stage == CaseStage.PlanReview)
            // The case's own copy of its due plan's end narrows to the due lines through an index (the join checks).
            .Where(x => x.C.PlanDueOn <= horizon);
        var items = await q.OrderByDescending(x => (x.C.WorkerGroups & SpecialGroups.EmploymentAssistanceTarget) != 0)
            .ThenBy(x => x.P.PeriodEnd).Take(Limit)
            .Select(x => Item(x.C.Id, x.W.Id, x.W.Name, x.W.SpecialGroups, x.C.CounselorId, x.C.Stage, x.P.PeriodEnd,
                x.P.Status == PlanStatus.Expired || x.P.PeriodEnd < today ? "计划已到期，待评估调整" : "计划即将到期", x.P.Id))
            .ToListAsync(ct);
        return new WorkSection(items, items.Count < Limit ? items.Count : await q.CountAsync(ct));
    }

    private static async Task<WorkSection> InactiveAsync(IQueryable<CaseWorker> rows, DateTimeOffset now, CancellationToken ct)
    {
        var since = now.AddDays(-InactiveDays);
        var q = rows.Where(x => x.C.LastActivityAt < since);
        var items = await q.OrderByDescending(x => (x.C.WorkerGroups & SpecialGroups.EmploymentAssistanceTarget) != 0)
            .ThenBy(x => x.C.LastActivityAt).Take(Limit)
            .Select(x => new { CaseId = x.C.Id, WorkerId = x.W.Id, x.W.Name, x.W.SpecialGroups, x.C.CounselorId, x.C.Stage, x.C.LastActivityAt })
            .ToListAsync(ct);
        return new WorkSection([.. items.Select(x => Item(x.CaseId, x.WorkerId, x.Name, x.SpecialGroups, x.CounselorId, x.Stage,
            AgencyClock.DateOf(x.LastActivityAt), "30天以上无服务记录", null))], items.Count < Limit ? items.Count : await q.CountAsync(ct));
    }

    private static async Task<WorkSection> ChecklistsAsync(IQueryable<CaseWorker> rows, CancellationToken ct)
    {
        var groups = PreventiveChecklist.Items.Aggregate(SpecialGroups.None, (a, i) => a | i.Group);
        var candidates = await rows.Where(x => (x.C.WorkerGroups & groups) != 0)
            .OrderByDescending(x => (x.C.WorkerGroups & SpecialGroups.EmploymentAssistanceTarget) != 0).ThenBy(x => x.C.Id)
            .Take(Limit * 10)
            // Only the checklist's JSON column: the case's other JSON columns (history, goals, intake) are not shown.
            .Select(x => new { CaseId = x.C.Id, x.C.CounselorId, x.C.Stage, x.C.Checklist, WorkerId = x.W.Id, x.W.Name, x.W.SpecialGroups })
            .ToListAsync(ct);
        var open = candidates.Select(x => (x, Missing: PreventiveChecklist.Open(x.SpecialGroups, x.Checklist).Count))
            .Where(x => x.Missing > 0).ToList();
        return new WorkSection([.. open.Take(Limit).Select(o => Item(o.x.CaseId, o.x.WorkerId, o.x.Name, o.x.SpecialGroups, o.x.CounselorId,
            o.x.Stage, null, $"预防性指导未完成 {o.Missing} 项", null))], open.Count);
    }

    /// <summary>
    /// From the columns a line shows, not whole entities: materializing each case's and worker's JSON columns for
    /// every line was most of the worklist's CPU in the app.
    /// </summary>
    private static WorkItem Item(long caseId, long workerId, string workerName, SpecialGroups groups, long? counselorId, CaseStage stage,
        DateOnly? due, string detail, long? refId) =>
        new(caseId, workerId, workerName, (groups & SpecialGroups.EmploymentAssistanceTarget) != 0, groups, counselorId, null, stage, due, detail, refId);

    /// <summary>Counselor names for the lines of every section, in one query.</summary>
    private async Task<WorklistView> NamedAsync(WorklistView view, CancellationToken ct)
    {
        WorkSection[] sections = [view.OverdueFollowUps, view.PlansEnding, view.Inactive, view.ChecklistIncomplete];
        var ids = sections.SelectMany(s => s.Items).Select(i => i.CounselorId).OfType<long>().Distinct().ToList();
        if (ids.Count == 0)
            return view;
        var names = await db.StaffMembers.Where(s => ids.Contains(s.Id)).Select(s => new { s.Id, s.Name })
            .ToDictionaryAsync(s => s.Id, s => s.Name, ct);
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
        await db.SavedFilters.AsNoTracking().Where(s => s.UserId == user.UserId).OrderBy(s => s.Name)
            .Select(s => new SavedFilterView(s.Id, s.Name, s.Query)).ToListAsync(ct);

    /// <summary>Member-initialised (not a constructor) so that EF Core can translate access to its members.</summary>
    private sealed class CaseWorker
    {
        public required GuidanceCase C { get; init; }
        public required Worker W { get; init; }
    }
}
