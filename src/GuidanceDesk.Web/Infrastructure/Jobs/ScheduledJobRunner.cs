using System.Collections.Concurrent;
using System.Globalization;

namespace GuidanceDesk.Web.Infrastructure.Jobs;

public enum JobRunOutcome
{
    /// <summary>The job ran to its end.</summary>
    Completed,
    /// <summary>The job threw, or was cancelled (shutdown, or its lease was lost mid-run).</summary>
    Failed,
    /// <summary>Another instance holds the lease (or this instance is already running the job): nothing was done.</summary>
    Skipped,
}

/// <summary>
/// Runs an <see cref="IScheduledJob"/> the way the scheduler does: in a DI scope of its own, inside the job's lease,
/// renewing the lease while the job runs, logging how long it took, and recording the outcome on the lease row.
/// The scheduler calls it on every firing; tests call it directly.
/// </summary>
public sealed class ScheduledJobRunner(
    IServiceScopeFactory scopes, IEnumerable<ScheduledJobRegistration> registrations, TimeProvider clock,
    ILogger<ScheduledJobRunner> logger)
{
    // A lease admits its holder again (that is how it is renewed), so a second run of the same job in this process is
    // kept out here. Quartz's DisallowConcurrentExecution does the same for scheduled runs; this covers direct calls.
    private readonly ConcurrentDictionary<string, SemaphoreSlim> _running = new(StringComparer.Ordinal);
    private readonly Dictionary<Type, JobSchedule> _schedules = registrations
        .GroupBy(r => r.JobType).ToDictionary(g => g.Key, g => g.Last().Schedule);

    public Task<JobRunOutcome> RunAsync<TJob>(CancellationToken ct = default) where TJob : class, IScheduledJob =>
        RunAsync(typeof(TJob), ct);

    public async Task<JobRunOutcome> RunAsync(Type jobType, CancellationToken ct = default)
    {
        // A job run without AddScheduledJob (a manual run) gets the default lease and no hold.
        var schedule = _schedules.GetValueOrDefault(jobType) ?? JobSchedule.Every(TimeSpan.FromMinutes(1));
        await using var jobScope = scopes.CreateAsyncScope();
        var job = (IScheduledJob)jobScope.ServiceProvider.GetRequiredService(jobType);
        var gate = _running.GetOrAdd(job.Name, _ => new SemaphoreSlim(1, 1));
        if (!await gate.WaitAsync(0, ct))
            return JobRunOutcome.Skipped;
        try
        {
            // The lease is kept through a context of its own: the renewals run while the job uses its scope's context.
            await using var leaseScope = scopes.CreateAsyncScope();
            var leases = leaseScope.ServiceProvider.GetRequiredService<JobLeases>();
            if (!await leases.TryAcquireAsync(job.Name, schedule.LeaseDuration, ct))
            {
                logger.LogDebug("Job {Job} skipped: another instance holds its lease", job.Name);
                return JobRunOutcome.Skipped;
            }
            return await RunLeasedAsync(job, schedule, leases, ct);
        }
        finally
        {
            gate.Release();
        }
    }

    private async Task<JobRunOutcome> RunLeasedAsync(IScheduledJob job, JobSchedule schedule, JobLeases leases, CancellationToken ct)
    {
        var startedAt = clock.GetUtcNow();
        var started = clock.GetTimestamp();
        using var jobCts = CancellationTokenSource.CreateLinkedTokenSource(ct);
        using var stopRenewing = new CancellationTokenSource();
        var renewal = KeepLeaseAsync(job.Name, schedule.LeaseDuration, leases, jobCts, stopRenewing.Token);
        using var activity = Telemetry.AppTelemetry.Source.StartActivity("job " + job.Name);
        activity?.SetTag("job.name", job.Name);
        JobRunOutcome outcome;
        string result;
        try
        {
            await job.RunAsync(jobCts.Token);
            outcome = JobRunOutcome.Completed;
            result = "ok";
        }
        catch (OperationCanceledException) when (jobCts.IsCancellationRequested)
        {
            outcome = JobRunOutcome.Failed;
            result = ct.IsCancellationRequested ? "cancelled (shutdown)" : "cancelled (lease lost)";
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // A job's failure is logged and recorded; the scheduler fires it again at its next time.
            logger.LogError(ex, "Job {Job} failed", job.Name);
            outcome = JobRunOutcome.Failed;
            result = $"failed: {ex.GetType().Name}: {ex.Message}";
        }
        finally
        {
            await stopRenewing.CancelAsync();
            await renewal;
        }
        var elapsed = clock.GetElapsedTime(started);
        activity?.SetTag("job.outcome", outcome.ToString());
        if (outcome != JobRunOutcome.Completed)
            activity?.SetStatus(System.Diagnostics.ActivityStatusCode.Error, result);
        var tags = new System.Diagnostics.TagList { { "job.name", job.Name }, { "job.outcome", outcome.ToString() } };
        Telemetry.AppTelemetry.JobRuns.Add(1, tags);
        Telemetry.AppTelemetry.JobDuration.Record(elapsed.TotalSeconds, tags);
        var seconds = elapsed.TotalSeconds.ToString("0.###", CultureInfo.InvariantCulture);
        // A frequent job's routine runs (the dispatcher's every 30 s) would drown the log; they are Debug.
        var level = outcome == JobRunOutcome.Completed && schedule.Cron is null ? LogLevel.Debug : LogLevel.Information;
        logger.Log(level, "Job {Job} {Outcome} in {Seconds} s on {Instance}", job.Name, outcome, seconds, leases.Holder);
        var record = new JobRunRecord(startedAt, $"{result} in {seconds} s on {leases.Holder}", startedAt + schedule.HoldAtLeast);
        // Recorded even at shutdown (hence no token): the lease must not stay taken for its full duration.
        await leases.ReleaseAsync(job.Name, record, CancellationToken.None);
        return outcome;
    }

    /// <summary>Renews the lease every third of its duration; if another instance has taken it, cancels the job.</summary>
    private async Task KeepLeaseAsync(string name, TimeSpan duration, JobLeases leases, CancellationTokenSource job, CancellationToken stop)
    {
        try
        {
            while (true)
            {
                await Task.Delay(duration / 3, clock, stop);
                bool kept;
                try
                {
                    kept = await leases.TryAcquireAsync(name, duration, stop);
                }
                catch (Exception ex) when (ex is not OperationCanceledException and not OutOfMemoryException)
                {
                    // A database blip: the lease still runs for two thirds of its time, so try again at the next turn.
                    logger.LogWarning(ex, "Job {Job}: renewing its lease failed; retrying", name);
                    continue;
                }
                if (!kept)
                {
                    logger.LogWarning("Job {Job} lost its lease to another instance; cancelling this run", name);
                    await job.CancelAsync();
                    return;
                }
            }
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            // The run ended; so does the renewal.
        }
    }
}
