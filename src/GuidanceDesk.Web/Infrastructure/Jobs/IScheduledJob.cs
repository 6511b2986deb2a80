namespace GuidanceDesk.Web.Infrastructure.Jobs;

/// <summary>
/// A background job: a nightly scan, the outbox dispatcher. Register it with
/// <see cref="JobsSetup.AddScheduledJob{TJob}"/>; <see cref="ScheduledJobRunner"/> runs it in a DI scope of its own,
/// inside a database lease named <see cref="Name"/>, so that of several app instances on one database only one runs it
/// at a time. A run should be safe to repeat (a crash can cut one short, and the next run starts over), so a scan
/// enqueues reminders with a dedup key rather than remembering what it did.
/// </summary>
public interface IScheduledJob
{
    /// <summary>The lease's name; keep it stable across releases ("followups.reminders", "outbox.dispatch").</summary>
    string Name { get; }

    /// <summary>One run. The token is cancelled at shutdown and when the lease is lost to another instance.</summary>
    Task RunAsync(CancellationToken cancellationToken);
}
