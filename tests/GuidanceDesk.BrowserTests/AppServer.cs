using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Reflection;
using System.Security.Cryptography;

namespace GuidanceDesk.BrowserTests;

/// <summary>
/// The real app, as it ships: the built GuidanceDesk.Web.dll in a child process on a free loopback port, with a fresh
/// SQLite file and fresh personal-data keys in a temp folder, demo data on. Content root is the project folder, so
/// wwwroot is served exactly as in <c>dotnet run</c>.
/// </summary>
public sealed class AppServer : IAsyncDisposable
{
    private readonly Process _process;
    private readonly string _tempDir;

    private AppServer(Process process, string tempDir, Uri baseUrl)
    {
        _process = process;
        _tempDir = tempDir;
        BaseUrl = baseUrl;
    }

    public Uri BaseUrl { get; }

    public string LogPath => Path.Combine(_tempDir, "app.log");

    public static async Task<AppServer> StartAsync(CancellationToken ct)
    {
        var projectDir = Path.Combine(RepoRoot(), "src", "GuidanceDesk.Web");
        var configuration = typeof(AppServer).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Debug";
        var dll = Path.Combine(projectDir, "bin", configuration, "net10.0", "GuidanceDesk.Web.dll");
        if (!File.Exists(dll))
            throw new FileNotFoundException("Build the solution first: the app is started from its own output folder.", dll);

        var tempDir = Directory.CreateTempSubdirectory("gd-browser-").FullName;
        var port = FreePort();
        var baseUrl = new Uri($"http://127.0.0.1:{port.ToString(CultureInfo.InvariantCulture)}");
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = projectDir,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in new[] { dll, "--urls", baseUrl.ToString().TrimEnd('/'), "--contentRoot", projectDir })
            start.ArgumentList.Add(arg);
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["Database__Provider"] = "Sqlite";
        start.Environment["Database__ConnectionString"] = $"Data Source={Path.Combine(tempDir, "gd.db")}";
        start.Environment["PersonalData__EncryptionKey"] = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));
        start.Environment["PersonalData__LookupKey"] = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));
        start.Environment["DemoData__Enabled"] = "true";
        // The public job search serves a snapshot; in tests it must show a vacancy the moment it is published.
        start.Environment["PublicJobs__RefreshSeconds"] = "0";
        start.Environment["Logging__LogLevel__Default"] = "Warning";

        var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start the app.");
        var server = new AppServer(process, tempDir, baseUrl);
        var log = new StreamWriter(server.LogPath) { AutoFlush = true };
        process.OutputDataReceived += (_, e) => Write(log, e.Data);
        process.ErrorDataReceived += (_, e) => Write(log, e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        await server.WaitUntilReadyAsync(ct);
        return server;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }
        _process.Dispose();
        try
        {
            Directory.Delete(_tempDir, recursive: true);
        }
        catch (IOException)
        {
            // A log file still held open is no reason to fail the run; the OS cleans temp folders.
        }
    }

    private async Task WaitUntilReadyAsync(CancellationToken ct)
    {
        using var http = new HttpClient { BaseAddress = BaseUrl, Timeout = TimeSpan.FromSeconds(5) };
        var deadline = DateTime.UtcNow.AddSeconds(120);
        while (DateTime.UtcNow < deadline)
        {
            if (_process.HasExited)
                throw new InvalidOperationException($"The app exited with code {_process.ExitCode}:\n{await ReadLogAsync()}");
            try
            {
                using var response = await http.GetAsync(new Uri("/health/live", UriKind.Relative), ct);
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
        throw new TimeoutException($"The app did not answer /health/live within 120 s:\n{await ReadLogAsync()}");
    }

    private async Task<string> ReadLogAsync()
    {
        await Task.Delay(200);
        using var stream = new FileStream(LogPath, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
        using var reader = new StreamReader(stream);
        return await reader.ReadToEndAsync();
    }

    private static void Write(StreamWriter log, string? line)
    {
        if (line is null)
            return;
        lock (log)
            log.WriteLine(line);
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
}
