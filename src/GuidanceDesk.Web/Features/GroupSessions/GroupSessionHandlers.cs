using GuidanceDesk.Web.Data;
using GuidanceDesk.Web.Domain;
using GuidanceDesk.Web.Infrastructure;
using GuidanceDesk.Web.Infrastructure.Audit;
using GuidanceDesk.Web.Infrastructure.Http;
using GuidanceDesk.Web.Infrastructure.Security;
using Microsoft.EntityFrameworkCore;

namespace GuidanceDesk.Web.Features.GroupSessions;

/// <summary>
/// Planning a group session (7.1.2) and its list of participants: create, edit (If-Match), cancel, add and remove
/// participants, record a participant's recording consent. The materials deadline is computed here from the working-day
/// calendar, at creation and whenever the date moves. Each use case is one transaction with its audit and notices.
/// </summary>
public sealed class GroupSessionHandlers(AppDbContext db, CurrentUser user, GroupSessionAccess access, MaterialsDeadlines deadlines,
    GroupSessionNotices notices, TimeProvider time, AgencyClock clock)
{
    public async Task<long> CreateAsync(GroupSessionRequest r, CancellationToken ct)
    {
        access.EnsureStaff();
        var unit = await FacilitatorUnitAsync(r.FacilitatorStaffId, ct);
        var details = r.ToDetails();
        var session = new GroupSession(unit, details, deadlines.For(details.StartsAt), access.Actor, time.GetUtcNow());
        await EnsureProjectAsync(r.GuidanceProjectId, unit, ct);
        session.LinkProject(r.GuidanceProjectId);
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        db.GroupSessions.Add(session);
        await db.SaveChangesAsync(ct);
        access.Changed(session, AuditAction.Create, $"deadline={session.MaterialsDeadline:yyyy-MM-dd}");
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return session.Id;
    }

    /// <summary>An edit needs the version the user saw (409 when stale); moving the date moves the deadline and tells the participants.</summary>
    public async Task UpdateAsync(long id, GroupSessionRequest r, CancellationToken ct)
    {
        access.EnsureStaff();
        var session = await access.LoadAsync(id, ct);
        ETags.EnsureCurrent(db, session, r.Version);
        var unit = await FacilitatorUnitAsync(r.FacilitatorStaffId, ct);
        if (unit != session.ServiceUnitId)
            throw new DomainRuleException("主讲人须为本活动所属单位的工作人员", nameof(r.FacilitatorStaffId));
        var details = r.ToDetails();
        var moved = details.StartsAt != session.StartsAt;
        session.Update(details, moved ? deadlines.For(details.StartsAt) : session.MaterialsDeadline, time.GetUtcNow());
        if (r.GuidanceProjectId != session.GuidanceProjectId)
            await EnsureProjectAsync(r.GuidanceProjectId, session.ServiceUnitId, ct);
        session.LinkProject(r.GuidanceProjectId);
        if (moved)
            await notices.ParticipantsAsync(session, $"您报名的团体指导活动「{session.Topic}」时间调整为{GroupSessionNotices.When(session.StartsAt)}，详见网上服务大厅。",
                "moved:" + session.StartsAt.ToUnixTimeSeconds(), ct);
        access.Changed(session, AuditAction.Update, moved ? $"moved;deadline={session.MaterialsDeadline:yyyy-MM-dd}" : "details");
        await db.SaveChangesAsync(ct);
    }

    public async Task CancelAsync(long id, SessionReasonRequest r, CancellationToken ct)
    {
        access.EnsureStaff();
        var session = await access.LoadAsync(id, ct);
        ETags.EnsureCurrentIfGiven(db, session, r.Version);
        session.Cancel(r.Reason ?? "", time.GetUtcNow());
        await notices.ParticipantsAsync(session, $"很抱歉，您报名的团体指导活动「{session.Topic}」（{GroupSessionNotices.When(session.StartsAt)}）已取消。", "cancelled", ct);
        access.Changed(session, AuditAction.Update, "cancelled");
        await db.SaveChangesAsync(ct);
    }

    /// <summary>Staff add a worker of their unit; one who joins after the materials went out gets them now (7.1.2).</summary>
    public async Task AddParticipantAsync(long id, AddParticipantRequest r, CancellationToken ct)
    {
        access.EnsureStaff();
        var session = await access.LoadAsync(id, ct);
        ETags.EnsureCurrentIfGiven(db, session, r.Version);
        var worker = await user.Scope(db.Workers).AsNoTracking().Where(w => w.Id == r.WorkerId)
            .Select(w => new { w.Id, w.ServiceUnitId }).FirstOrDefaultAsync(ct) ?? throw new NotFoundException("劳动者不存在或无权查看");
        if (worker.ServiceUnitId != session.ServiceUnitId)
            throw new DomainRuleException("只能添加本活动所属单位的劳动者", nameof(r.WorkerId));
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var consent = r.RecordingConsent ? await RecordConsentAsync(session, worker.Id, Channel.Offline, null, ct) : null;
        var participant = session.Join(worker.Id, ParticipantSource.Staff, consent?.Id, time.GetUtcNow());
        if (participant.MaterialsSentAt is not null)
            await notices.MaterialsAsync(session, [participant], ct);
        access.Changed(session, AuditAction.Update, "participant-added:" + GroupSessionAccess.Key(worker.Id));
        await SaveParticipantsAsync(ct);
        await tx.CommitAsync(ct);
    }

    public async Task RemoveParticipantAsync(long id, long workerId, int? version, CancellationToken ct)
    {
        access.EnsureStaff();
        var session = await access.LoadAsync(id, ct);
        ETags.EnsureCurrentIfGiven(db, session, version);
        session.Leave(workerId, byStaff: true, time.GetUtcNow());
        access.Changed(session, AuditAction.Update, "participant-removed:" + GroupSessionAccess.Key(workerId));
        await db.SaveChangesAsync(ct);
    }

    /// <summary>The participant agreed in person to the session being recorded: a consent record of kind Recording.</summary>
    public async Task RecordingConsentAsync(long id, long workerId, RecordingConsentRequest r, CancellationToken ct)
    {
        access.EnsureStaff();
        var session = await access.LoadAsync(id, ct);
        var participant = session.ParticipantOf(workerId);
        if (participant.RecordingConsentId is not null)
            throw new DomainRuleException("已记录该参加者同意录音录像", "workerId");
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var consent = await RecordConsentAsync(session, workerId, Channel.Offline, r.Note, ct);
        participant.GiveRecordingConsent(consent.Id);
        access.Changed(session, AuditAction.Update, "recording-consent:" + GroupSessionAccess.Key(workerId));
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
    }

    /// <summary>A consent record of kind Recording, naming the session; saved at once for its id.</summary>
    public async Task<ConsentRecord> RecordConsentAsync(GroupSession session, long workerId, Channel channel, string? note, CancellationToken ct)
    {
        var text = $"同意团体指导活动「{session.Topic}」（{GroupSessionNotices.When(session.StartsAt)}）录音录像，录音录像按服务协议归档"
            + (string.IsNullOrWhiteSpace(note) ? "" : "；" + note.Trim());
        var consent = new ConsentRecord(workerId, ConsentKind.Recording, ArchiveScope.Audio | ArchiveScope.Video, clock.Today, channel,
            access.UserId, text.Length > 500 ? text[..500] : text, time.GetUtcNow());
        db.ConsentRecords.Add(consent);
        await db.SaveChangesAsync(ct);
        return consent;
    }

    /// <summary>A sign-up racing another for the last seat, or the same worker twice, is a conflict (409), never one too many.</summary>
    public async Task SaveParticipantsAsync(CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException e) when (DbErrors.IsUniqueViolation(e))
        {
            throw new ConflictException("该劳动者已报名本场活动", "workerId");
        }
    }

    /// <summary>The facilitator: active guidance staff of the caller's unit (any unit at city level); the session belongs to that unit.</summary>
    private async Task<long> FacilitatorUnitAsync(long? staffId, CancellationToken ct)
    {
        var staff = await db.StaffMembers.AsNoTracking().Where(s => s.Id == staffId)
            .Select(s => new { s.ServiceUnitId, s.IsActive, s.Position }).FirstOrDefaultAsync(ct);
        if (staff is null || !staff.IsActive || staff.Position is not (StaffPosition.Counselor or StaffPosition.Manager or StaffPosition.Head)
            || (!access.IsCityLevel && staff.ServiceUnitId != access.UnitId))
            throw new DomainRuleException("主讲人须为本单位在岗的职业指导人员、专业管理人员或负责人", "facilitatorStaffId");
        return staff.ServiceUnitId;
    }

    /// <summary>A session joins only an active guidance project of its own unit (as cases and assessment plans do).</summary>
    private async Task EnsureProjectAsync(long? projectId, long unitId, CancellationToken ct)
    {
        if (projectId is { } id && !await db.GuidanceProjects.AnyAsync(p => p.Id == id && p.ServiceUnitId == unitId && p.Status == ProjectStatus.Active, ct))
            throw new DomainRuleException("只能关联本单位实施中的指导项目", "guidanceProjectId");
    }
}
