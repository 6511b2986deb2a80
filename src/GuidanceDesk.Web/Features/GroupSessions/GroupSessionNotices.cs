using System.Globalization;
using GuidanceDesk.Web.Data;
using GuidanceDesk.Web.Domain;
using GuidanceDesk.Web.Infrastructure;
using GuidanceDesk.Web.Infrastructure.Notifications;
using Microsoft.EntityFrameworkCore;

namespace GuidanceDesk.Web.Features.GroupSessions;

/// <summary>
/// What a group session tells people, through the outbox in the caller's transaction (a notice is never sent for a step
/// that did not happen, nor lost for one that did). Sending the materials (7.1.2) is, per participant, an in-app notice
/// in the portal with the link to download them and an SMS; dedup keys name the sending, so a retry sends nothing twice.
/// </summary>
public sealed class GroupSessionNotices(AppDbContext db, Outbox outbox)
{
    public const string PortalPage = "/Portal/GroupSessions";

    public static string PortalLink(long sessionId) => $"{PortalPage}#session-{Id(sessionId)}";

    public async Task MaterialsAsync(GroupSession s, IEnumerable<GroupSessionParticipant> to, CancellationToken ct)
    {
        var when = When(s.StartsAt);
        foreach (var p in to)
        {
            var key = $"gs:{Id(s.Id)}:materials:{s.MaterialsSendings.ToString(CultureInfo.InvariantCulture)}:{Id(p.WorkerId)}";
            await outbox.EnqueueAsync(new Notification(NotificationChannel.InApp, Recipient.Worker(p.WorkerId), "团体指导宣讲材料已发送",
                $"您报名的团体指导活动「{s.Topic}」（{when}）的宣讲材料已发送，请在活动前查看和下载：{PortalLink(s.Id)}", key + ":app"), ct);
            await outbox.EnqueueAsync(new Notification(NotificationChannel.Sms, Recipient.Worker(p.WorkerId), "团体指导宣讲材料",
                $"您报名的团体指导活动「{Short(s.Topic)}」将于{when}举行，宣讲材料已发至网上服务大厅，请登录查看。", key + ":sms"), ct);
        }
    }

    /// <summary>An SMS to every participant (the session moved or was cancelled); <paramref name="step"/> names the occasion.</summary>
    public async Task ParticipantsAsync(GroupSession s, string body, string step, CancellationToken ct)
    {
        foreach (var p in s.Participants)
            await outbox.EnqueueAsync(new Notification(NotificationChannel.Sms, Recipient.Worker(p.WorkerId), "团体指导活动通知", body,
                $"gs:{Id(s.Id)}:{step}:{Id(p.WorkerId)}"), ct);
    }

    /// <summary>In-app, to the facilitator and (when <paramref name="managers"/>) the unit's managers and head.</summary>
    public async Task StaffAsync(GroupSession s, string subject, string body, string step, bool managers, CancellationToken ct)
    {
        var users = await db.StaffMembers.AsNoTracking()
            .Where(m => m.UserId != null && m.IsActive && (m.Id == s.FacilitatorStaffId
                || (managers && m.ServiceUnitId == s.ServiceUnitId && (m.Position == StaffPosition.Manager || m.Position == StaffPosition.Head))))
            .Select(m => m.UserId!).Distinct().ToListAsync(ct);
        foreach (var user in users)
            await outbox.EnqueueAsync(new Notification(NotificationChannel.InApp, Recipient.Staff(user), subject,
                $"团体指导活动「{s.Topic}」（{When(s.StartsAt)}）：{body}", $"gs:{Id(s.Id)}:{step}:{user}"), ct);
    }

    public static string When(DateTimeOffset at) => AgencyClock.ToLocal(at).ToString("M月d日 HH:mm", CultureInfo.InvariantCulture);

    private static string Short(string topic) => topic.Length <= 30 ? topic : topic[..30] + "…";

    private static string Id(long id) => id.ToString(CultureInfo.InvariantCulture);
}
