using GuidanceDesk.Web.Data;
using GuidanceDesk.Web.Domain;
using GuidanceDesk.Web.Infrastructure.Audit;
using GuidanceDesk.Web.Infrastructure.Files;
using GuidanceDesk.Web.Infrastructure.Http;
using Microsoft.EntityFrameworkCore;

namespace GuidanceDesk.Web.Features.GroupSessions;

/// <summary>
/// Group sessions in the worker's portal: the upcoming sessions of their unit open for sign-up and their own sessions;
/// signing up (with or without consent to be recorded) and cancelling before the start; the materials once they were
/// sent to them (7.1.2). Other participants are never shown.
/// </summary>
public sealed class PortalSessions(AppDbContext db, GroupSessionAccess access, GroupSessionHandlers sessions, GroupSessionNotices notices,
    FileReader reader, TimeProvider time)
{
    public async Task<IReadOnlyList<PortalSessionView>> ListAsync(CancellationToken ct)
    {
        var me = access.EnsureWorker();
        var now = time.GetUtcNow();
        var unit = await UnitAsync(me, ct);
        var mine = db.GroupSessionParticipants.Where(p => p.WorkerId == me).Select(p => p.GroupSessionId);
        var since = now.AddDays(-60);
        var found = await db.GroupSessions.AsNoTracking().Include(s => s.Participants.Where(p => p.WorkerId == me))
            .Where(s => (s.ServiceUnitId == unit && s.Status == GroupSessionStatus.Planned && s.StartsAt > now)
                || (mine.Contains(s.Id) && s.StartsAt > since))
            .OrderBy(s => s.StartsAt).Take(100).ToListAsync(ct);
        var ids = found.Select(s => s.FacilitatorStaffId).Distinct().ToList();
        var names = await db.StaffMembers.Where(m => ids.Contains(m.Id)).ToDictionaryAsync(m => m.Id, m => m.Name, ct);
        return [.. found.Select(s => View(s, s.Participants.Count > 0 ? s.Participants[0] : null, names.GetValueOrDefault(s.FacilitatorStaffId, ""), now))];
    }

    public async Task SignUpAsync(long id, SignUpRequest r, CancellationToken ct)
    {
        var me = access.EnsureWorker();
        var session = await LoadAsync(me, id, ct);
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var consent = r.RecordingConsent ? await sessions.RecordConsentAsync(session, me, Channel.Online, "在网上服务大厅报名时同意", ct) : null;
        var participant = session.Join(me, ParticipantSource.Portal, consent?.Id, time.GetUtcNow());
        if (participant.MaterialsSentAt is not null)
            await notices.MaterialsAsync(session, [participant], ct);
        access.Changed(session, AuditAction.Update, "signed-up:portal");
        await sessions.SaveParticipantsAsync(ct);
        await tx.CommitAsync(ct);
    }

    public async Task CancelAsync(long id, CancellationToken ct)
    {
        var me = access.EnsureWorker();
        var session = await LoadAsync(me, id, ct);
        session.Leave(me, byStaff: false, time.GetUtcNow());
        access.Changed(session, AuditAction.Update, "sign-up-cancelled:portal");
        await db.SaveChangesAsync(ct);
    }

    /// <summary>A material sent to the worker (404 before that: nothing is shown early, nothing to anyone else).</summary>
    public async Task<(Stream Content, StoredFile File)> OpenMaterialAsync(long id, int line, CancellationToken ct)
    {
        var me = access.EnsureWorker();
        var participant = await db.GroupSessionParticipants.FirstOrDefaultAsync(p => p.GroupSessionId == id && p.WorkerId == me, ct);
        var session = await db.GroupSessions.AsNoTracking().FirstOrDefaultAsync(s => s.Id == id, ct);
        var material = session?.Materials.FirstOrDefault(m => m.Line == line);
        if (participant?.MaterialsSentAt is null || material?.SentAt is null)
            throw new NotFoundException();
        participant.MarkOpened(time.GetUtcNow());
        await db.SaveChangesAsync(ct);
        return await MaterialHandlers.OpenFileAsync(db, reader, material.StoredFileId, ct);
    }

    private async Task<GroupSession> LoadAsync(long me, long id, CancellationToken ct)
    {
        var unit = await UnitAsync(me, ct);
        return await db.GroupSessions.Include(s => s.Participants).FirstOrDefaultAsync(s => s.Id == id && s.ServiceUnitId == unit, ct)
            ?? throw new NotFoundException();
    }

    private Task<long> UnitAsync(long me, CancellationToken ct) =>
        db.Workers.Where(w => w.Id == me).Select(w => w.ServiceUnitId).FirstAsync(ct);

    private static PortalSessionView View(GroupSession s, GroupSessionParticipant? p, string facilitator, DateTimeOffset now)
    {
        var open = s.Status == GroupSessionStatus.Planned && now < s.StartsAt;
        var sent = p?.MaterialsSentAt is not null;
        return new PortalSessionView(s.Id, s.Topic, s.Description, [.. ServiceItemSets.Split(s.ServiceItems)], s.StartsAt, s.EndsAt, s.Channel,
            s.Place, p is null ? null : s.OnlineLink, facilitator, s.SeatsLeft, s.Status, p is not null, p?.RecordingConsentId is not null,
            p?.MaterialsSentAt, p?.MaterialsOpenedAt is not null, sent ? [.. s.Materials.Where(m => m.SentAt is not null).Select(GroupSessionQueries.ToView)] : [],
            open && p is null && s.SeatsLeft > 0, open && p is not null);
    }
}
