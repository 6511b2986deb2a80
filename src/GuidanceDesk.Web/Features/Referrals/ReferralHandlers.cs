using GuidanceDesk.Web.Data;
using GuidanceDesk.Web.Domain;
using GuidanceDesk.Web.Infrastructure;
using GuidanceDesk.Web.Infrastructure.Audit;
using GuidanceDesk.Web.Infrastructure.Http;
using GuidanceDesk.Web.Infrastructure.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace GuidanceDesk.Web.Features.Referrals;

/// <summary>
/// Starting, consenting to and sending a case referral (8.1.1–8.1.3). Each use case is one transaction with its audit
/// entry and the notices it gives (outbox, in the same transaction). Answering and the interview are in
/// <see cref="ReferralReceiverHandlers"/>.
/// </summary>
public sealed class ReferralHandlers(AppDbContext db, CurrentUser user, ReferralAccess access, ReferralNotices notices,
    WorkingDayDeadlines deadlines, IOptions<ReferralOptions> options, TimeProvider time, AgencyClock clock)
{
    public const string ConsentNote = "同意个案转介，并同意将个案转介表和指导记录转交接收方";

    public async Task<long> CreateAsync(CreateReferralRequest r, CancellationToken ct)
    {
        access.EnsureCaseWorker();
        var c = await user.Scope(db.GuidanceCases).FirstOrDefaultAsync(x => x.Id == r.CaseId, ct) ?? throw new NotFoundException("个案不存在或无权查看");
        if (c.IsClosed)
            throw new DomainRuleException("个案已结案，不能转介", nameof(r.CaseId));
        if (await db.CaseReferrals.AnyAsync(x => x.CaseId == c.Id && OpenStatuses.Contains(x.Status), ct))
            throw new ConflictException("该个案已有进行中的转介，请先办结或撤回", nameof(r.CaseId));
        long? receiverUnit = null;
        if (r.Target == ReferralTarget.Counselor)
        {
            var receiver = await db.StaffMembers.AsNoTracking().Where(s => s.Id == r.ReceiverStaffId)
                .Select(s => new { s.ServiceUnitId, s.IsActive, s.UserId, s.Position }).FirstOrDefaultAsync(ct);
            if (receiver is null || !receiver.IsActive || receiver.UserId is null)
                throw new DomainRuleException("接收的职业指导人员不存在或已停用", nameof(r.ReceiverStaffId));
            if (receiver.Position != StaffPosition.Counselor && receiver.Position != StaffPosition.Manager)
                throw new DomainRuleException("只能转介给职业指导人员或专业管理人员", nameof(r.ReceiverStaffId));
            receiverUnit = receiver.ServiceUnitId;
        }
        else if (!await db.OutsideAgencies.AnyAsync(a => a.Id == r.AgencyId && a.IsActive, ct))
        {
            throw new DomainRuleException("接收机构不存在或已停用", nameof(r.AgencyId));
        }
        var referral = new CaseReferral(c.ServiceUnitId, c.Id, c.WorkerId, user.StaffMemberId, r.Reason!.Value, r.Target!.Value,
            r.ReceiverStaffId, receiverUnit, r.AgencyId, r.Form.ToForm(), access.Actor, time.GetUtcNow());
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        db.CaseReferrals.Add(referral);
        await SaveAsync(ct);
        access.Changed(referral, AuditAction.Create, "case:" + c.Id);
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return referral.Id;
    }

    public async Task UpdateFormAsync(long id, UpdateReferralFormRequest r, CancellationToken ct)
    {
        var referral = await access.LoadAsync(id, ct);
        access.EnsureSenderSide(referral);
        ETags.EnsureCurrentIfGiven(db, referral, r.Version);
        referral.UpdateForm(r.Form.ToForm(), access.Actor, time.GetUtcNow());
        access.Changed(referral, AuditAction.Update, "form");
        await db.SaveChangesAsync(ct);
    }

    /// <summary>
    /// 8.1.2: the worker consents — in the portal (their own referral, online) or in person, recorded by the sender.
    /// A consent record of kind CaseReferral is kept beside the referral.
    /// </summary>
    public async Task ConsentAsync(long id, ReferralConsentRequest r, CancellationToken ct)
    {
        var referral = await access.LoadAsync(id, ct);
        if (!access.IsWorker)
            access.EnsureSenderSide(referral);
        ETags.EnsureCurrentIfGiven(db, referral, r.Version);
        var channel = access.IsWorker ? Channel.Online : Channel.Offline;
        var now = time.GetUtcNow();
        if (referral.Status != ReferralStatus.Draft)
            throw new DomainRuleException("只有待发出的转介需要劳动者同意", nameof(referral.Status));
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var note = string.IsNullOrWhiteSpace(r.Note) ? ConsentNote : ConsentNote + "；" + r.Note.Trim();
        var consent = new ConsentRecord(referral.WorkerId, ConsentKind.CaseReferral, ArchiveScope.None, clock.Today, channel,
            user.UserId ?? "", note.Length > 500 ? note[..500] : note, now);
        db.ConsentRecords.Add(consent);
        await db.SaveChangesAsync(ct);
        referral.RecordConsent(consent.Id, channel, access.Actor, now);
        access.Changed(referral, AuditAction.Update, "consent:" + channel);
        if (access.IsWorker)
            await notices.ToSenderAsync(referral, "劳动者已同意转介", "劳动者已在网上服务大厅同意个案转介，可以发出转介表了。", "consent", ct);
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
    }

    /// <summary>
    /// The worker withdraws consent (or declines before giving it): the referral stops at whatever step it is, the
    /// receiver no longer reads the case, the case returns to its sender and a booked interview is cancelled.
    /// </summary>
    public async Task WithdrawConsentAsync(long id, ReferralNoteRequest r, CancellationToken ct)
    {
        var referral = await access.LoadAsync(id, ct);
        if (!access.IsWorker)
            access.EnsureSenderSide(referral);
        ETags.EnsureCurrentIfGiven(db, referral, r.Version);
        var now = time.GetUtcNow();
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        if (referral.ConsentRecordId is { } consentId)
        {
            var consent = await db.ConsentRecords.FirstAsync(x => x.Id == consentId, ct);
            if (consent.IsActive)
                consent.Withdraw(now);
        }
        var wasShared = referral.GrantsReceiverAccess;
        referral.StopForWithdrawnConsent(access.Actor, now);
        var c = await db.GuidanceCases.FirstAsync(x => x.Id == referral.CaseId, ct);
        if (wasShared)
            await UndoHandOverAsync(referral, c, "劳动者撤回转介同意", now, ct);
        access.Changed(referral, AuditAction.Update, "consent-withdrawn");
        await notices.ToSenderAsync(referral, "劳动者撤回转介同意", "转介已终止，个案仍由您跟进。", "withdrawn", ct);
        if (wasShared)
            await notices.ToReceiverAsync(referral, "转介已终止", "劳动者撤回了转介同意，您不再查看该个案。", "withdrawn", ct);
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
    }

    /// <summary>
    /// 8.1.2–8.1.3: sent only with consent and a full form; the case's guidance records go with it and the receiving
    /// counselor may read the case from now on.
    /// </summary>
    public async Task SendAsync(long id, int? version, CancellationToken ct)
    {
        var referral = await access.LoadAsync(id, ct);
        access.EnsureSenderSide(referral);
        ETags.EnsureCurrentIfGiven(db, referral, version);
        var now = time.GetUtcNow();
        var records = await db.GuidanceRecords.Where(x => x.CaseId == referral.CaseId).OrderBy(x => x.Id).Select(x => x.Id).ToListAsync(ct);
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        referral.Send(records, deadlines.After(clock.Today, options.Value.AnswerWithinWorkingDays), access.Actor, now);
        if (referral.Target == ReferralTarget.Counselor)
        {
            var c = await db.GuidanceCases.FirstAsync(x => x.Id == referral.CaseId, ct);
            c.ShareWithReferralReceiver(referral.ReceiverStaffId!.Value, referral.ReceiverUnitId!.Value, now);
            await notices.ToReceiverAsync(referral, "新的个案转介待接收",
                $"{referral.SenderName}向您转介了一个个案（{UrgencyText(referral.Form.Urgency)}），请于{Fmt(referral.AnswerDueOn)}前接收或拒绝。", "sent", ct);
        }
        access.Changed(referral, AuditAction.Update, "sent:records=" + records.Count);
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
    }

    /// <summary>The sender takes back a referral nobody has answered yet.</summary>
    public async Task CancelAsync(long id, ReferralNoteRequest r, CancellationToken ct)
    {
        var referral = await access.LoadAsync(id, ct);
        access.EnsureSenderSide(referral);
        ETags.EnsureCurrentIfGiven(db, referral, r.Version);
        var now = time.GetUtcNow();
        var wasShared = referral.GrantsReceiverAccess;
        referral.Cancel(r.Note ?? "", access.Actor, now);
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        if (wasShared)
        {
            var c = await db.GuidanceCases.FirstAsync(x => x.Id == referral.CaseId, ct);
            c.EndReferralShare(now);
            await notices.ToReceiverAsync(referral, "转介已撤回", $"{referral.SenderName}撤回了个案转介。", "cancelled", ct);
        }
        access.Changed(referral, AuditAction.Update, "cancelled");
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
    }

    /// <summary>The hand-over is undone: the receiver loses the case, it goes back to the sender, a booked interview is cancelled.</summary>
    private async Task UndoHandOverAsync(CaseReferral referral, GuidanceCase c, string reason, DateTimeOffset now, CancellationToken ct)
    {
        c.EndReferralShare(now);
        if (!c.IsClosed && c.CounselorId == referral.ReceiverStaffId && referral.SenderStaffId is { } sender)
            c.Assign(sender, access.Actor, reason, false, now);
        if (referral.AppointmentId is { } appointmentId)
        {
            var appointment = await db.Appointments.FirstAsync(a => a.Id == appointmentId, ct);
            if (appointment.Status == AppointmentStatus.Booked)
                appointment.Cancel(reason, access.IsWorker);
        }
    }

    private async Task SaveAsync(CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException e) when (DbErrors.IsUniqueViolation(e))
        {
            throw new ConflictException("该个案已有进行中的转介，请先办结或撤回", "caseId");
        }
    }

    public static readonly ReferralStatus[] OpenStatuses =
        [ReferralStatus.Draft, ReferralStatus.Sent, ReferralStatus.Accepted, ReferralStatus.InterviewBooked];

    public static string UrgencyText(ReferralUrgency u) => u switch
    {
        ReferralUrgency.Urgent => "紧急", ReferralUrgency.Soon => "较急", _ => "一般",
    };

    private static string Fmt(DateOnly? d) => d?.ToString("M月d日", System.Globalization.CultureInfo.InvariantCulture) ?? "";
}
