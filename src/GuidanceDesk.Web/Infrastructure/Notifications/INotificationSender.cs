using GuidanceDesk.Web.Domain;

namespace GuidanceDesk.Web.Infrastructure.Notifications;

/// <summary>
/// Sends one SMS or e-mail (an SMS gateway, an SMTP relay). Throw to report a failure; the dispatcher retries later.
/// A crash between a gateway's acceptance and the outbox recording it can repeat a send, so a sender that can should
/// pass <see cref="OutgoingNotification.DedupKey"/> to the gateway as its idempotency key.
/// </summary>
public interface INotificationSender
{
    Task SendAsync(OutgoingNotification notification, CancellationToken cancellationToken);
}

/// <summary>A message ready to go: the address has just been looked up (and a phone number decrypted) for this send only.</summary>
public sealed record OutgoingNotification(
    long MessageId, string DedupKey, NotificationChannel Channel, string Address, string Subject, string Body);
