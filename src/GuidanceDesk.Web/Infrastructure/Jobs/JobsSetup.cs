using Microsoft.Extensions.DependencyInjection.Extensions;
using Quartz;

namespace GuidanceDesk.Web.Infrastructure.Jobs;

/// <summary>
/// Background jobs: Quartz fires them from triggers kept in memory (each instance has the same triggers, from code),
/// and a database lease per job lets exactly one instance run each firing (see <see cref="JobLeases"/>).
/// </summary>
public static class JobsSetup
{
    public static IServiceCollection AddJobs(this IServiceCollection services, IConfiguration configuration)
    {
        var section = configuration.GetSection(JobsOptions.SectionName);
        services.Configure<JobsOptions>(section);
        var options = section.Get<JobsOptions>() ?? new JobsOptions();
        services.TryAddSingleton(string.IsNullOrWhiteSpace(options.InstanceId)
            ? AppInstance.FromEnvironment()
            : new AppInstance(options.InstanceId));
        services.TryAddScoped<JobLeases>();
        services.TryAddSingleton<ScheduledJobRunner>();
        // In-memory store: the triggers come from code on every start, and what must survive a restart (leases, the
        // outbox) is in the app's own database. No Quartz tables, no Quartz clustering.
        services.AddQuartz(q =>
        {
            // Quartz.NET's in-memory store counts a firing late by 5 s as missed, and an interval job then waits a
            // whole interval: on a busy start (7 s between creating and starting the scheduler was seen) the outbox
            // and the risk-alert escalation would not run until 30–60 s after start-up. A minute's tolerance runs them now.
            q.UseInMemoryStore(s => s.MisfireThreshold = TimeSpan.FromMinutes(1));
        });
        if (options.Enabled)
            services.AddQuartzHostedService(o => o.WaitForJobsToComplete = true);
        return services;
    }

    /// <summary>
    /// Registers <typeparamref name="TJob"/> (scoped) and its trigger. Call it beside <see cref="AddJobs"/>, e.g. from
    /// an area's setup: <c>services.AddScheduledJob&lt;FollowUpReminderScan&gt;(JobSchedule.AtCron("0 30 1 * * ?"))</c>.
    /// </summary>
    public static IServiceCollection AddScheduledJob<TJob>(this IServiceCollection services, JobSchedule schedule)
        where TJob : class, IScheduledJob
    {
        services.TryAddScoped<TJob>();
        services.AddSingleton(new ScheduledJobRegistration(typeof(TJob), schedule));
        var key = new JobKey(typeof(TJob).FullName!);
        services.AddQuartz(q =>
        {
            q.AddJob<LeasedQuartzJob<TJob>>(j => j.WithIdentity(key));
            q.AddTrigger(t =>
            {
                t.ForJob(key).WithIdentity(key.Name);
                if (schedule.Cron is { } cron)
                {
                    // A firing missed while no instance was up is not caught up here: a scan is written to cover
                    // everything still open, so the next night's run does the work.
                    t.WithCronSchedule(cron, c => c.InTimeZone(AgencyClock.Zone).WithMisfireInstruction(CronTriggerMisfireInstruction.DoNothing));
                }
                else
                {
                    t.WithSimpleSchedule(s => s.WithInterval(schedule.Interval!.Value).RepeatForever()
                        .WithMisfireInstruction(SimpleTriggerMisfireInstruction.NextWithRemainingCount));
                }
            });
        });
        return services;
    }
}
