using GuidanceDesk.Web.Data;
using GuidanceDesk.Web.Domain;
using GuidanceDesk.Web.Infrastructure;
using GuidanceDesk.Web.Infrastructure.Audit;
using GuidanceDesk.Web.Infrastructure.Http;
using GuidanceDesk.Web.Infrastructure.Security;
using Microsoft.EntityFrameworkCore;

namespace GuidanceDesk.Web.Features.Cases;

/// <summary>Reads one case with everything in it; every read is audited (R-4.4d).</summary>
public sealed class CaseQueries(AppDbContext db, CurrentUser user, AuditLog audit, AgencyClock clock)
{
    public const int TimelineLimit = 500;

    // The worker's whole timeline, including services given outside this case (7.1.10); a referral brings another
    // unit's counselor (8.1), so the names are read by id, of any unit.
    private static readonly CompiledQuery<Func<AppDbContext, long, IAsyncEnumerable<WithName<GuidanceRecord>>>> RecordRows = new(() =>
        EF.CompileAsyncQuery<AppDbContext, long, WithName<GuidanceRecord>>((AppDbContext db, long workerId) =>
            db.GuidanceRecords.AsNoTracking().Where(r => r.WorkerId == workerId).OrderByDescending(r => r.OccurredAt).Take(TimelineLimit)
                .Select(r => new WithName<GuidanceRecord>(r, db.StaffMembers.Where(s => s.Id == r.CounselorId).Select(s => s.Name).FirstOrDefault()))));

    private static readonly CompiledQuery<Func<AppDbContext, long, IAsyncEnumerable<Appointment>>> Appointments = new(() =>
        EF.CompileAsyncQuery<AppDbContext, long, Appointment>((AppDbContext db, long workerId) =>
            db.Appointments.AsNoTracking().Where(a => a.WorkerId == workerId).OrderByDescending(a => a.StartsAt).Take(50)));

    // SQLite's path (HeadAsync): the case, then its plans and follow-ups, each by itself.
    private static readonly CompiledQuery<Func<AppDbContext, long, bool, CancellationToken, Task<HeadBase?>>> HeadOnly = new(() =>
        EF.CompileAsyncQuery((AppDbContext db, long id, bool readerIsWorker, CancellationToken _) =>
            db.GuidanceCases.AsNoTracking().Where(x => x.Id == id)
                .Join(db.Workers, x => x.WorkerId, w => w.Id, (x, w) => new HeadBase(x, w.Name, w.SpecialGroups,
                    db.StaffMembers.Where(s => s.Id == x.CounselorId).Select(s => s.Name).FirstOrDefault(),
                    db.CaseMessages.Count(m => m.CaseId == x.Id && m.ReadAt == null && m.FromWorker != readerIsWorker)))
                .FirstOrDefault()));

    private static readonly CompiledQuery<Func<AppDbContext, long, IAsyncEnumerable<EmploymentPlan>>> Plans = new(() =>
        EF.CompileAsyncQuery<AppDbContext, long, EmploymentPlan>((AppDbContext db, long caseId) =>
            db.EmploymentPlans.AsNoTracking().Where(p => p.CaseId == caseId).OrderByDescending(p => p.Sequence)));

    private static readonly CompiledQuery<Func<AppDbContext, long, IAsyncEnumerable<WithName<FollowUp>>>> FollowUpRows = new(() =>
        EF.CompileAsyncQuery<AppDbContext, long, WithName<FollowUp>>((AppDbContext db, long caseId) =>
            db.FollowUps.AsNoTracking().Where(f => f.CaseId == caseId)
                .Select(f => new WithName<FollowUp>(f, db.StaffMembers.Where(s => s.Id == f.CounselorId).Select(s => s.Name).FirstOrDefault()))));

    // By id alone, then the caller's reach is checked on the row (CurrentUser.CanRead): the scope's filter depends on
    // the role, and a compiled query takes one fixed shape. Building and hashing this query's expression tree (a join
    // and two correlated subqueries) was the app's largest single cost of the case page after the child reads.
    // The plans and their follow-ups come in the same statement (one row per follow-up): every follow-up belongs to a
    // plan of its case, so the join is a tree, not the cross product that two sibling lists would give. Each statement
    // costs both the app and PostgreSQL more CPU (about 0.17 ms: the hand-overs between processes) than these key
    // lookups do, and the case page is half of what counselors ask for.
    private static readonly CompiledQuery<Func<AppDbContext, long, bool, CancellationToken, Task<Head?>>> HeadRow = new(() =>
        EF.CompileAsyncQuery((AppDbContext db, long id, bool readerIsWorker, CancellationToken _) =>
            db.GuidanceCases.AsNoTracking().Where(x => x.Id == id)
                .Join(db.Workers, x => x.WorkerId, w => w.Id, (x, w) => new Head(x, w.Name, w.SpecialGroups,
                    db.StaffMembers.Where(s => s.Id == x.CounselorId).Select(s => s.Name).FirstOrDefault(),
                    db.CaseMessages.Count(m => m.CaseId == x.Id && m.ReadAt == null && m.FromWorker != readerIsWorker),
                    db.EmploymentPlans.Where(p => p.CaseId == x.Id).OrderByDescending(p => p.Sequence)
                        .Select(p => new PlanRow(p, db.FollowUps.Where(f => f.PlanId == p.Id)
                            .Select(f => new WithName<FollowUp>(f, db.StaffMembers.Where(s => s.Id == f.CounselorId).Select(s => s.Name).FirstOrDefault()))
                            .ToList()))
                        .ToList()))
                .FirstOrDefault()));

    private sealed record Head(GuidanceCase Case, string Name, SpecialGroups SpecialGroups, string? Counselor, int Unread, List<PlanRow> Plans);

    private sealed record HeadBase(GuidanceCase Case, string Name, SpecialGroups SpecialGroups, string? Counselor, int Unread);

    private sealed record PlanRow(EmploymentPlan Plan, List<WithName<FollowUp>> FollowUps);

    public async Task<CaseView> GetAsync(long id, CancellationToken ct)
    {
        // On PostgreSQL three statements, not eight: the worker's name, the unread count, the plans with their follow-ups
        // and the staff names come with the case (HeadRow); the worker's records and appointments follow.
        var head = await HeadAsync(id, ct);
        if (head is null || !user.CanRead(head.Case))
            throw new NotFoundException();
        var c = head.Case;
        var plans = head.Plans.ConvertAll(p => p.Plan);
        var followUpRows = head.Plans.SelectMany(p => p.FollowUps).OrderBy(f => f.Item.DueOn).ThenBy(f => f.Item.Id).ToList();
        var followUps = followUpRows.ConvertAll(f => f.Item);
        var recordRows = await RecordRows.For(db)(db, c.WorkerId).ToListAsync(ct);
        var records = recordRows.ConvertAll(r => r.Item);
        var appointments = await Appointments.For(db)(db, c.WorkerId).ToListAsync(ct);
        audit.Read(AuditAction.View, CaseAccess.EntityType, id.ToString(System.Globalization.CultureInfo.InvariantCulture), c.ServiceUnitId, "case");

        var next = GuidanceCase.NextOf(c.Stage);
        var facts = new StageFacts(records.Count(r => r.CaseId == id),
            c.ReviewStartedAt is { } since ? records.Count(r => r.CaseId == id && r.RecordedAt >= since) : 0,
            plans.Exists(p => p.Status == PlanStatus.Active));
        var today = clock.Today;
        var recordViews = recordRows.ConvertAll(x => ToView(x.Item, x.Name));
        var followUpViews = followUpRows.ConvertAll(x => new FollowUpView(x.Item.Id, x.Item.PlanId, x.Item.DueOn, x.Item.Status,
            x.Item.IsOverdue(today), x.Item.DoneAt, x.Item.Channel, x.Item.WhatWasDone, x.Item.WhatChanged, x.Item.ReportedStatus,
            x.Item.CheckIn, x.Item.CheckInAt, x.Name, x.Item.Version));
        var view = new CaseView(c.Id, c.ServiceUnitId, c.WorkerId, head.Name, [.. Split(head.SpecialGroups)],
            head.SpecialGroups.HasFlag(SpecialGroups.EmploymentAssistanceTarget), c.CounselorId, head.Counselor, c.Channel,
            c.Stage, next, next is { } n ? c.MissingFor(n, facts) : null, c.Intake, [.. ServiceItemSets.Split(c.NeededServices)],
            c.NeedsAnalysis, c.ReviewAnalysis, c.ReviewStartedAt, c.Outcome, c.Goals, c.Transitions, c.Assignments,
            Checklist(c, head.SpecialGroups), [.. plans.Select(ToView)], followUpViews, recordViews,
            CaseTimeline.Build(c, recordViews, followUps, appointments, plans), head.Unread,
            c.OpenedAt, c.ClosedAt, c.LastActivityAt, c.Version);
        return user.IsInRole(Roles.Worker) ? ForWorker(view) : view;
    }

    /// <summary>
    /// PostgreSQL: one statement (<see cref="HeadRow"/>). SQLite runs in the process, so a statement costs it no round
    /// trip, and it would build the nested join's derived table (every plan with its follow-ups, city-wide) in full
    /// before joining it to the case: 71 s and a full temporary store on the bench city. It reads the three apart.
    /// </summary>
    private async Task<Head?> HeadAsync(long id, CancellationToken ct)
    {
        var readerIsWorker = user.IsInRole(Roles.Worker);
        if (db is PostgresAppDbContext)
            return await HeadRow.For(db)(db, id, readerIsWorker, ct);
        if (await HeadOnly.For(db)(db, id, readerIsWorker, ct) is not { } b)
            return null;
        var plans = await Plans.For(db)(db, id).ToListAsync(ct);
        var followUps = (await FollowUpRows.For(db)(db, id).ToListAsync(ct)).ToLookup(f => f.Item.PlanId);
        return new Head(b.Case, b.Name, b.SpecialGroups, b.Counselor, b.Unread, plans.ConvertAll(p => new PlanRow(p, [.. followUps[p.Id]])));
    }

    /// <summary>
    /// What the worker sees of their own case (6.1.7): goals, plan, follow-up dates, the services given and the advice —
    /// not the counselor's working notes (intake, needs analysis, session content, stage reasons, assignments).
    /// </summary>
    private static CaseView ForWorker(CaseView v) => v with
    {
        Intake = null,
        NeedsAnalysis = null,
        Assignments = [],
        Transitions = [.. v.Transitions.Select(t => t with { Reason = "", ByUserId = "", ByName = "" })],
        Records = [.. v.Records.Select(r => r with { Content = "", Registration = null })],
        FollowUps = [.. v.FollowUps.Select(f => f with { WhatWasDone = null })],
        Plans = [.. v.Plans.Select(p => p with
        {
            Agreement = p.Agreement is { } a ? a with { RecordedByUserId = "" } : null,
            Changes = [.. p.Changes.Select(ch => ch with { ByUserId = "" })],
        })],
        Timeline = [.. v.Timeline.Where(e => e.Kind != TimelineKind.Stage)
            .Select(e => e.Kind is TimelineKind.Record or TimelineKind.FollowUp ? e with { Detail = null } : e)],
    };

    private static List<ChecklistItemView> Checklist(GuidanceCase c, SpecialGroups groups) =>
        [.. PreventiveChecklist.For(groups).Select(i =>
        {
            var done = c.Checklist.FirstOrDefault(e => e.ItemCode == i.Code);
            return new ChecklistItemView(i.Code, i.Group, i.Title, done is not null, done?.DoneOn, done?.Note);
        })];

    public static PlanView ToView(EmploymentPlan p) => new(p.Id, p.Sequence, p.PreviousPlanId, p.Goal, p.PeriodStart, p.PeriodEnd,
        p.FollowUpEveryDays, p.Status, p.Agreement, p.Actions, p.Changes, p.CreatedAt, p.ActivatedAt, p.EndedAt, p.Version);

    public static RecordView ToView(GuidanceRecord r, string? counselorName) => new(r.Id, r.CaseId, r.Kind, r.OccurredAt, r.DurationMinutes,
        r.Channel, [.. ServiceItemSets.Split(r.ServiceItems)], r.Content, r.Advice, r.NextSteps, r.Registration, r.CounselorId,
        counselorName ?? "", r.RecordedAt, r.Version);

    internal static IEnumerable<SpecialGroups> Split(SpecialGroups g) =>
        Enum.GetValues<SpecialGroups>().Where(x => x != SpecialGroups.None && g.HasFlag(x));
}
