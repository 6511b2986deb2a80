using System.Net.Http.Headers;
using System.Net.Http.Json;
using GuidanceDesk.Web.Data;
using GuidanceDesk.Web.Infrastructure.Audit;
using GuidanceDesk.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace GuidanceDesk.Tests.Support;

/// <summary>
/// The real app over the real HTTP pipeline on a real database: a fresh SQLite file, or a fresh PostgreSQL database
/// when <c>GUIDANCEDESK_TEST_POSTGRES</c> holds a connection string. Demo data (two units, a user per role) is seeded
/// by the app itself at start-up, exactly as on a first <c>dotnet run</c>.
/// </summary>
public abstract class AppFixture : IAsyncLifetime
{
    private readonly Dictionary<string, string> _tokens = [];
    private WebApplicationFactory<Program>? _factory;
    private string? _connection;

    protected abstract DatabaseProvider Provider { get; }

    /// <summary>Why this provider cannot run here (tests are then skipped with this reason), or null.</summary>
    public string? Unavailable { get; private set; }

    /// <summary>The app; a test that reaches for it where the database is unavailable is skipped with the reason.</summary>
    public WebApplicationFactory<Program> Factory
    {
        get
        {
            SkipIfUnavailable();
            return _factory ?? throw new InvalidOperationException(Unavailable);
        }
    }

    public IServiceProvider Services => Factory.Services;

    /// <summary>The local file store's folder of this fixture (uploads and filed forms).</summary>
    public string FilesRoot { get; } = Path.Combine(Path.GetTempPath(), "gd-files-" + Guid.NewGuid().ToString("N"));

    public async ValueTask InitializeAsync()
    {
        var connection = await PrepareDatabaseAsync();
        if (connection is null)
            return;
        _connection = connection;
        _factory = new WebApplicationFactory<Program>().WithWebHostBuilder(b =>
        {
            b.UseEnvironment("Testing");
            b.UseSetting("Database:Provider", Provider.ToString());
            b.UseSetting("Database:ConnectionString", connection);
            b.UseSetting("PersonalData:EncryptionKey", TestKeys.Encryption);
            b.UseSetting("PersonalData:LookupKey", TestKeys.Lookup);
            b.UseSetting("DemoData:Enabled", "true");
            // The scheduler stays off: tests run jobs themselves (ScheduledJobRunner, or the job directly).
            b.UseSetting("Jobs:Enabled", "false");
            b.UseSetting("PublicJobs:RefreshSeconds", "0");
            b.UseSetting("Files:Root", FilesRoot);
            // Small enough that the oversize test sends a few megabytes, not twenty.
            b.UseSetting("Files:MaxDocumentBytes", (4 * 1024 * 1024).ToString(System.Globalization.CultureInfo.InvariantCulture));
            b.UseSetting("Logging:LogLevel:Default", "Warning");
            b.UseSetting("Logging:LogLevel:Microsoft.EntityFrameworkCore", "Warning");
            ConfigureWebHost(b);
        });
        _factory.CreateClient().Dispose(); // start the host: migrations and demo data run now, once
    }

    protected virtual void ConfigureWebHost(IWebHostBuilder builder)
    {
    }

    /// <summary>Returns the connection string of an empty database, or null (and sets <see cref="Unavailable"/>).</summary>
    protected abstract Task<string?> PrepareDatabaseAsync();

    protected void MarkUnavailable(string reason) => Unavailable = reason;

    public void SkipIfUnavailable()
    {
        if (Unavailable is not null)
            Assert.Skip(Unavailable);
    }

    /// <summary>An HTTP client signed in (bearer token) as the given demo user.</summary>
    public async Task<HttpClient> ClientAsAsync(string userName, string password = "Demo2026pass")
    {
        SkipIfUnavailable();
        if (!_tokens.TryGetValue(userName, out var token))
        {
            using var anonymous = Factory.CreateClient();
            var response = await anonymous.PostAsJsonAsync("/api/v1/auth/token", new { userName, password });
            response.EnsureSuccessStatusCode();
            token = (await response.Content.ReadFromJsonAsync<TokenResponse>())!.AccessToken;
            lock (_tokens)
                _tokens[userName] = token;
        }
        var client = Factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    public HttpClient Anonymous()
    {
        SkipIfUnavailable();
        return Factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
    }

    /// <summary>Waits until the read-audit entries queued so far are written.</summary>
    public Task FlushAuditAsync() => Services.GetRequiredService<AuditBuffer>().FlushAsync(TestContext.Current.CancellationToken);

    /// <summary>
    /// A context of the test's own on the app's database, on a plain (unmultiplexed) connection: for assertions
    /// written with synchronous queries, which the app's multiplexed PostgreSQL connections refuse.
    /// </summary>
    public AppDbContext CreateContext()
    {
        SkipIfUnavailable();
        return TestContexts.Create(Provider, _connection!);
    }

    /// <summary>A look at the database, written with synchronous queries, on a context of the test's own.</summary>
    public async Task<T> QueryAsync<T>(Func<AppDbContext, T> query)
    {
        await using var db = CreateContext();
        return query(db);
    }

    /// <summary>A scope for looking at the database directly, as an assertion would.</summary>
    public AsyncServiceScope Scope() => Services.CreateAsyncScope();

    public virtual async ValueTask DisposeAsync()
    {
        if (_factory is not null)
            await _factory.DisposeAsync();
        if (Directory.Exists(FilesRoot))
            Directory.Delete(FilesRoot, recursive: true);
        GC.SuppressFinalize(this);
    }

    private sealed record TokenResponse(string AccessToken);
}

public static class TestKeys
{
    public const string Encryption = "CNj9bAHBGngs91noc249kJ/uGLzBMfXwDuhZNItyJD8=";
    public const string Lookup = "dvql65XMgRxhEP9vEpfKGLCBuZPY8u3kBDs3JzIEjhI=";
}

/// <summary>Keeps the real user id of a demo account handy for assertions.</summary>
public static class DemoUsers
{
    public static async Task<AppUser> FindAsync(AppFixture app, string userName)
    {
        await using var scope = app.Scope();
        var users = scope.ServiceProvider.GetRequiredService<Microsoft.AspNetCore.Identity.UserManager<AppUser>>();
        return (await users.FindByNameAsync(userName))!;
    }
}
