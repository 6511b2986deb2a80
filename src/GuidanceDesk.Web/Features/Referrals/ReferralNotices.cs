using System.Globalization;
using GuidanceDesk.Web.Data;
using GuidanceDesk.Web.Domain;
using GuidanceDesk.Web.Infrastructure.Notifications;
using Microsoft.EntityFrameworkCore;

namespace GuidanceDesk.Web.Features.Referrals;

/// <summary>
/// Tells the people of a referral what happened, through the outbox (in the caller's transaction, so a notice is never
/// lost nor sent for a step that did not happen): staff in-app, the worker by SMS. Dedup keys name the step.
/// </summary>
public sealed class ReferralNotices(AppDbContext db, Outbox outbox)
{
    public async Task ToSenderAsync(CaseReferral r, string subject, string body, string step, CancellationToken ct)
    {
        if (r.SenderUserId.Length > 0)
            await outbox.EnqueueAsync(new Notification(NotificationChannel.InApp, Recipient.Staff(r.SenderUserId), subject,
                $"{await WorkerNameAsync(r, ct)}（个案 {Id(r.CaseId)}）：{body}", Key(r, step, "sender")), ct);
    }

    public async Task ToReceiverAsync(CaseReferral r, string subject, string body, string step, CancellationToken ct)
    {
        if (r.ReceiverStaffId is not { } staff)
            return;
        var userId = await db.StaffMembers.Where(s => s.Id == staff).Select(s => s.UserId).FirstOrDefaultAsync(ct);
        if (userId is null)
            return;
        await outbox.EnqueueAsync(new Notification(NotificationChannel.InApp, Recipient.Staff(userId), subject,
            $"{await WorkerNameAsync(r, ct)}（个案 {Id(r.CaseId)}）：{body}", Key(r, step, "receiver")), ct);
    }

    public Task ToWorkerAsync(CaseReferral r, string subject, string body, string step, CancellationToken ct) =>
        outbox.EnqueueAsync(new Notification(NotificationChannel.Sms, Recipient.Worker(r.WorkerId), subject, body, Key(r, step, "worker")), ct);

    private Task<string> WorkerNameAsync(CaseReferral r, CancellationToken ct) =>
        db.Workers.Where(w => w.Id == r.WorkerId).Select(w => w.Name).FirstAsync(ct);

    /// <summary>A step can happen once per referral except the interview, which can be booked again after a withdrawal.</summary>
    private static string Key(CaseReferral r, string step, string who) => $"ref:{Id(r.Id)}:{step}:{who}:{r.Events.Count}";

    private static string Id(long id) => id.ToString(CultureInfo.InvariantCulture);
}
