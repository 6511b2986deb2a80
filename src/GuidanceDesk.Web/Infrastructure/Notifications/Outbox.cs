using GuidanceDesk.Web.Data;
using GuidanceDesk.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace GuidanceDesk.Web.Infrastructure.Notifications;

/// <summary>What to tell whom, when; <see cref="DedupKey"/> names the occasion so that it is told once.</summary>
/// <param name="DueAt">When it should reach the person; null = now. An in-app message shows from then on.</param>
public sealed record Notification(
    NotificationChannel Channel, Recipient Recipient, string Subject, string Body, string DedupKey, DateTimeOffset? DueAt = null);

/// <summary>
/// The notification outbox. Enqueuing stores the message in the app's database (one INSERT, inside the caller's
/// transaction when there is one), so it survives a restart; SMS and e-mail are then sent by <see cref="OutboxDispatcher"/>.
/// In-app messages are delivered by being stored and are read with <see cref="UnreadFor(string)"/>.
/// </summary>
public sealed class Outbox(AppDbContext db, TimeProvider clock)
{
    /// <summary>
    /// Stores the message unless one with the same dedup key exists (also when another instance enqueues it at the
    /// same moment: the unique index decides, and the loser's insert does nothing). Does not save other pending changes
    /// of <see cref="AppDbContext"/>.
    /// </summary>
    /// <returns>True when this call stored it; false when it was already there.</returns>
    public Task<bool> EnqueueAsync(Notification notification, CancellationToken ct = default)
    {
        var message = new OutboxMessage(notification.Channel, notification.Recipient, notification.Subject,
            notification.Body, notification.DedupKey, clock.GetUtcNow(), notification.DueAt);
        return db.InsertIfAbsentAsync(message, ct);
    }

    /// <summary>A staff member's unread in-app messages that are due, newest first.</summary>
    public IQueryable<OutboxMessage> UnreadFor(string userId) => UnreadFor(Recipient.Staff(userId));

    public IQueryable<OutboxMessage> UnreadFor(Recipient recipient)
    {
        var now = clock.GetUtcNow();
        return db.OutboxMessages.AsNoTracking()
            .Where(m => m.Channel == NotificationChannel.InApp && m.RecipientKind == recipient.Kind
                && m.RecipientId == recipient.Id && m.ReadAt == null && m.DueAt <= now)
            .OrderByDescending(m => m.DueAt).ThenByDescending(m => m.Id);
    }

    /// <summary>Marks one of the staff member's own in-app messages read.</summary>
    /// <returns>False when there is no such message for this person (someone else's message counts as none).</returns>
    public Task<bool> MarkReadAsync(long messageId, string userId, CancellationToken ct = default) =>
        MarkReadAsync(messageId, Recipient.Staff(userId), ct);

    public async Task<bool> MarkReadAsync(long messageId, Recipient recipient, CancellationToken ct = default)
    {
        var message = await db.OutboxMessages.FirstOrDefaultAsync(m => m.Id == messageId
            && m.Channel == NotificationChannel.InApp && m.RecipientKind == recipient.Kind && m.RecipientId == recipient.Id, ct);
        if (message is null)
            return false;
        message.MarkRead(clock.GetUtcNow());
        await db.SaveChangesAsync(ct);
        return true;
    }
}
