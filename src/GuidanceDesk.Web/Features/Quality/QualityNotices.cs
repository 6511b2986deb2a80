using GuidanceDesk.Web.Data;
using GuidanceDesk.Web.Domain;
using GuidanceDesk.Web.Infrastructure.Notifications;
using Microsoft.EntityFrameworkCore;

namespace GuidanceDesk.Web.Features.Quality;

/// <summary>
/// In-app notices of supervision work, through the outbox (in the caller's transaction): to a staff member, or to the
/// unit's head(s) or managers. The dedup key names the occasion so that a rerun of a job tells nobody twice.
/// </summary>
public sealed class QualityNotices(AppDbContext db, Outbox outbox)
{
    public async Task ToStaffAsync(long staffId, string subject, string body, string key, CancellationToken ct)
    {
        var userId = await db.StaffMembers.Where(s => s.Id == staffId && s.IsActive).Select(s => s.UserId).FirstOrDefaultAsync(ct);
        if (userId is not null)
            await outbox.EnqueueAsync(new Notification(NotificationChannel.InApp, Recipient.Staff(userId), subject, body, key + ":" + userId), ct);
    }

    /// <summary>Every active staff member of the unit in one of <paramref name="positions"/> who has a sign-in.</summary>
    public async Task<int> ToUnitAsync(long unitId, StaffPosition[] positions, string subject, string body, string key, CancellationToken ct)
    {
        var users = await db.StaffMembers.Where(s => s.ServiceUnitId == unitId && s.IsActive && s.UserId != null && positions.Contains(s.Position))
            .Select(s => s.UserId!).ToListAsync(ct);
        foreach (var userId in users)
            await outbox.EnqueueAsync(new Notification(NotificationChannel.InApp, Recipient.Staff(userId), subject, body, key + ":" + userId), ct);
        return users.Count;
    }

    public static readonly StaffPosition[] Heads = [StaffPosition.Head];
    public static readonly StaffPosition[] Oversight = [StaffPosition.Head, StaffPosition.Manager];
}
