using System.Collections.Concurrent;
using GuidanceDesk.Web.Infrastructure.Jobs;
using GuidanceDesk.Web.Infrastructure.Notifications;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace GuidanceDesk.Tests.Support;

/// <summary>An <see cref="INotificationSender"/> that remembers what it was given, and fails when told to.</summary>
public sealed class RecordingSender : INotificationSender
{
    private int _calls;

    public ConcurrentQueue<OutgoingNotification> Sent { get; } = new();

    /// <summary>Return true for a send that should fail as a gateway error.</summary>
    public Func<OutgoingNotification, bool> FailWhen { get; set; } = _ => false;

    public int Calls => _calls;

    public async Task SendAsync(OutgoingNotification notification, CancellationToken cancellationToken)
    {
        // Yield so that two dispatchers running side by side really interleave.
        await Task.Yield();
        Interlocked.Increment(ref _calls);
        if (FailWhen(notification))
            throw new HttpRequestException("gateway down (test)");
        Sent.Enqueue(notification);
    }

    public IReadOnlyList<OutgoingNotification> With(string keyPrefix) =>
        Sent.Where(n => n.DedupKey.StartsWith(keyPrefix, StringComparison.Ordinal)).ToList();
}

/// <summary>What <see cref="ProbeJob"/> reports to its test: each run, and a gate the test may hold it at.</summary>
public sealed class ProbeState
{
    public TaskCompletionSource Started { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    public TaskCompletionSource Release { get; set; } = CompletedSource();
    public string? FailWith { get; set; }
    private int _runs;

    public int Runs => _runs;

    public void CountRun() => Interlocked.Increment(ref _runs);

    private static TaskCompletionSource CompletedSource()
    {
        var source = new TaskCompletionSource();
        source.SetResult();
        return source;
    }
}

/// <summary>A scheduled job for the tests of the job infrastructure itself.</summary>
public sealed class ProbeJob(ProbeState state) : IScheduledJob
{
    public string Name => "test.probe";

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        state.CountRun();
        state.Started.TrySetResult();
        await state.Release.Task.WaitAsync(cancellationToken);
        if (state.FailWith is { } message)
            throw new InvalidOperationException(message);
    }
}

/// <summary>A cron job that never fires during a test (its trigger is inspected, not waited for).</summary>
public sealed class NightlyProbeJob : IScheduledJob
{
    public const string Cron = "0 30 1 * * ?";

    public string Name => "test.nightly";

    public Task RunAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}

public static class JobsKit
{
    /// <summary>
    /// Another app host on the fixture's database, as a second instance or a restarted one would be; its services can
    /// be swapped (a recording sender, a probe job) and settings given. Dispose it to stop it.
    /// </summary>
    public static WebApplicationFactory<Program> Host(this AppFixture app, Action<IServiceCollection> services, bool scheduler = false,
        IReadOnlyDictionary<string, string>? settings = null)
    {
        app.SkipIfUnavailable();
        var host = app.Factory.WithWebHostBuilder(b =>
        {
            b.UseSetting("Jobs:Enabled", scheduler ? "true" : "false");
            foreach (var (key, value) in settings ?? new Dictionary<string, string>())
                b.UseSetting(key, value);
            b.ConfigureTestServices(services);
        });
        host.CreateClient().Dispose(); // start it now
        return host;
    }
}
