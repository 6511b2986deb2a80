using System.Data.Common;
using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using GuidanceDesk.Tests.Support;
using GuidanceDesk.Web.Data;
using GuidanceDesk.Web.Domain;
using GuidanceDesk.Web.Infrastructure.Jobs;
using GuidanceDesk.Web.Infrastructure.Notifications;

namespace GuidanceDesk.Tests.Features.Safety;

/// <summary>
/// An alert is never lost (8.2.1, issue 6): the app is killed after a risk alert and its notices are committed and before
/// any SMS has gone out; started again, it sends each SMS exactly once, and neither later runs nor another restart send
/// one again. The real app runs as a child process, its SMS going to a pickup folder, one file per message.
/// </summary>
public abstract class OutboxCrashTests : IAsyncDisposable
{
    /// <summary>The restarted app keeps one configured name, so that it takes back its own dispatcher lease at once.</summary>
    private const string RestartedInstance = "outbox-crash-test";
    private static readonly AppInstance LeaseHolder = new("outbox-crash-test:holder");
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);
    private readonly string _work = Directory.CreateTempSubdirectory("gd-crash-").FullName;

    protected abstract DatabaseProvider Provider { get; }

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private string Pickup => Path.Combine(_work, "pickup");

    [Fact, Trait("Clause", "8.2.1")]
    public async Task A_risk_alert_committed_before_a_crash_is_texted_exactly_once_after_the_restart()
    {
        await using var db = await ScratchDatabase.CreateAsync(Provider, Ct);

        long alertId;
        await using (var app = await StartAsync(db, dispatchEvery: "01:00:00", instanceId: null))
        {
            // Nothing may send between the alert's commit and the kill. The hour-long interval leaves only the start-up
            // firing, which Quartz may run late or skip (a misfire); so the test also holds the dispatcher's lease, as
            // another instance would. It gets it only between runs, so no run is under way from here on.
            await HoldDispatcherAsync(db, app);
            using var counselor = await app.ClientAsAsync("counselor", Ct);
            alertId = await ProcessKit.RaiseAlertAsync(counselor, Ct);

            var queued = await SmsOfAsync(db, alertId);
            Assert.NotEmpty(queued);
            Assert.All(queued, m => Assert.True(m.SentAt is null && m.Attempts == 0, $"SMS {m.Id} ({m.DedupKey}) still waits"));
            Assert.Empty(Directory.EnumerateFileSystemEntries(Pickup));

            await app.KillAsync(); // the crash: the alert is committed, its SMS are not sent
        }
        await ReleaseDispatcherAsync(db);
        Assert.All(await SmsOfAsync(db, alertId), m => Assert.Null(m.SentAt));

        IReadOnlyList<Message> sent = [];
        IReadOnlyDictionary<string, string> files;
        await using (var app = await StartAsync(db, dispatchEvery: "00:00:01", RestartedInstance))
        {
            await WaitUntilAsync(app, "every SMS of the alert sent", async () =>
            {
                sent = await SmsOfAsync(db, alertId);
                var failed = sent.FirstOrDefault(m => m.FailedAt is not null);
                Assert.True(failed is null, $"SMS {failed?.Id} was given up: {failed?.LastError}");
                return sent.All(m => m.SentAt is not null);
            });
            files = AssertOneFileEach(alertId, sent);

            // Several more runs of the dispatcher: a message sent but not recorded as sent would go again.
            for (var run = 0; run < 3; run++)
                await NextDispatchAsync(app, db, await LastDispatchAsync(db));
            await AssertUnchangedAsync(db, alertId, sent, files);
            await app.KillAsync();
        }

        // And a third start, whose dispatcher finds nothing left to send.
        var before = await LastDispatchAsync(db);
        await using (var app = await StartAsync(db, dispatchEvery: "00:00:01", RestartedInstance))
        {
            await NextDispatchAsync(app, db, before);
            await AssertUnchangedAsync(db, alertId, sent, files);
        }
    }

    public async ValueTask DisposeAsync()
    {
        // The apps' log (with each job run) goes with a failure, to read what the processes did.
        var log = Path.Combine(_work, "app.log");
        if (File.Exists(log) && TestContext.Current.TestState?.Result is not TestResult.Passed)
            TestContext.Current.TestOutputHelper?.WriteLine(await File.ReadAllTextAsync(log));
        Directory.Delete(_work, recursive: true);
        GC.SuppressFinalize(this);
    }

    private Task<AppProcess> StartAsync(ScratchDatabase db, string dispatchEvery, string? instanceId)
    {
        var settings = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["Notifications:DispatchInterval"] = dispatchEvery,
            ["Notifications:PickupDirectory"] = Pickup,
            // The escalation scan fires at start-up too and then only every five minutes: it adds no messages here.
            ["RiskAlerts:ScanSeconds"] = "300",
            // Each job run in the log (routine runs are Debug), for a failure to be read from the test output.
            ["Logging:LogLevel:GuidanceDesk.Web.Infrastructure.Jobs"] = "Debug",
        };
        if (instanceId is not null)
            settings["Jobs:InstanceId"] = instanceId;
        return AppProcess.StartAsync(db, settings, Path.Combine(_work, "app.log"), Ct);
    }

    /// <summary>One file per SMS of the alert, named after the message and holding its dedup key; none besides.</summary>
    private Dictionary<string, string> AssertOneFileEach(long alertId, IReadOnlyList<Message> sent)
    {
        var ofAlert = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var path in Directory.GetFiles(Pickup, "*.json"))
        {
            var text = File.ReadAllText(path);
            using var json = JsonDocument.Parse(text);
            if (json.RootElement.GetProperty("dedupKey").GetString()!.StartsWith(AlertKey(alertId), StringComparison.Ordinal))
                ofAlert[Path.GetFileName(path)] = text;
        }
        Assert.Equal(sent.Count, ofAlert.Count);
        foreach (var message in sent)
        {
            var name = message.Id.ToString("D9", CultureInfo.InvariantCulture) + ".json";
            Assert.True(ofAlert.TryGetValue(name, out var text), $"no file {name} for SMS {message.Id}");
            using var json = JsonDocument.Parse(text);
            var root = json.RootElement;
            Assert.Equal(message.Id, root.GetProperty("messageId").GetInt64());
            Assert.Equal(message.DedupKey, root.GetProperty("dedupKey").GetString());
            Assert.Equal(nameof(NotificationChannel.Sms), root.GetProperty("channel").GetString());
            Assert.False(string.IsNullOrWhiteSpace(root.GetProperty("address").GetString()));
            Assert.Equal(1, message.Attempts);
        }
        return ofAlert;
    }

    /// <summary>Nothing sent again: the same rows, sent at the same moment after one attempt, and the same files, byte for byte.</summary>
    private async Task AssertUnchangedAsync(ScratchDatabase db, long alertId, IReadOnlyList<Message> sent, IReadOnlyDictionary<string, string> files)
    {
        Assert.Equal(sent, await SmsOfAsync(db, alertId));
        var now = AssertOneFileEach(alertId, sent);
        Assert.Equal(files.OrderBy(f => f.Key, StringComparer.Ordinal), now.OrderBy(f => f.Key, StringComparer.Ordinal));
    }

    private static string AlertKey(long alertId) => $"risk:{alertId.ToString(CultureInfo.InvariantCulture)}:0:";

    /// <summary>The SMS that raising the alert enqueued (level 0; an escalation would add level 1 and up).</summary>
    private static async Task<List<Message>> SmsOfAsync(ScratchDatabase db, long alertId)
    {
        await using var conn = await db.OpenAsync(Ct);
        await using var cmd = conn.CreateCommand();
        cmd.CommandText = """
            SELECT "Id", "DedupKey", "Attempts", CAST("SentAt" AS TEXT), CAST("FailedAt" AS TEXT), "LastError"
            FROM "OutboxMessages" WHERE "Channel" = @channel AND "DedupKey" LIKE @key ORDER BY "Id"
            """;
        ProcessKit.AddParameter(cmd, "channel", (int)NotificationChannel.Sms);
        ProcessKit.AddParameter(cmd, "key", AlertKey(alertId) + "%");
        var rows = new List<Message>();
        await using var reader = await cmd.ExecuteReaderAsync(Ct);
        while (await reader.ReadAsync(Ct))
        {
            rows.Add(new Message(reader.GetInt64(0), reader.GetString(1), reader.GetInt32(2),
                reader.IsDBNull(3) ? null : reader.GetString(3), reader.IsDBNull(4) ? null : reader.GetString(4),
                reader.IsDBNull(5) ? null : reader.GetString(5)));
        }
        return rows;
    }

    /// <summary>When the dispatcher's last finished run started (recorded on its lease), or null before its first.</summary>
    private static async Task<string?> LastDispatchAsync(ScratchDatabase db)
    {
        await using var conn = await db.OpenAsync(Ct);
        await using var cmd = conn.CreateCommand();
        cmd.CommandText = """SELECT CAST("LastRunAt" AS TEXT) FROM "JobLeases" WHERE "Name" = @name""";
        ProcessKit.AddParameter(cmd, "name", OutboxDispatcher.JobName);
        return await cmd.ExecuteScalarAsync(Ct) as string;
    }

    /// <summary>Takes the dispatcher's lease for the test, waiting out a run that holds it.</summary>
    private static Task HoldDispatcherAsync(ScratchDatabase db, AppProcess app) =>
        WaitUntilAsync(app, "the dispatcher's lease", async () =>
        {
            await using var context = db.CreateContext();
            return await new JobLeases(context, LeaseHolder, TimeProvider.System)
                .TryAcquireAsync(OutboxDispatcher.JobName, TimeSpan.FromHours(1), Ct);
        });

    private static async Task ReleaseDispatcherAsync(ScratchDatabase db)
    {
        await using var context = db.CreateContext();
        Assert.True(await new JobLeases(context, LeaseHolder, TimeProvider.System).ReleaseAsync(OutboxDispatcher.JobName, Ct));
    }

    private static Task NextDispatchAsync(AppProcess app, ScratchDatabase db, string? after) =>
        WaitUntilAsync(app, "another run of the dispatcher", async () => await LastDispatchAsync(db) is { } last && last != after);

    /// <summary>Polls until <paramref name="done"/>; the limit only guards against a hang and is not what is tested.</summary>
    private static async Task WaitUntilAsync(AppProcess app, string what, Func<Task<bool>> done)
    {
        var deadline = DateTime.UtcNow + Patience;
        while (!await done())
        {
            if (app.HasExited)
                Assert.Fail($"The app exited while waiting for {what}.");
            if (DateTime.UtcNow > deadline)
                Assert.Fail($"Still waiting for {what} after {Patience.TotalSeconds} s.");
            await Task.Delay(200, Ct);
        }
    }

    private sealed record Message(long Id, string DedupKey, int Attempts, string? SentAt, string? FailedAt, string? LastError);
}

public sealed class OutboxCrashSqliteTests : OutboxCrashTests
{
    protected override DatabaseProvider Provider => DatabaseProvider.Sqlite;
}

public sealed class OutboxCrashPostgresTests : OutboxCrashTests
{
    protected override DatabaseProvider Provider => DatabaseProvider.Postgres;
}
