using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Unicode;
using GuidanceDesk.Web.Domain;

namespace GuidanceDesk.Web.Infrastructure.Notifications;

/// <summary>
/// Drops each SMS and e-mail as one JSON file into a folder, as an SMTP pickup directory does: an SMS gateway's agent (or a
/// developer) takes them from there. The file is named after the message id, so sending a message again (the dispatcher
/// delivers at least once) replaces its file instead of adding a second one: per message, the folder is idempotent.
/// </summary>
/// <remarks>
/// The file holds the address in clear (a decrypted phone number): the folder is a local hand-over to the gateway, to be
/// readable by the app and the gateway only, and emptied by the gateway as it sends; it is no archive.
/// </remarks>
public sealed class PickupDirectorySender(string folder, TimeProvider clock) : INotificationSender
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        // Chinese text stays readable in the file; this is a file for a gateway, not HTML, so no escaping is needed.
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
        Converters = { new JsonStringEnumConverter() },
    };

    public string Folder { get; } = folder;

    /// <summary>The file a message goes to: its id, zero-padded so that the folder lists in message order.</summary>
    public string PathOf(long messageId) =>
        Path.Combine(Folder, messageId.ToString("D9", CultureInfo.InvariantCulture) + ".json");

    public async Task SendAsync(OutgoingNotification notification, CancellationToken cancellationToken)
    {
        var target = PathOf(notification.MessageId);
        // Written aside and then renamed (same folder, so the rename is atomic): a reader never sees half a file, and a
        // crash mid-write leaves only a temp file, which readers skip (they take *.json).
        var temp = Path.Combine(Folder, $".{Path.GetFileName(target)}.{Guid.NewGuid():N}.tmp");
        var file = new PickupFile(notification.MessageId, notification.DedupKey, notification.Channel,
            notification.Address, notification.Subject, notification.Body, clock.GetUtcNow());
        try
        {
            await using (var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None, 4096, FileOptions.Asynchronous))
            {
                await JsonSerializer.SerializeAsync(stream, file, Json, cancellationToken);
                // The content reaches the disk before the dispatcher records the message as sent.
                stream.Flush(flushToDisk: true);
            }
            File.Move(temp, target, overwrite: true);
        }
        catch
        {
            File.Delete(temp);
            throw;
        }
    }
}

/// <summary>What a pickup file holds (camelCase JSON; the channel by name, "Sms" or "Email").</summary>
public sealed record PickupFile(
    long MessageId, string DedupKey, NotificationChannel Channel, string Address, string Subject, string Body, DateTimeOffset SentAt);
