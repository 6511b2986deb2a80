using GuidanceDesk.Web.Data;
using GuidanceDesk.Web.Domain;
using GuidanceDesk.Web.Infrastructure.Jobs;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace GuidanceDesk.Web.Infrastructure.Notifications;

/// <summary>
/// Sends due SMS and e-mail from the outbox. A batch is claimed with one conditional UPDATE (only rows nobody holds
/// an unexpired claim on), so two instances never send the same message; each message is then sent and its outcome
/// saved only while the claim is still this pass's (ClaimedBy is a concurrency token). Delivery is at least once:
/// an instance that dies after the gateway took a message but before saving SentAt leaves it to be sent again when the
/// claim expires.
/// </summary>
public sealed class OutboxDispatcher(
    AppDbContext db, INotificationSender sender, IRecipientAddressResolver addresses, AppInstance instance,
    TimeProvider clock, IOptions<NotificationOptions> options, ILogger<OutboxDispatcher> logger) : IScheduledJob
{
    public const string JobName = "outbox.dispatch";
    private static long _passes;
    private readonly NotificationOptions _options = options.Value;

    public string Name => JobName;

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        for (var i = 0; i < _options.MaxBatchesPerRun; i++)
        {
            if (await DispatchBatchAsync(cancellationToken) < _options.BatchSize)
                break;
        }
    }

    /// <summary>Claims up to a batch of due messages and sends them.</summary>
    /// <returns>How many due messages were found (some may have been claimed by another instance meanwhile).</returns>
    public async Task<int> DispatchBatchAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var due = await Unsent(now).Where(m => m.NextAttemptAt <= now)
            .OrderBy(m => m.NextAttemptAt).Select(m => m.Id).Take(_options.BatchSize).ToListAsync(ct);
        if (due.Count == 0)
            return 0;
        var claim = $"{instance.Id}#{Interlocked.Increment(ref _passes)}";
        var until = now + _options.ClaimDuration;
        // The conditions are checked again by the UPDATE itself, row by row: whoever updates a row first owns it (and
        // a message that failed meanwhile, its next attempt moved on, is left for later).
        await Unsent(now).Where(m => due.Contains(m.Id) && m.NextAttemptAt <= now)
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.ClaimedBy, claim).SetProperty(m => m.ClaimedUntil, until), ct);
        var mine = await db.OutboxMessages.Where(m => due.Contains(m.Id) && m.ClaimedBy == claim)
            .OrderBy(m => m.NextAttemptAt).ToListAsync(ct);
        foreach (var message in mine)
            await SendAsync(message, ct);
        return due.Count;
    }

    private IQueryable<OutboxMessage> Unsent(DateTimeOffset now) =>
        db.OutboxMessages.Where(m => m.SentAt == null && m.FailedAt == null && m.Channel != NotificationChannel.InApp
            && (m.ClaimedUntil == null || m.ClaimedUntil < now));

    private async Task SendAsync(OutboxMessage message, CancellationToken ct)
    {
        try
        {
            var address = await addresses.ResolveAsync(message.Recipient, message.Channel, ct);
            if (string.IsNullOrWhiteSpace(address))
            {
                // Not worth retrying: the person has no number or address for this channel.
                message.RecordFailure($"No {message.Channel} address for {message.RecipientKind} {message.RecipientId}", clock.GetUtcNow(), null);
                logger.LogWarning("Notification {MessageId} not sent: no {Channel} address", message.Id, message.Channel);
                Telemetry.AppTelemetry.OutboxFailed.Add(1, new KeyValuePair<string, object?>("channel", message.Channel.ToString()));
            }
            else
            {
                using var timeout = new CancellationTokenSource(_options.SendTimeout, clock);
                using var linked = CancellationTokenSource.CreateLinkedTokenSource(ct, timeout.Token);
                await sender.SendAsync(new OutgoingNotification(message.Id, message.DedupKey, message.Channel, address,
                    message.Subject, message.Body), linked.Token);
                message.MarkSent(clock.GetUtcNow());
                Telemetry.AppTelemetry.OutboxSent.Add(1, new KeyValuePair<string, object?>("channel", message.Channel.ToString()));
            }
        }
        catch (Exception ex) when (!ct.IsCancellationRequested && ex is not OutOfMemoryException)
        {
            var retryAfter = _options.RetryAfter(message.Attempts + 1);
            message.RecordFailure($"{ex.GetType().Name}: {ex.Message}", clock.GetUtcNow(), retryAfter);
            logger.LogWarning(ex, "Notification {MessageId} by {Channel} failed (attempt {Attempt}){GiveUp}",
                message.Id, message.Channel, message.Attempts, retryAfter is null ? "; giving up" : "");
            if (retryAfter is null)
                Telemetry.AppTelemetry.OutboxFailed.Add(1, new KeyValuePair<string, object?>("channel", message.Channel.ToString()));
        }
        await SaveAsync(message);
    }

    /// <summary>Saved per message, so that a crash later in the batch does not send the earlier ones again.</summary>
    private async Task SaveAsync(OutboxMessage message)
    {
        try
        {
            // Not cancelled at shutdown: what was sent must be recorded.
            await db.SaveChangesAsync(CancellationToken.None);
        }
        catch (DbUpdateConcurrencyException)
        {
            // Our claim expired and another pass took the message: it may be sent twice. Lengthen ClaimDuration.
            logger.LogWarning("Notification {MessageId}: claim expired before the send was recorded", message.Id);
        }
        finally
        {
            // Untracked again, so that a later batch of this run reads the row afresh (with its new claim).
            db.Entry(message).State = EntityState.Detached;
        }
    }
}
