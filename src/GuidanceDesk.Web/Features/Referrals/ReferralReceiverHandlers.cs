using GuidanceDesk.Web.Data;
using GuidanceDesk.Web.Domain;
using GuidanceDesk.Web.Infrastructure;
using GuidanceDesk.Web.Infrastructure.Audit;
using GuidanceDesk.Web.Infrastructure.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace GuidanceDesk.Web.Features.Referrals;

/// <summary>
/// The receiving side (8.1.4): a counselor accepts (and takes the case on) or declines with a reason, then books the
/// interview within the limit; an outside agency's reply and the outcome are recorded by the sender.
/// </summary>
public sealed class ReferralReceiverHandlers(AppDbContext db, ReferralAccess access, ReferralNotices notices,
    WorkingDayDeadlines deadlines, IOptions<ReferralOptions> options, TimeProvider time, AgencyClock clock)
{
    /// <summary>The receiver takes the case on: it is assigned to them, and the interview must be booked by the deadline.</summary>
    public async Task AcceptAsync(long id, ReferralNoteRequest r, CancellationToken ct)
    {
        var referral = await access.LoadAsync(id, ct);
        access.EnsureReceiver(referral);
        ETags.EnsureCurrentIfGiven(db, referral, r.Version);
        var now = time.GetUtcNow();
        var due = deadlines.After(clock.Today, options.Value.InterviewWithinWorkingDays);
        referral.Accept(due, r.Note, access.Actor, now);
        var c = await db.GuidanceCases.FirstAsync(x => x.Id == referral.CaseId, ct);
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        if (!c.IsClosed)
            c.Assign(referral.ReceiverStaffId!.Value, access.Actor, $"个案转介：由{referral.SenderName}转介，已接收（8.1）", false, now);
        access.Changed(referral, AuditAction.Update, "accepted");
        await notices.ToSenderAsync(referral, "转介已接收", $"接收人已接收个案转介，将于{due:M月d日}前预约面谈。", "accepted", ct);
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
    }

    public async Task DeclineAsync(long id, ReferralNoteRequest r, CancellationToken ct)
    {
        var referral = await access.LoadAsync(id, ct);
        access.EnsureReceiver(referral);
        ETags.EnsureCurrentIfGiven(db, referral, r.Version);
        var now = time.GetUtcNow();
        referral.Decline(r.Note ?? "", access.Actor, now);
        var c = await db.GuidanceCases.FirstAsync(x => x.Id == referral.CaseId, ct);
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        c.EndReferralShare(now);
        access.Changed(referral, AuditAction.Update, "declined");
        await notices.ToSenderAsync(referral, "转介被拒绝", "接收人拒绝了个案转介：" + referral.AnswerNote, "declined", ct);
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
    }

    /// <summary>An outside agency's answer, as the sender heard it.</summary>
    public async Task AgencyReplyAsync(long id, AgencyReplyRequest r, CancellationToken ct)
    {
        var referral = await access.LoadAsync(id, ct);
        access.EnsureSenderSide(referral);
        ETags.EnsureCurrentIfGiven(db, referral, r.Version);
        referral.RecordAgencyReply(r.Accepted!.Value, r.Reply!, access.Actor, time.GetUtcNow());
        access.Changed(referral, AuditAction.Update, r.Accepted.Value ? "agency-accepted" : "agency-declined");
        await db.SaveChangesAsync(ct);
    }

    /// <summary>
    /// 8.1.4: the receiver books the interview. It becomes an appointment of the receiver (their unit's queue, reminders to
    /// both) and the worker is told by SMS. A clash with the receiver's or the worker's other bookings is 409.
    /// </summary>
    public async Task BookInterviewAsync(long id, BookInterviewRequest r, CancellationToken ct)
    {
        var referral = await access.LoadAsync(id, ct);
        access.EnsureReceiver(referral);
        ETags.EnsureCurrentIfGiven(db, referral, r.Version);
        var now = time.GetUtcNow();
        var start = AgencyClock.At(r.Date!.Value, r.Time!.Value);
        if (start < now)
            throw new DomainRuleException("面谈时间已过", nameof(r.Date));
        var end = start.AddMinutes(r.Minutes);
        var counselor = referral.ReceiverStaffId!.Value;
        await Appointments.AppointmentClashes.EnsureFreeAsync(db, counselor, referral.WorkerId, start, end, null, nameof(r.Time), ct);
        var c = await db.GuidanceCases.AsNoTracking().Where(x => x.Id == referral.CaseId).Select(x => new { x.NeededServices }).FirstAsync(ct);
        var worker = await db.Workers.AsNoTracking().Where(w => w.Id == referral.WorkerId).Select(w => new { w.SpecialGroups }).FirstAsync(ct);
        var purposes = c.NeededServices & ServiceItemSets.ForWorkers;
        var appointment = new Appointment(referral.ReceiverUnitId!.Value, referral.WorkerId, counselor, null, start, end,
            new AppointmentRequest(purposes == ServiceItems.None ? ServiceItems.CareerGuidance : purposes, r.Channel, BookingSource.CaseReferral,
                "个案转介面谈" + (string.IsNullOrWhiteSpace(r.Note) ? "" : "：" + r.Note.Trim())),
            worker.SpecialGroups.HasFlag(SpecialGroups.EmploymentAssistanceTarget), access.UserId ?? "", now);
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        db.Appointments.Add(appointment);
        await db.SaveChangesAsync(ct);
        referral.BookInterview(appointment.Id, start, access.Actor, now);
        access.Changed(referral, AuditAction.Update, "interview-booked");
        var at = AgencyClock.ToLocal(start).ToString("M月d日 HH:mm", System.Globalization.CultureInfo.InvariantCulture);
        await notices.ToWorkerAsync(referral, "转介面谈", $"您好，您的个案已转介给新的职业指导人员，面谈时间为{at}（{(r.Channel == Channel.Online ? "线上" : "线下")}），如需改约请登录网上服务大厅。", "interview", ct);
        await notices.ToSenderAsync(referral, "转介面谈已预约", $"接收人已预约于{at}与劳动者面谈。", "interview", ct);
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
    }

    /// <summary>What came of the referral: by the receiver after the interview, or by the sender for an agency.</summary>
    public async Task CompleteAsync(long id, ReferralOutcomeRequest r, CancellationToken ct)
    {
        var referral = await access.LoadAsync(id, ct);
        if (referral.Target == ReferralTarget.Counselor)
            access.EnsureReceiver(referral);
        else
            access.EnsureSenderSide(referral);
        ETags.EnsureCurrentIfGiven(db, referral, r.Version);
        referral.Complete(r.Outcome!, access.Actor, time.GetUtcNow());
        access.Changed(referral, AuditAction.Update, "completed");
        if (referral.Target == ReferralTarget.Counselor)
            await notices.ToSenderAsync(referral, "转介已完成", "转介结果：" + referral.Outcome, "completed", ct);
        await db.SaveChangesAsync(ct);
    }
}
