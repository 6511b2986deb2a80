namespace GuidanceDesk.Web.Domain;

/// <summary>
/// The right to run one background job, held by one app instance until <see cref="LeasedUntil"/>. Several instances
/// share one database; whoever holds an unexpired lease runs the job and the others skip it. Taking, renewing and
/// releasing are single conditional UPDATEs (Infrastructure/Jobs/JobLeases), so they are not methods here: loading the
/// row and saving it back would let two instances both see it free.
/// </summary>
public sealed class JobLease
{
    public const int MaxNameLength = 100;
    public const int MaxHolderLength = 100;
    public const int MaxResultLength = 200;

    private JobLease() { }

    public JobLease(string name, string holder, DateTimeOffset leasedUntil)
    {
        if (string.IsNullOrWhiteSpace(name) || name.Length > MaxNameLength)
            throw new ArgumentException($"A job name has 1 to {MaxNameLength} characters.", nameof(name));
        if (string.IsNullOrWhiteSpace(holder) || holder.Length > MaxHolderLength)
            throw new ArgumentException($"A lease holder has 1 to {MaxHolderLength} characters.", nameof(holder));
        Name = name;
        Holder = holder;
        LeasedUntil = leasedUntil;
    }

    /// <summary>The job's name (<c>IScheduledJob.Name</c>); one row per job.</summary>
    public string Name { get; private set; } = "";

    /// <summary>The instance that holds or last held the lease.</summary>
    public string Holder { get; private set; } = "";

    /// <summary>Until when the holder may run the job; after it anybody may take the lease.</summary>
    public DateTimeOffset LeasedUntil { get; private set; }

    /// <summary>When the last run started.</summary>
    public DateTimeOffset? LastRunAt { get; private set; }

    /// <summary>How the last run ended, for operators ("ok in 1.2 s", "failed: …"), cut to <see cref="MaxResultLength"/>.</summary>
    public string? LastResult { get; private set; }

    /// <summary>A result line that fits the column.</summary>
    public static string ShortResult(string result) =>
        result.Length <= MaxResultLength ? result : result[..(MaxResultLength - 1)] + "…";
}
