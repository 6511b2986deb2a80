namespace GuidanceDesk.Web.Infrastructure.Notifications;

/// <summary>Settings of the notification outbox and its dispatcher (section <c>Notifications</c>).</summary>
public sealed class NotificationOptions
{
    public const string SectionName = "Notifications";

    /// <summary>How often the dispatcher looks for due SMS and e-mail.</summary>
    public TimeSpan DispatchInterval { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Messages claimed and sent per batch; a run takes batches until one comes back short.</summary>
    public int BatchSize { get; set; } = 20;

    public int MaxBatchesPerRun { get; set; } = 10;

    /// <summary>How long a claim protects a batch from other instances; after it, a crashed instance's batch is retried.</summary>
    public TimeSpan ClaimDuration { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>How long one send may take before it counts as failed.</summary>
    public TimeSpan SendTimeout { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>Attempts before the dispatcher gives up on a message (it then keeps FailedAt and LastError).</summary>
    public int MaxAttempts { get; set; } = 5;

    /// <summary>Wait after the first failure; it doubles with each further failure, up to <see cref="RetryMaxDelay"/>.</summary>
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromMinutes(1);

    public TimeSpan RetryMaxDelay { get; set; } = TimeSpan.FromHours(1);

    /// <summary>
    /// A folder to drop SMS and e-mail into as JSON files (<see cref="PickupDirectorySender"/>), for a gateway's agent or
    /// a developer to pick up; unset, messages are only logged. A relative path is taken from the working directory.
    /// </summary>
    public string? PickupDirectory { get; set; }

    /// <summary>
    /// A whole batch must be sendable within one claim; otherwise another instance could take over messages this one
    /// is still sending, and send them again.
    /// </summary>
    public bool IsValid =>
        DispatchInterval > TimeSpan.Zero && BatchSize > 0 && MaxBatchesPerRun > 0 && MaxAttempts > 0
        && SendTimeout > TimeSpan.Zero && RetryBaseDelay > TimeSpan.Zero && RetryMaxDelay >= RetryBaseDelay
        && ClaimDuration > SendTimeout * BatchSize;

    /// <summary>The wait before attempt <paramref name="failures"/> + 1, or null when it is time to give up.</summary>
    public TimeSpan? RetryAfter(int failures)
    {
        if (failures >= MaxAttempts)
            return null;
        var factor = Math.Pow(2, Math.Min(failures - 1, 30));
        var delay = TimeSpan.FromTicks((long)Math.Min(RetryBaseDelay.Ticks * factor, RetryMaxDelay.Ticks));
        return delay;
    }
}
