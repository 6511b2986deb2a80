using GuidanceDesk.Web.Data;
using GuidanceDesk.Web.Domain;
using GuidanceDesk.Web.Infrastructure;
using GuidanceDesk.Web.Infrastructure.Audit;
using GuidanceDesk.Web.Infrastructure.Http;
using GuidanceDesk.Web.Infrastructure.Security;
using Microsoft.EntityFrameworkCore;

namespace GuidanceDesk.Web.Features.GroupSessions;

/// <summary>The unit's group sessions: the list (filtered by date, status and where the materials stand) and one session's page.</summary>
public sealed class GroupSessionQueries(AppDbContext db, CurrentUser user, GroupSessionAccess access, MaterialsDeadlines deadlines,
    AuditLog audit, TimeProvider time, AgencyClock clock)
{
    public async Task<PagedResult<GroupSessionLine>> ListAsync(GroupSessionFilter f, CancellationToken ct)
    {
        var today = clock.Today;
        var q = Filtered(access.Sessions().AsNoTracking(), f, today);
        var page = new PageRequest(f.Page, f.PageSize);
        var total = await q.CountAsync(ct);
        var rows = await q.OrderBy(s => s.StartsAt).ThenBy(s => s.Id).Skip(page.Skip).Take(page.SafePageSize)
            .Join(db.StaffMembers, s => s.FacilitatorStaffId, m => m.Id, (s, m) => new
            {
                s.Id, s.Topic, s.StartsAt, s.EndsAt, s.Channel, s.Place, s.Capacity, s.ParticipantCount, Facilitator = m.Name, s.Status,
                s.MaterialsDeadline, s.MaterialsSentOn, s.MaterialCount, Reason = s.LateReason != null,
            }).ToListAsync(ct);
        var lines = rows.Select(s => new GroupSessionLine(s.Id, s.Topic, s.StartsAt, s.EndsAt, s.Channel, s.Place, s.Capacity, s.ParticipantCount,
            s.Facilitator, s.Status, s.MaterialsDeadline, GroupSession.StateOf(s.MaterialsSentOn, s.MaterialsDeadline, s.MaterialCount, today),
            s.MaterialCount, s.Reason)).ToList();
        return new PagedResult<GroupSessionLine>(lines, page.SafePage, page.SafePageSize, total);
    }

    /// <summary>Planned sessions of the caller's reach whose materials are late (7.1.2), for the home page of guidance staff.</summary>
    public Task<int> CountLateAsync(CancellationToken ct) =>
        Filtered(access.Sessions(), new GroupSessionFilter(Status: GroupSessionStatus.Planned, Materials: MaterialsState.Late), clock.Today).CountAsync(ct);

    public async Task<GroupSessionView> GetAsync(long id, CancellationToken ct)
    {
        var s = await access.Sessions().AsNoTracking().Include(x => x.Participants).FirstOrDefaultAsync(x => x.Id == id, ct)
            ?? throw new NotFoundException();
        var today = clock.Today;
        var now = time.GetUtcNow();
        var workerIds = s.Participants.Select(p => p.WorkerId).ToList();
        var names = await db.Workers.AsNoTracking().Where(w => workerIds.Contains(w.Id)).ToDictionaryAsync(w => w.Id, w => w.Name, ct);
        var facilitator = await db.StaffMembers.Where(m => m.Id == s.FacilitatorStaffId).Select(m => m.Name).FirstAsync(ct);
        var unit = await db.ServiceUnits.Where(u => u.Id == s.ServiceUnitId).Select(u => u.Name).FirstAsync(ct);
        var planned = s.Status == GroupSessionStatus.Planned;
        var late = s.IsMaterialsLate(today);
        var can = new SessionCan(planned && now < s.StartsAt, planned, planned && s.HasUnsentMaterials,
            planned && s.MaterialCount > 0 && s.MaterialsReadyAt is null && s.MaterialsSentOn is null,
            access.IsManager && s.Status != GroupSessionStatus.Cancelled && late && s.LateReason is null,
            planned && now >= s.StartsAt, planned, s.Status == GroupSessionStatus.Held && s.RecordingFileId is null, planned);
        var participants = s.Participants.OrderBy(p => p.JoinedAt).Select(p => new ParticipantView(p.WorkerId, names.GetValueOrDefault(p.WorkerId, ""),
            p.Source, p.JoinedAt, p.MaterialsSentAt, p.MaterialsOpenedAt, p.RecordingConsentId is not null, p.Attended, p.GuidanceRecordId,
            p.RecordingOutcome, p.RecordingItemId)).ToList();
        access.Read(s.Id, s.ServiceUnitId, "participants=" + participants.Count);
        return new GroupSessionView(s.Id, s.ServiceUnitId, unit, s.GuidanceProjectId, s.Topic, [.. ServiceItemSets.Split(s.ServiceItems)],
            s.Description, s.StartsAt, s.EndsAt, s.Channel, s.Place, s.OnlineLink, s.Capacity, s.ParticipantCount, s.SeatsLeft,
            s.FacilitatorStaffId, facilitator, s.Status, s.MaterialsDeadline, deadlines.Explain(s.MaterialsDeadline, AgencyClock.DateOf(s.StartsAt)),
            s.MaterialsStateOn(today), late, s.MaterialsReadyAt, s.MaterialsSentAt, s.MaterialsFlaggedAt, s.MaterialsSendings,
            s.LateReason, s.LateReasonByName, s.LateReasonAt, s.HeldAt, s.HeldByName, s.CancelledAt, s.CancelReason,
            [.. s.Materials.Select(ToView)], participants, s.RecordingUploadedAt, s.RecordingByName,
            participants.Count(p => p.RecordingOutcome == RecordingOutcome.Filed),
            participants.Count(p => p.RecordingOutcome is RecordingOutcome.NoConsent or RecordingOutcome.AgreementExcludes),
            s.CreatedByName, s.CreatedAt, s.Version, can);
    }

    /// <summary>Workers of the session's unit whose name starts with <paramref name="name"/>, not yet signed up (the add-by-search box).</summary>
    public async Task<IReadOnlyList<(long Id, string Name, int BirthYear)>> CandidatesAsync(long sessionId, string? name, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(name))
            return [];
        var s = await access.Sessions().AsNoTracking().Where(x => x.Id == sessionId).Select(x => new { x.Id, x.ServiceUnitId }).FirstOrDefaultAsync(ct)
            ?? throw new NotFoundException();
        var prefix = name.Trim();
        var upper = prefix[..^1] + (char)(prefix[^1] + 1);
        var signed = db.GroupSessionParticipants.Where(p => p.GroupSessionId == s.Id).Select(p => p.WorkerId);
        var found = await user.Scope(db.Workers).AsNoTracking()
            .Where(w => w.ServiceUnitId == s.ServiceUnitId && w.Name.CompareTo(prefix) >= 0 && w.Name.CompareTo(upper) < 0 && !signed.Contains(w.Id))
            .OrderBy(w => w.Name).Take(10).Select(w => new { w.Id, w.Name, w.DateOfBirth }).ToListAsync(ct);
        audit.Searched("Worker", found.Select(w => w.Id), s.ServiceUnitId, "groupSession:name-prefix");
        return [.. found.Select(w => (w.Id, w.Name, w.DateOfBirth.Year))];
    }

    /// <summary>Who may lead a session of the caller's unit: its active counselors, managers and head.</summary>
    public async Task<IReadOnlyList<(long Id, string Name)>> FacilitatorsAsync(CancellationToken ct)
    {
        var unit = user.ServiceUnitId;
        var staff = await db.StaffMembers.AsNoTracking()
            .Where(m => m.IsActive && (unit == null || m.ServiceUnitId == unit)
                && (m.Position == StaffPosition.Counselor || m.Position == StaffPosition.Manager || m.Position == StaffPosition.Head))
            .OrderBy(m => m.Name).Select(m => new { m.Id, m.Name }).Take(500).ToListAsync(ct);
        return [.. staff.Select(m => (m.Id, m.Name))];
    }

    public static MaterialView ToView(SessionMaterial m) => new(m.Line, m.Title, m.FileName, m.Length, m.AddedAt, m.AddedByName, m.SentAt);

    private static IQueryable<GroupSession> Filtered(IQueryable<GroupSession> q, GroupSessionFilter f, DateOnly today)
    {
        if (f.From is { } from)
        {
            var start = AgencyClock.At(from, TimeOnly.MinValue);
            q = q.Where(s => s.StartsAt >= start);
        }
        if (f.To is { } to)
        {
            var end = AgencyClock.At(to.AddDays(1), TimeOnly.MinValue);
            q = q.Where(s => s.StartsAt < end);
        }
        if (f.Status is { } status)
            q = q.Where(s => s.Status == status);
        return f.Materials switch
        {
            MaterialsState.Late => q.Where(s => (s.MaterialsSentOn != null && s.MaterialsSentOn > s.MaterialsDeadline)
                || (s.MaterialsSentOn == null && s.MaterialsDeadline < today)),
            MaterialsState.Sent => q.Where(s => s.MaterialsSentOn != null && s.MaterialsSentOn <= s.MaterialsDeadline),
            MaterialsState.Pending => q.Where(s => s.MaterialsSentOn == null && s.MaterialsDeadline >= today && s.MaterialCount > 0),
            MaterialsState.Missing => q.Where(s => s.MaterialsSentOn == null && s.MaterialsDeadline >= today && s.MaterialCount == 0),
            _ => q,
        };
    }
}
