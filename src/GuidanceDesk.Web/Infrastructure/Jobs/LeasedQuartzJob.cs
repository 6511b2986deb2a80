using Quartz;

namespace GuidanceDesk.Web.Infrastructure.Jobs;

/// <summary>
/// What Quartz fires: hands the firing to <see cref="ScheduledJobRunner"/>, which takes the lease and runs
/// <typeparamref name="TJob"/>. The job's own failures are logged and recorded there; only a failure to reach the lease
/// (database down) comes back to Quartz, which logs it and fires again at the next time.
/// </summary>
[DisallowConcurrentExecution]
public sealed class LeasedQuartzJob<TJob>(ScheduledJobRunner runner) : IJob where TJob : class, IScheduledJob
{
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken) =>
        await runner.RunAsync<TJob>(cancellationToken);
}
