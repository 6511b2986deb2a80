namespace GuidanceDesk.Web.Domain;

/// <summary>
/// One notification to one person (a reminder of a follow-up, an appointment …), kept in the database so that it
/// survives a restart and is sent once. In-app messages are delivered by being stored; SMS and e-mail wait here until
/// the dispatcher sends them. The address is not stored: it is looked up (and a phone number decrypted) only when the
/// message is sent, so that personal data is not copied and a corrected number is used.
/// </summary>
public sealed class OutboxMessage
{
    public const int MaxSubjectLength = 200;
    public const int MaxBodyLength = 2000;
    public const int MaxDedupKeyLength = 200;
    public const int MaxRecipientIdLength = 450;
    public const int MaxErrorLength = 1000;
    public const int MaxClaimLength = 120;

    private OutboxMessage() { }

    public OutboxMessage(NotificationChannel channel, Recipient recipient, string subject, string body, string dedupKey,
        DateTimeOffset now, DateTimeOffset? dueAt = null)
    {
        if (!Enum.IsDefined(channel))
            throw new ArgumentOutOfRangeException(nameof(channel));
        if (!Enum.IsDefined(recipient.Kind) || string.IsNullOrWhiteSpace(recipient.Id) || recipient.Id.Length > MaxRecipientIdLength)
            throw new ArgumentException("A notification needs a recipient.", nameof(recipient));
        Channel = channel;
        RecipientKind = recipient.Kind;
        RecipientId = recipient.Id;
        Subject = Required(subject, MaxSubjectLength, nameof(subject));
        Body = Required(body, MaxBodyLength, nameof(body));
        DedupKey = Required(dedupKey, MaxDedupKeyLength, nameof(dedupKey));
        // Stored in UTC: PostgreSQL's timestamptz takes only offset 0, and SQLite compares the stored instants.
        CreatedAt = now.ToUniversalTime();
        DueAt = (dueAt ?? now).ToUniversalTime();
        NextAttemptAt = DueAt;
        if (channel == NotificationChannel.InApp)
            SentAt = CreatedAt;
    }

    public long Id { get; private set; }
    public NotificationChannel Channel { get; private set; }
    public RecipientKind RecipientKind { get; private set; }
    /// <summary>Staff: the sign-in account's id (AppUser.Id). Worker: the worker's id in invariant digits.</summary>
    public string RecipientId { get; private set; } = "";
    public string Subject { get; private set; } = "";
    public string Body { get; private set; } = "";
    /// <summary>Says what the message is about ("followup:123:due:2026-12-01"), so that enqueuing it again does nothing.</summary>
    public string DedupKey { get; private set; } = "";
    public DateTimeOffset CreatedAt { get; private set; }
    /// <summary>When the message should reach the person (an in-app message is shown from then on).</summary>
    public DateTimeOffset DueAt { get; private set; }
    /// <summary>When the dispatcher may try next: <see cref="DueAt"/>, then later after each failure (backoff).</summary>
    public DateTimeOffset NextAttemptAt { get; private set; }
    public DateTimeOffset? SentAt { get; private set; }
    /// <summary>When the dispatcher gave up (too many failures, or no address); the message is then never sent.</summary>
    public DateTimeOffset? FailedAt { get; private set; }
    public DateTimeOffset? ReadAt { get; private set; }
    public int Attempts { get; private set; }
    public string? LastError { get; private set; }
    /// <summary>The dispatcher pass (instance id and a pass number) that is sending the message right now.</summary>
    public string? ClaimedBy { get; private set; }
    /// <summary>After this the claim is void (the instance died mid-send) and another pass may take the message.</summary>
    public DateTimeOffset? ClaimedUntil { get; private set; }

    public Recipient Recipient => new(RecipientKind, RecipientId);

    public void MarkSent(DateTimeOffset now)
    {
        if (SentAt is not null || FailedAt is not null)
            throw new InvalidOperationException($"Message {Id} is already {(SentAt is null ? "given up" : "sent")}.");
        SentAt = now;
        Attempts++;
        ReleaseClaim();
    }

    /// <summary>A failed attempt: try again after <paramref name="retryAfter"/>, or give up when it is null.</summary>
    public void RecordFailure(string error, DateTimeOffset now, TimeSpan? retryAfter)
    {
        if (SentAt is not null || FailedAt is not null)
            throw new InvalidOperationException($"Message {Id} is already {(SentAt is null ? "given up" : "sent")}.");
        Attempts++;
        LastError = error.Length <= MaxErrorLength ? error : error[..MaxErrorLength];
        if (retryAfter is { } delay)
            NextAttemptAt = now + delay;
        else
            FailedAt = now;
        ReleaseClaim();
    }

    /// <summary>Only an in-app message is read here; reading it twice keeps the first time.</summary>
    public void MarkRead(DateTimeOffset now)
    {
        if (Channel != NotificationChannel.InApp)
            throw new InvalidOperationException("Only in-app messages are marked read.");
        ReadAt ??= now;
    }

    private void ReleaseClaim()
    {
        ClaimedBy = null;
        ClaimedUntil = null;
    }

    private static string Required(string value, int max, string name) =>
        string.IsNullOrWhiteSpace(value) || value.Length > max
            ? throw new ArgumentException($"{name} has 1 to {max} characters.", name)
            : value;
}

public enum NotificationChannel { InApp = 1, Sms = 2, Email = 3 }

public enum RecipientKind { Staff = 1, Worker = 2 }

/// <summary>Who a notification is for: a staff member's sign-in account, or a worker.</summary>
public sealed record Recipient(RecipientKind Kind, string Id)
{
    public static Recipient Staff(string userId) => new(RecipientKind.Staff, userId);

    public static Recipient Worker(long workerId) =>
        new(RecipientKind.Worker, workerId.ToString(System.Globalization.CultureInfo.InvariantCulture));
}
