using GuidanceDesk.Web.Data;
using GuidanceDesk.Web.Domain;
using GuidanceDesk.Web.Features.Appointments;
using GuidanceDesk.Web.Features.Cases;
using GuidanceDesk.Web.Features.Common;
using GuidanceDesk.Web.Infrastructure;
using GuidanceDesk.Web.Infrastructure.Audit;
using GuidanceDesk.Web.Infrastructure.Security;
using Microsoft.EntityFrameworkCore;

namespace GuidanceDesk.Web.Features.Portal;

/// <summary>The worker's case as the portal needs it: which one, at what stage, with whom.</summary>
public sealed record PortalCase(long Id, CaseStage Stage, string? CounselorName)
{
    public bool IsClosed => Stage == CaseStage.Closed;
}

/// <summary>What the portal home shows: the next appointment, the case, and what waits for the worker.</summary>
public sealed record PortalSummary(PortalCase? Case, AppointmentView? NextAppointment, int GoalsToConfirm, bool PlanToAgree,
    DateOnly? CheckInDueOn, int UnreadMessages)
{
    public bool NothingWaiting => GoalsToConfirm == 0 && !PlanToAgree && CheckInDueOn is null && UnreadMessages == 0;
}

/// <summary>
/// Reads for the signed-in worker's portal. Everything goes through the same scopes as the staff screens
/// (<see cref="CurrentUser.Scope(IQueryable{GuidanceCase})"/>, <see cref="AppointmentQueries.Scope"/>), so a worker
/// only ever reaches their own records.
/// </summary>
public sealed class PortalQueries(AppDbContext db, CurrentUser user, AppointmentQueries appointments, AuditLog audit,
    AgencyClock clock, TimeProvider time)
{
    /// <summary>
    /// A check-in is offered from the day before the follow-up: the reminder SMS (ReminderScan) goes out for follow-ups
    /// due today or tomorrow and invites the worker to fill in their situation online.
    /// </summary>
    public const int CheckInDaysAhead = Domain.FollowUp.CheckInOpensDaysBefore;

    /// <summary>The open case; when there is none, the case closed last (its history stays readable).</summary>
    public async Task<PortalCase?> CaseAsync(CancellationToken ct)
    {
        if (!user.IsInRole(Roles.Worker))
            return null;
        var found = await user.Scope(db.GuidanceCases).AsNoTracking()
            .OrderBy(c => c.Stage == CaseStage.Closed).ThenByDescending(c => c.ClosedAt).ThenByDescending(c => c.Id)
            .Select(c => new
            {
                c.Id, c.Stage,
                Counselor = db.StaffMembers.Where(s => s.Id == c.CounselorId).Select(s => s.Name).FirstOrDefault(),
            })
            .FirstOrDefaultAsync(ct);
        return found is null ? null : new PortalCase(found.Id, found.Stage, found.Counselor);
    }

    public async Task<PortalSummary> SummaryAsync(CancellationToken ct)
    {
        var next = await NextAppointmentAsync(ct);
        var found = await CaseAsync(ct);
        if (found is null)
            return new PortalSummary(null, next, 0, false, null, 0);
        var c = await db.GuidanceCases.AsNoTracking().FirstAsync(x => x.Id == found.Id, ct);
        var draft = c.Stage == CaseStage.Planning
            && await db.EmploymentPlans.AnyAsync(p => p.CaseId == c.Id && p.Status == PlanStatus.Draft, ct);
        var scheduled = await db.FollowUps.AsNoTracking()
            .Where(f => f.CaseId == c.Id && f.Status == FollowUpStatus.Scheduled && f.CheckIn == null)
            .Select(f => f.DueOn).ToListAsync(ct);
        var unread = await db.CaseMessages.CountAsync(m => m.CaseId == c.Id && !m.FromWorker && m.ReadAt == null, ct);
        audit.Read(AuditAction.View, CaseAccess.EntityType, Fmt.Id(c.Id), c.ServiceUnitId, "portal:summary");
        var today = clock.Today;
        DateOnly? due = c.IsClosed ? null : scheduled.Where(d => IsCheckInOpen(d, today)).Order().Cast<DateOnly?>().FirstOrDefault();
        return new PortalSummary(found, next, c.IsClosed ? 0 : c.Goals.Count(g => g.Status == GoalStatus.Proposed), draft, due, unread);
    }

    /// <summary>The goals waiting for the worker's confirmation, by line: what the page showed must be what is confirmed.</summary>
    public async Task<IReadOnlyList<int>> GoalsToConfirmAsync(long caseId, CancellationToken ct)
    {
        var c = await user.Scope(db.GuidanceCases).AsNoTracking().FirstOrDefaultAsync(x => x.Id == caseId, ct);
        return c is null ? [] : [.. c.Goals.Where(g => g.Status == GoalStatus.Proposed).Select(g => g.Line).Order()];
    }

    /// <summary>The booked appointment that has not ended yet and starts first.</summary>
    public async Task<AppointmentView?> NextAppointmentAsync(CancellationToken ct)
    {
        var now = time.GetUtcNow();
        var id = await appointments.Scope(db.Appointments).AsNoTracking()
            .Where(a => a.Status == AppointmentStatus.Booked && a.EndsAt > now)
            .OrderBy(a => a.StartsAt).Select(a => (long?)a.Id).FirstOrDefaultAsync(ct);
        return id is { } found ? await appointments.GetAsync(found, ct) : null;
    }

    /// <summary>The worker's appointments: those still ahead first (soonest first), then the rest (latest first).</summary>
    public async Task<IReadOnlyList<AppointmentView>> AppointmentsAsync(CancellationToken ct)
    {
        var now = time.GetUtcNow();
        var all = await appointments.ListAsync(new AppointmentQuery(PageSize: 200), ct);
        return [.. all.Where(a => IsAhead(a, now)).OrderBy(a => a.StartsAt), .. all.Where(a => !IsAhead(a, now))];
    }

    /// <summary>The scheduled follow-up the worker may answer now, if any (the earliest one).</summary>
    public FollowUpView? CheckInDue(CaseView c) =>
        c.Stage == CaseStage.Closed ? null
            : c.FollowUps.Where(f => f.Status == FollowUpStatus.Scheduled && f.CheckIn is null && IsCheckInOpen(f.DueOn, clock.Today))
                .MinBy(f => f.DueOn);

    public static bool IsAhead(AppointmentView a, DateTimeOffset now) => a.Status == AppointmentStatus.Booked && a.EndsAt > now;

    private static bool IsCheckInOpen(DateOnly dueOn, DateOnly today) => dueOn <= today.AddDays(CheckInDaysAhead);
}
