using Quartz;

namespace GuidanceDesk.Web.Infrastructure.Jobs;

/// <summary>When a job runs (a cron expression in the agency's time zone, or a fixed interval) and how it holds its lease.</summary>
public sealed record JobSchedule
{
    private JobSchedule() { }

    /// <summary>Quartz cron (seconds first): "0 0 2 * * ?" is 02:00 every day, Asia/Shanghai.</summary>
    public string? Cron { get; private init; }

    public TimeSpan? Interval { get; private init; }

    /// <summary>
    /// How long a lease lasts unless renewed. The runner renews it every third of this while the job runs, so it only
    /// matters when an instance dies: another may take the job over after this long.
    /// </summary>
    public TimeSpan LeaseDuration { get; init; } = TimeSpan.FromMinutes(5);

    /// <summary>
    /// The lease stays taken at least this long after a run starts, even when the run is quicker: an instance whose
    /// clock or scheduler fires a little later then finds the lease taken and skips, so that a cron job runs once per
    /// firing across instances (ShedLock calls this lockAtLeastFor). Keep it below the time between two firings.
    /// </summary>
    public TimeSpan HoldAtLeast { get; init; }

    /// <summary>A cron job; it holds its lease for at least a minute so that instances a few seconds apart run it once.</summary>
    public static JobSchedule AtCron(string cron)
    {
        // Parse now, so that a typo fails at start-up and not at the first firing.
        _ = new CronExpression(cron);
        return new JobSchedule { Cron = cron, HoldAtLeast = TimeSpan.FromMinutes(1) };
    }

    /// <summary>A job that runs every <paramref name="interval"/> on whichever instance gets the lease.</summary>
    public static JobSchedule Every(TimeSpan interval) =>
        interval > TimeSpan.Zero
            ? new JobSchedule { Interval = interval }
            : throw new ArgumentOutOfRangeException(nameof(interval), "An interval is positive.");
}

/// <summary>One registered job and its schedule (what <see cref="JobsSetup.AddScheduledJob{TJob}"/> was told).</summary>
public sealed record ScheduledJobRegistration(Type JobType, JobSchedule Schedule);
