using GuidanceDesk.Web.Domain;
using GuidanceDesk.Web.Domain.Identifiers;

namespace GuidanceDesk.Web.Infrastructure.Notifications;

/// <summary>
/// The default sender until an SMS gateway and a mail relay are configured: writes the message to the log. The address
/// is masked and the body left out, because logs are kept longer and read more widely than the outbox.
/// </summary>
public sealed class LogNotificationSender(ILogger<LogNotificationSender> logger) : INotificationSender
{
    public Task SendAsync(OutgoingNotification notification, CancellationToken cancellationToken)
    {
        logger.LogInformation("Notification {MessageId} by {Channel} to {Address}: {Subject}",
            notification.MessageId, notification.Channel, MaskAddress(notification.Channel, notification.Address), notification.Subject);
        return Task.CompletedTask;
    }

    public static string MaskAddress(NotificationChannel channel, string address)
    {
        if (channel == NotificationChannel.Sms)
            return Mask.Phone(address);
        var at = address.IndexOf('@', StringComparison.Ordinal);
        // "zhang.san@example.cn" -> "z***@example.cn"; anything unexpected is starred whole.
        return at > 0 ? string.Concat(address.AsSpan(0, 1), "***", address.AsSpan(at)) : new string('*', address.Length);
    }
}
