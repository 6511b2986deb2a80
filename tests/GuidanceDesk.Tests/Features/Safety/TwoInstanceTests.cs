using System.Data.Common;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using GuidanceDesk.Tests.Support;
using GuidanceDesk.Web.Data;
using GuidanceDesk.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace GuidanceDesk.Tests.Features.Safety;

/// <summary>
/// Two instances of the app on one PostgreSQL behave as one (issue 9, item 4): started at the same moment on an empty
/// database they migrate and seed it once; a token signed in on one is honoured by the other; a file uploaded through one
/// is served by the other (one shared file store); and the outbox, whose dispatcher runs every second on both, sends each
/// message exactly once. Each instance is the real app in a process of its own, on loopback.
/// </summary>
public sealed class TwoInstanceTests : IAsyncDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(90);
    private readonly string _work = Directory.CreateTempSubdirectory("gd-two-").FullName;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private string Pickup => Path.Combine(_work, "pickup");

    [Fact]
    public async Task Two_instances_started_at_once_migrate_and_seed_once_and_share_sign_in_files_and_jobs()
    {
        await using var db = await ScratchDatabase.CreateAsync(DatabaseProvider.Postgres, Ct);
        var starting = new[] { StartAsync(db, "two-a"), StartAsync(db, "two-b") };
        await Task.WhenAll(starting);
        await using var a = await starting[0];
        await using var b = await starting[1];

        // Once: every migration recorded once, and one demo agency — not two — with one of each account.
        await using (var context = db.CreateContext())
        {
            var migrations = context.Database.GetMigrations().ToList();
            Assert.Equal(migrations, await context.Database.GetAppliedMigrationsAsync(Ct));
            var units = await context.ServiceUnits.Select(u => u.Name).ToListAsync(Ct);
            Assert.NotEmpty(units);
            Assert.Equal(units.Count, units.Distinct(StringComparer.Ordinal).Count());
            var staff = await context.StaffMembers.Select(s => s.Name).ToListAsync(Ct);
            Assert.Equal(staff.Count, staff.Distinct(StringComparer.Ordinal).Count());
            Assert.Equal(1, await context.Users.CountAsync(u => u.UserName == "counselor", Ct));
        }

        // Sign-in on one instance, served by the other: the data-protection keys live in the shared database.
        using var counselorOnA = await a.ClientAsAsync("counselor", Ct);
        using var counselorOnB = On(b, counselorOnA);
        using (var workers = await counselorOnB.GetAsync(new Uri("/api/v1/workers?pageSize=1", UriKind.Relative), Ct))
            Assert.Equal(HttpStatusCode.OK, workers.StatusCode);

        // A file uploaded through one instance is read through the other.
        using var managerOnA = await a.ClientAsAsync("manager", Ct);
        using var managerOnB = On(b, managerOnA);
        var pdf = Archive.ArchiveKit.Pdf("two instances, one file store");
        var documentId = await FirstPolicyDocumentAsync(managerOnA);
        using var body = new ByteArrayContent(pdf);
        body.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        using var upload = await managerOnA.PostAsync(new Uri($"/api/v1/policy-documents/{documentId}/attachments?fileName=two.pdf", UriKind.Relative), body, Ct);
        Assert.True(upload.StatusCode == HttpStatusCode.Created, await upload.Content.ReadAsStringAsync(Ct));
        using var download = await managerOnB.GetAsync(upload.Headers.Location, Ct);
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal(pdf, await download.Content.ReadAsByteArrayAsync(Ct));

        // Jobs once: a risk alert's SMS, with both dispatchers polling every second, each sent once and written once.
        var alertId = await ProcessKit.RaiseAlertAsync(counselorOnA, Ct);
        var sent = new List<(long Id, int Attempts, bool Sent)>();
        var deadline = DateTime.UtcNow + Patience;
        while (true)
        {
            sent = await SmsOfAsync(db, alertId);
            if (sent.Count > 0 && sent.All(m => m.Sent))
                break;
            Assert.False(a.HasExited || b.HasExited, "an instance exited");
            Assert.True(DateTime.UtcNow < deadline, $"SMS of alert {alertId} still unsent after {Patience.TotalSeconds} s");
            await Task.Delay(250, Ct);
        }
        // A few more seconds of both dispatchers: nothing may go twice.
        await Task.Delay(TimeSpan.FromSeconds(3), Ct);
        Assert.All(await SmsOfAsync(db, alertId), m => Assert.Equal(1, m.Attempts));
        var files = Directory.GetFiles(Pickup, "*.json").Select(Path.GetFileName).ToList();
        foreach (var (id, _, _) in sent)
            Assert.Single(files, f => f == id.ToString("D9", CultureInfo.InvariantCulture) + ".json");
    }

    public async ValueTask DisposeAsync()
    {
        var log = Path.Combine(_work, "app.log");
        if (File.Exists(log) && TestContext.Current.TestState?.Result is not TestResult.Passed)
            TestContext.Current.TestOutputHelper?.WriteLine(await File.ReadAllTextAsync(log));
        Directory.Delete(_work, recursive: true);
        GC.SuppressFinalize(this);
    }

    private Task<AppProcess> StartAsync(ScratchDatabase db, string instanceId) =>
        AppProcess.StartAsync(db, new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["Jobs:InstanceId"] = instanceId,
            ["Files:Root"] = Path.Combine(_work, "files"),
            ["Notifications:DispatchInterval"] = "00:00:01",
            ["Notifications:PickupDirectory"] = Pickup,
            ["RiskAlerts:ScanSeconds"] = "300",
        }, Path.Combine(_work, "app.log"), Ct);

    /// <summary>A client of the other instance carrying the same bearer token.</summary>
    private static HttpClient On(AppProcess other, HttpClient signedIn)
    {
        var client = new HttpClient { BaseAddress = other.BaseUrl };
        client.DefaultRequestHeaders.Authorization = signedIn.DefaultRequestHeaders.Authorization;
        return client;
    }

    private static async Task<long> FirstPolicyDocumentAsync(HttpClient manager)
    {
        var list = await manager.GetFromJsonAsync<JsonElement>("/api/v1/policy-documents?pageSize=1", Ct);
        return list.GetProperty("items")[0].GetProperty("id").GetInt64();
    }

    private static async Task<List<(long Id, int Attempts, bool Sent)>> SmsOfAsync(ScratchDatabase db, long alertId)
    {
        await using var conn = await db.OpenAsync(Ct);
        await using var cmd = conn.CreateCommand();
        cmd.CommandText = """
            SELECT "Id", "Attempts", "SentAt" IS NOT NULL FROM "OutboxMessages"
            WHERE "Channel" = @channel AND "DedupKey" LIKE @key ORDER BY "Id"
            """;
        ProcessKit.AddParameter(cmd, "channel", (int)NotificationChannel.Sms);
        ProcessKit.AddParameter(cmd, "key", $"risk:{alertId.ToString(CultureInfo.InvariantCulture)}:0:%");
        var rows = new List<(long, int, bool)>();
        await using var reader = await cmd.ExecuteReaderAsync(Ct);
        while (await reader.ReadAsync(Ct))
            rows.Add((reader.GetInt64(0), reader.GetInt32(1), reader.GetBoolean(2)));
        return rows;
    }
}
