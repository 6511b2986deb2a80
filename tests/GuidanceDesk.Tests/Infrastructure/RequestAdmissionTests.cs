using System.Net;
using System.Net.Http.Json;
using GuidanceDesk.Tests.Support;
using GuidanceDesk.Web.Infrastructure.Http;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using System.Threading.RateLimiting;

namespace GuidanceDesk.Tests.Infrastructure;

/// <summary>
/// Request admission: beyond <c>Requests:MaxConcurrent</c> a request waits its turn and is then
/// served; when the queue is full too, it is told at once that the service is busy (503, in Chinese, with Retry-After),
/// and health checks and uploads still get through. The test takes the one turn from the limiter itself, as a request in
/// flight holds it, and reads the limiter's own counters to know when a request is waiting.
/// </summary>
public abstract class RequestAdmissionTests(AppFixture app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_request_beyond_the_limit_waits_its_turn_and_is_then_served()
    {
        using var host = Host(maxConcurrent: 1, queueLimit: 10);
        using var client = host.CreateClient();
        var held = Hold(host);

        var waiting = client.GetAsync("/api/v1/public/vacancies", Ct);
        await UntilAsync(host, s => s.CurrentQueuedCount == 1);
        Assert.False(waiting.IsCompleted);

        held.Dispose(); // the request in flight is done
        using var second = await waiting;
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
    }

    [Fact]
    public async Task When_the_queue_is_full_a_request_is_told_the_service_is_busy_and_health_still_answers()
    {
        using var host = Host(maxConcurrent: 1, queueLimit: 0);
        using var client = host.CreateClient();
        var held = Hold(host);

        using var busy = await client.GetAsync("/api/v1/public/vacancies", Ct);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, busy.StatusCode);
        Assert.Equal("1", busy.Headers.GetValues("Retry-After").Single());
        var problem = await busy.Content.ReadFromJsonAsync<ProblemBody>(Ct);
        Assert.Equal(RequestAdmission.BusyTitle, problem!.Title);

        using var page = await client.GetAsync("/Public/Service", Ct);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, page.StatusCode);
        Assert.Contains("系统繁忙", await page.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);

        using var live = await client.GetAsync("/health/live", Ct);
        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
        using var pdf = new ByteArrayContent("%PDF-1.4"u8.ToArray()) { Headers = { ContentType = new("application/pdf") } };
        using var upload = await client.PostAsync("/api/v1/archive/1/versions?fileName=a.pdf", pdf, Ct);
        Assert.Equal(HttpStatusCode.Unauthorized, upload.StatusCode); // not held to a turn: refused on its merits (not signed in)
        using var form = new MultipartFormDataContent { { new ByteArrayContent("%PDF-1.4"u8.ToArray()), "file", "a.pdf" } };
        using var pages = host.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        using var posted = await pages.PostAsync("/Archive/Case/1?handler=Upload", form, Ct);
        Assert.NotEqual(HttpStatusCode.ServiceUnavailable, posted.StatusCode);

        held.Dispose();
        using var again = await client.GetAsync("/api/v1/public/vacancies", Ct);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
    }

    [Fact]
    public void The_limit_defaults_to_the_connection_pool_and_zero_turns_admission_off()
    {
        Assert.Equal(20, Limiter(new RequestAdmissionOptions(), "Sqlite")!.GetStatistics()!.CurrentAvailablePermits);
        Assert.Equal(8, Limiter(new RequestAdmissionOptions(), "Postgres", "Host=db;Database=gd;Maximum Pool Size=8")!.GetStatistics()!.CurrentAvailablePermits);
        Assert.Equal(3, Limiter(new RequestAdmissionOptions { MaxConcurrent = 3 }, "Postgres", "Host=db;Database=gd")!.GetStatistics()!.CurrentAvailablePermits);
        Assert.Null(Limiter(new RequestAdmissionOptions { MaxConcurrent = 0 }, "Sqlite"));
    }

    private static ConcurrencyLimiter? Limiter(RequestAdmissionOptions options, string provider, string? connection = null) =>
        new RequestAdmission(Microsoft.Extensions.Options.Options.Create(options), new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Database:Provider"] = provider, ["Database:ConnectionString"] = connection })
            .Build()).Limiter;

    private WebApplicationFactory<Program> Host(int maxConcurrent, int queueLimit) => app.Host(_ => { }, settings: new Dictionary<string, string>
    {
        ["Requests:MaxConcurrent"] = maxConcurrent.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Requests:QueueLimit"] = queueLimit.ToString(System.Globalization.CultureInfo.InvariantCulture),
    });

    /// <summary>Takes the one turn as a request in flight holds it, until the lease is disposed.</summary>
    private static RateLimitLease Hold(WebApplicationFactory<Program> host)
    {
        var lease = Limiter(host).AttemptAcquire();
        Assert.True(lease.IsAcquired);
        return lease;
    }

    private static ConcurrencyLimiter Limiter(WebApplicationFactory<Program> host) => host.Services.GetRequiredService<RequestAdmission>().Limiter!;

    /// <summary>Waits (up to 30 s) until the limiter's own counters show the state a step depends on.</summary>
    private static async Task UntilAsync(WebApplicationFactory<Program> host, Func<RateLimiterStatistics, bool> state)
    {
        var limiter = Limiter(host);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(Ct);
        timeout.CancelAfter(TimeSpan.FromSeconds(30));
        while (limiter.GetStatistics() is not { } now || !state(now))
            await Task.Delay(10, timeout.Token);
    }

    private sealed record ProblemBody(string? Title, int? Status);
}

[Collection(OnSqlite.Name)]
public sealed class RequestAdmissionSqliteTests(SqliteApp app) : RequestAdmissionTests(app);

[Collection(OnPostgres.Name)]
public sealed class RequestAdmissionPostgresTests(PostgresApp app) : RequestAdmissionTests(app);
