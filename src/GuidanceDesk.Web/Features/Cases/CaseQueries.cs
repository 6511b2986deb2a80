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

    public async Task<CaseView> GetAsync(long id, CancellationToken ct)
    {
        var c = await user.Scope(db.GuidanceCases).AsNoTracking().FirstOrDefaultAsync(x => x.Id == id, ct) ?? throw new NotFoundException();
        var worker = await db.Workers.AsNoTracking().Where(w => w.Id == c.WorkerId)
            .Select(w => new { w.Name, w.SpecialGroups }).FirstAsync(ct);
        var plans = await db.EmploymentPlans.AsNoTracking().Where(p => p.CaseId == id).OrderByDescending(p => p.Sequence).ToListAsync(ct);
        var followUps = await db.FollowUps.AsNoTracking().Where(f => f.CaseId == id).OrderBy(f => f.DueOn).ToListAsync(ct);
        // The worker's whole timeline, including services given outside this case (7.1.10).
        var records = await db.GuidanceRecords.AsNoTracking().Where(r => r.WorkerId == c.WorkerId)
            .OrderByDescending(r => r.OccurredAt).Take(TimelineLimit).ToListAsync(ct);
        var appointments = await db.Appointments.AsNoTracking().Where(a => a.WorkerId == c.WorkerId)
            .OrderByDescending(a => a.StartsAt).Take(50).ToListAsync(ct);
        // The names of the staff the page shows (the counselor, whoever gave a service or did a follow-up, of any unit:
        // a referral brings another unit's counselor, 8.1), not the unit's whole staff list.
        var staffIds = records.Select(r => (long?)r.CounselorId).Concat(followUps.Select(f => f.CounselorId)).Append(c.CounselorId)
            .OfType<long>().Distinct().ToList();
        var staff = await db.StaffMembers.AsNoTracking().Where(s => staffIds.Contains(s.Id))
            .Select(s => new { s.Id, s.Name }).ToDictionaryAsync(s => s.Id, s => s.Name, ct);
        var unread = await db.CaseMessages.CountAsync(m => m.CaseId == id && m.ReadAt == null && m.FromWorker != user.IsInRole(Roles.Worker), ct);
        audit.Read(AuditAction.View, CaseAccess.EntityType, id.ToString(System.Globalization.CultureInfo.InvariantCulture), c.ServiceUnitId, "case");

        string? Name(long? staffId) => staffId is { } s && staff.TryGetValue(s, out var n) ? n : null;
        var next = GuidanceCase.NextOf(c.Stage);
        var facts = new StageFacts(records.Count(r => r.CaseId == id),
            c.ReviewStartedAt is { } since ? records.Count(r => r.CaseId == id && r.RecordedAt >= since) : 0,
            plans.Exists(p => p.Status == PlanStatus.Active));
        var today = clock.Today;
        var recordViews = records.Select(r => ToView(r, Name(r.CounselorId))).ToList();
        var followUpViews = followUps.Select(f => new FollowUpView(f.Id, f.PlanId, f.DueOn, f.Status, f.IsOverdue(today), f.DoneAt,
            f.Channel, f.WhatWasDone, f.WhatChanged, f.ReportedStatus, f.CheckIn, f.CheckInAt, Name(f.CounselorId), f.Version)).ToList();
        var view = new CaseView(c.Id, c.ServiceUnitId, c.WorkerId, worker.Name, [.. Split(worker.SpecialGroups)],
            worker.SpecialGroups.HasFlag(SpecialGroups.EmploymentAssistanceTarget), c.CounselorId, Name(c.CounselorId), c.Channel,
            c.Stage, next, next is { } n ? c.MissingFor(n, facts) : null, c.Intake, [.. ServiceItemSets.Split(c.NeededServices)],
            c.NeedsAnalysis, c.ReviewAnalysis, c.ReviewStartedAt, c.Outcome, c.Goals, c.Transitions, c.Assignments,
            Checklist(c, worker.SpecialGroups), [.. plans.Select(ToView)], followUpViews, recordViews,
            CaseTimeline.Build(c, recordViews, followUps, appointments, plans), unread,
            c.OpenedAt, c.ClosedAt, c.LastActivityAt, c.Version);
        return user.IsInRole(Roles.Worker) ? ForWorker(view) : view;
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
