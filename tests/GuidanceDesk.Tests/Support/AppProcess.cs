using System.Data.Common;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Reflection;
using GuidanceDesk.Web.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace GuidanceDesk.Tests.Support;

/// <summary>
/// The real app as it ships, in a child process of its own (as the browser tests' AppServer starts it: dotnet and the
/// built GuidanceDesk.Web.dll), on a database the test owns, so that a test can kill it without warning and start it again
/// on the same database. Its output goes to a log file, which failures quote.
/// </summary>
public sealed class AppProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StreamWriter _log;
    private bool _logClosed;

    private AppProcess(Process process, StreamWriter log, Uri baseUrl, string logPath)
    {
        _process = process;
        _log = log;
        BaseUrl = baseUrl;
        LogPath = logPath;
    }

    public Uri BaseUrl { get; }

    /// <summary>Shared by the processes a test starts one after another: each appends to it.</summary>
    public string LogPath { get; }

    public bool HasExited => _process.HasExited;

    /// <summary>Starts the app on <paramref name="database"/> (demo data on a first start) and waits until it is ready.</summary>
    /// <param name="settings">Further configuration, passed as command-line arguments (<c>--Section:Key=value</c>).</param>
    public static async Task<AppProcess> StartAsync(
        ScratchDatabase database, IReadOnlyDictionary<string, string> settings, string logPath, CancellationToken ct)
    {
        var projectDir = Path.Combine(RepoRoot(), "src", "GuidanceDesk.Web");
        var configuration = typeof(AppProcess).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Debug";
        var dll = Path.Combine(projectDir, "bin", configuration, "net10.0", "GuidanceDesk.Web.dll");
        if (!File.Exists(dll))
            throw new FileNotFoundException("Build the solution first: the app is started from its own output folder.", dll);

        var baseUrl = new Uri($"http://127.0.0.1:{FreePort().ToString(CultureInfo.InvariantCulture)}");
        // `dotnet app.dll` runs the app in this very process (no child), so killing it kills the app itself.
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = projectDir,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in new[] { dll, "--urls", baseUrl.ToString().TrimEnd('/'), "--contentRoot", projectDir })
            start.ArgumentList.Add(arg);
        foreach (var (key, value) in settings)
            start.ArgumentList.Add($"--{key}={value}");
        // The connection string and the keys go through the environment, out of the process list.
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["Database__Provider"] = database.Provider.ToString();
        start.Environment["Database__ConnectionString"] = database.ConnectionString;
        // The same keys on every start: the restarted app must read what the first one encrypted (staff phone numbers).
        start.Environment["PersonalData__EncryptionKey"] = TestKeys.Encryption;
        start.Environment["PersonalData__LookupKey"] = TestKeys.Lookup;
        start.Environment["DemoData__Enabled"] = "true";
        start.Environment["Logging__LogLevel__Default"] = "Warning";

        var log = new StreamWriter(new FileStream(logPath, FileMode.Append, FileAccess.Write, FileShare.ReadWrite)) { AutoFlush = true };
        await log.WriteLineAsync($"{DateTime.UtcNow:HH:mm:ss.fff} ---- start on {baseUrl} with {string.Join(' ', settings.Select(s => $"{s.Key}={s.Value}"))}");
        var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start the app.");
        var app = new AppProcess(process, log, baseUrl, logPath);
        process.OutputDataReceived += (_, e) => app.Write(e.Data);
        process.ErrorDataReceived += (_, e) => app.Write(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            await app.WaitUntilReadyAsync(ct);
        }
        catch
        {
            await app.DisposeAsync();
            throw;
        }
        return app;
    }

    /// <summary>An HTTP client signed in (bearer token) as the given demo user.</summary>
    public async Task<HttpClient> ClientAsAsync(string userName, CancellationToken ct, string password = "Demo2026pass")
    {
        var client = new HttpClient { BaseAddress = BaseUrl };
        using var response = await client.PostAsJsonAsync("/api/v1/auth/token", new { userName, password }, ct);
        response.EnsureSuccessStatusCode();
        var token = (await response.Content.ReadFromJsonAsync<TokenResponse>(ct))!.AccessToken;
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    /// <summary>Kills the app outright (SIGKILL on Linux): no shutdown, no flushing, no job finishes its run.</summary>
    public async Task KillAsync()
    {
        if (!_process.HasExited)
            _process.Kill(entireProcessTree: true);
        await _process.WaitForExitAsync();
    }

    public async Task<string> ReadLogAsync()
    {
        await using var stream = new FileStream(LogPath, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
        using var reader = new StreamReader(stream);
        return await reader.ReadToEndAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await KillAsync();
        _process.Dispose();
        lock (_log)
        {
            _logClosed = true;
            _log.Dispose();
        }
    }

    private async Task WaitUntilReadyAsync(CancellationToken ct)
    {
        using var http = new HttpClient { BaseAddress = BaseUrl, Timeout = TimeSpan.FromSeconds(5) };
        // A cold start applies every migration and seeds the demo agency (PDF forms included): on a busy 2-core CI machine
        // that has taken over two minutes, so the wait is generous; a healthy start answers in well under a minute.
        var deadline = DateTime.UtcNow.AddSeconds(300);
        while (DateTime.UtcNow < deadline)
        {
            if (_process.HasExited)
                throw new InvalidOperationException($"The app exited with code {_process.ExitCode}:\n{await ReadLogAsync()}");
            try
            {
                using var response = await http.GetAsync(new Uri("/health/ready", UriKind.Relative), ct);
                if (response.StatusCode == HttpStatusCode.OK)
                    return;
            }
            catch (HttpRequestException)
            {
                // Not listening yet (migrations and demo data run first).
            }
            catch (TaskCanceledException) when (!ct.IsCancellationRequested)
            {
            }
            await Task.Delay(250, ct);
        }
        throw new TimeoutException($"The app did not answer /health/ready within 300 s:\n{await ReadLogAsync()}");
    }

    private void Write(string? line)
    {
        if (line is null)
            return;
        lock (_log)
        {
            // Lines still arriving from a killed process after its log was closed are dropped.
            if (!_logClosed)
                _log.WriteLine($"{DateTime.UtcNow:HH:mm:ss.fff} {line}");
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static string RepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "GuidanceDesk.slnx")))
                return dir.FullName;
        }
        throw new DirectoryNotFoundException("GuidanceDesk.slnx not found above " + AppContext.BaseDirectory);
    }

    private sealed record TokenResponse(string AccessToken);
}

/// <summary>
/// An empty database for an <see cref="AppProcess"/>, dropped afterwards: a SQLite file in a temp folder, or a fresh
/// PostgreSQL database when <see cref="PostgresApp.Variable"/> holds a connection string (without it the test is
/// skipped, with the same reason as the in-process PostgreSQL fixture gives).
/// </summary>
public sealed class ScratchDatabase : IAsyncDisposable
{
    private readonly string? _folder;
    private readonly string? _server;
    private readonly string? _name;

    private ScratchDatabase(DatabaseProvider provider, string connectionString, string? folder, string? server, string? name)
    {
        Provider = provider;
        ConnectionString = connectionString;
        _folder = folder;
        _server = server;
        _name = name;
    }

    public DatabaseProvider Provider { get; }

    public string ConnectionString { get; }

    public static async Task<ScratchDatabase> CreateAsync(DatabaseProvider provider, CancellationToken ct)
    {
        if (provider == DatabaseProvider.Sqlite)
        {
            var folder = Directory.CreateTempSubdirectory("gd-tests-").FullName;
            return new ScratchDatabase(provider, $"Data Source={Path.Combine(folder, "gd.db")}", folder, null, null);
        }
        var server = Environment.GetEnvironmentVariable(PostgresApp.Variable);
        if (string.IsNullOrWhiteSpace(server))
            Assert.Skip($"PostgreSQL tests skipped: set {PostgresApp.Variable} to a connection string (e.g. Host=localhost;Username=gd;Password=gd;Database=postgres) to run them; .ci/run does.");
        var name = "gd_test_" + Guid.NewGuid().ToString("N")[..12];
        await using (var conn = new NpgsqlConnection(server))
        {
            await conn.OpenAsync(ct);
            await using var cmd = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", conn);
            await cmd.ExecuteNonQueryAsync(ct);
        }
        var connection = new NpgsqlConnectionStringBuilder(server) { Database = name }.ConnectionString;
        return new ScratchDatabase(provider, connection, null, server, name);
    }

    /// <summary>A connection of the test's own, unpooled, so that nothing of the test holds the database afterwards.</summary>
    public async Task<DbConnection> OpenAsync(CancellationToken ct)
    {
        DbConnection conn = Provider == DatabaseProvider.Sqlite
            ? new SqliteConnection(new SqliteConnectionStringBuilder(ConnectionString) { Pooling = false }.ConnectionString)
            : new NpgsqlConnection(new NpgsqlConnectionStringBuilder(ConnectionString) { Pooling = false }.ConnectionString);
        await conn.OpenAsync(ct);
        return conn;
    }

    /// <summary>The app's own context on this database, for using the app's own helpers (a job lease, say) as it would.</summary>
    public AppDbContext CreateContext() => TestContexts.Create(Provider, ConnectionString);

    public async ValueTask DisposeAsync()
    {
        if (_folder is not null)
        {
            SqliteConnection.ClearAllPools();
            try
            {
                Directory.Delete(_folder, recursive: true);
            }
            catch (IOException)
            {
                // A file still held open by a closing connection: the temp folder is cleaned by the OS.
            }
        }
        if (_server is not null && _name is not null)
        {
            NpgsqlConnection.ClearAllPools();
            await using var conn = new NpgsqlConnection(_server);
            await conn.OpenAsync();
            await using var cmd = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{_name}\" WITH (FORCE)", conn);
            await cmd.ExecuteNonQueryAsync();
        }
    }
}
