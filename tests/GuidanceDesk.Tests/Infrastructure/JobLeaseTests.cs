using GuidanceDesk.Tests.Support;
using GuidanceDesk.Web.Data;
using GuidanceDesk.Web.Infrastructure;
using GuidanceDesk.Web.Infrastructure.Jobs;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Quartz;

namespace GuidanceDesk.Tests.Infrastructure;

/// <summary>Database leases: of several app instances on one database, one runs each job at a time.</summary>
public abstract class JobLeaseTests(AppFixture app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;
    private readonly FakeTimeProvider _clock = new(TimeProvider.System.GetUtcNow());

    [Fact]
    public async Task Only_one_of_two_instances_holds_a_lease_until_it_expires()
    {
        var name = "test.lease." + Guid.NewGuid().ToString("N")[..8];
        await using var scopeA = app.Scope();
        await using var scopeB = app.Scope();
        var a = Leases(scopeA, "instance-a");
        var b = Leases(scopeB, "instance-b");

        Assert.True(await a.TryAcquireAsync(name, TimeSpan.FromMinutes(1), Ct));
        Assert.False(await b.TryAcquireAsync(name, TimeSpan.FromMinutes(1), Ct));
        Assert.True(await a.TryAcquireAsync(name, TimeSpan.FromMinutes(1), Ct)); // the holder renews

        _clock.Advance(TimeSpan.FromMinutes(2)); // a died and its lease ran out
        Assert.True(await b.TryAcquireAsync(name, TimeSpan.FromMinutes(1), Ct));
        Assert.False(await a.TryAcquireAsync(name, TimeSpan.FromMinutes(1), Ct));
        Assert.False(await a.ReleaseAsync(name, Ct)); // not a's to release any more

        Assert.True(await b.ReleaseAsync(name, Ct));
        Assert.True(await a.TryAcquireAsync(name, TimeSpan.FromMinutes(1), Ct));
    }

    [Fact]
    public async Task Two_instances_taking_a_new_lease_at_the_same_moment_get_it_once()
    {
        for (var round = 0; round < 5; round++)
        {
            var name = "test.race." + Guid.NewGuid().ToString("N")[..8];
            var results = await Task.WhenAll(Enumerable.Range(0, 2).Select(i => Task.Run(async () =>
            {
                await using var scope = app.Scope();
                return await Leases(scope, "racer-" + i).TryAcquireAsync(name, TimeSpan.FromMinutes(1), Ct);
            }, Ct)));
            Assert.Single(results, taken => taken);
        }
    }

    [Fact]
    public async Task The_runner_runs_a_job_inside_its_lease_and_records_the_outcome()
    {
        var state = new ProbeState { Release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously) };
        await using var host = app.Host(s => s.AddSingleton(state).AddScheduledJob<ProbeJob>(JobSchedule.Every(TimeSpan.FromHours(1))));
        var runner = host.Services.GetRequiredService<ScheduledJobRunner>();
        await ReleaseLeftoverLeaseAsync(host.Services, "test.probe");

        var first = runner.RunAsync<ProbeJob>(Ct);
        await state.Started.Task.WaitAsync(Ct);
        // While it runs: the same process skips a second run, and another instance cannot take the lease.
        Assert.Equal(JobRunOutcome.Skipped, await runner.RunAsync<ProbeJob>(Ct));
        await using (var scope = app.Scope())
            Assert.False(await Leases(scope, "other-instance", TimeProvider.System).TryAcquireAsync("test.probe", TimeSpan.FromMinutes(1), Ct));
        state.Release.SetResult();
        Assert.Equal(JobRunOutcome.Completed, await first);
        Assert.Equal(1, state.Runs);

        var lease = await FindLeaseAsync("test.probe");
        Assert.StartsWith("ok in ", lease.LastResult, StringComparison.Ordinal);
        Assert.NotNull(lease.LastRunAt);

        state.FailWith = "scan broke";
        Assert.Equal(JobRunOutcome.Failed, await runner.RunAsync<ProbeJob>(Ct));
        lease = await FindLeaseAsync("test.probe");
        Assert.StartsWith("failed: InvalidOperationException: scan broke", lease.LastResult, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_scheduler_fires_registered_jobs_and_keeps_cron_in_the_agency_time_zone()
    {
        var state = new ProbeState();
        await using var host = app.Host(s => s.AddSingleton(state)
            .AddScheduledJob<ProbeJob>(JobSchedule.Every(TimeSpan.FromMilliseconds(200)))
            .AddScheduledJob<NightlyProbeJob>(JobSchedule.AtCron(NightlyProbeJob.Cron)), scheduler: true);
        await ReleaseLeftoverLeaseAsync(host.Services, "test.probe");

        // Waits for the first firing; a generous bound only so that a broken scheduler fails instead of hanging.
        await state.Started.Task.WaitAsync(TimeSpan.FromMinutes(2), Ct);

        var scheduler = await host.Services.GetRequiredService<ISchedulerFactory>().GetScheduler(Ct);
        var nightly = Assert.IsAssignableFrom<ICronTrigger>(await scheduler.GetTrigger(new TriggerKey(typeof(NightlyProbeJob).FullName!), Ct));
        Assert.Equal(NightlyProbeJob.Cron, nightly.CronExpressionString);
        Assert.Equal(AgencyClock.Zone.Id, nightly.TimeZone.Id);
        Assert.NotNull(await scheduler.GetTrigger(new TriggerKey(typeof(GuidanceDesk.Web.Infrastructure.Notifications.OutboxDispatcher).FullName!), Ct));
    }

    private JobLeases Leases(AsyncServiceScope scope, string instance, TimeProvider? clock = null) =>
        ActivatorUtilities.CreateInstance<JobLeases>(scope.ServiceProvider, new AppInstance(instance), clock ?? _clock);

    private async Task<Web.Domain.JobLease> FindLeaseAsync(string name)
    {
        await using var scope = app.Scope();
        return await scope.ServiceProvider.GetRequiredService<AppDbContext>().JobLeases.AsNoTracking().SingleAsync(l => l.Name == name, Ct);
    }

    /// <summary>The probe's lease is shared by the tests of this class; an earlier test's hold must not skip this one's run.</summary>
    private static async Task ReleaseLeftoverLeaseAsync(IServiceProvider services, string name)
    {
        await using var scope = services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<AppDbContext>().JobLeases.Where(l => l.Name == name).ExecuteDeleteAsync(Ct);
    }
}

[Collection(OnSqlite.Name)]
public sealed class JobLeaseSqliteTests(SqliteApp app) : JobLeaseTests(app);

[Collection(OnPostgres.Name)]
public sealed class JobLeasePostgresTests(PostgresApp app) : JobLeaseTests(app);
