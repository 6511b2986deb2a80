using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using GuidanceDesk.Web.Data;
using Microsoft.AspNetCore.Hosting;

namespace GuidanceDesk.Tests.Support;

/// <summary>
/// The app on SQLite with its files in S3-compatible object storage: a local s3rver (npm package) that this fixture
/// starts on a free port and stops afterwards. s3rver is found through GUIDANCEDESK_S3RVER (its executable) or on the
/// PATH; without it these tests are skipped with that reason, unless GUIDANCEDESK_REQUIRE_S3=1 (.ci/run) makes it an error.
/// </summary>
public class S3App : AppFixture
{
    public const string Variable = "GUIDANCEDESK_S3RVER";
    public const string Bucket = "gd-test";
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "gd-s3-" + Guid.NewGuid().ToString("N"));
    private Process? _server;

    protected override DatabaseProvider Provider => DatabaseProvider.Sqlite;

    public string ServiceUrl { get; private set; } = "";

    protected override async Task<string?> PrepareDatabaseAsync()
    {
        var executable = Find();
        if (executable is null)
        {
            var reason = $"S3 tests skipped: s3rver not found (set {Variable} to its executable or put it on the PATH: npm install -g s3rver); .ci/run does.";
            if (Environment.GetEnvironmentVariable("GUIDANCEDESK_REQUIRE_S3") == "1")
                throw new InvalidOperationException(reason);
            MarkUnavailable(reason);
            return null;
        }

        Directory.CreateDirectory(Path.Combine(_dir, "s3"));
        var port = FreePort();
        ServiceUrl = $"http://127.0.0.1:{port}";
        var start = new ProcessStartInfo(executable) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in new[] { "-d", Path.Combine(_dir, "s3"), "-a", "127.0.0.1", "-p", port.ToString(System.Globalization.CultureInfo.InvariantCulture), "--silent" })
            start.ArgumentList.Add(arg);
        _server = Process.Start(start);
        await WaitForPortAsync(port);
        return $"Data Source={Path.Combine(_dir, "gd.db")}";
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("Files:Store", "S3");
        builder.UseSetting("Files:S3:ServiceUrl", ServiceUrl);
        builder.UseSetting("Files:S3:Bucket", Bucket);
        builder.UseSetting("Files:S3:AccessKey", "S3RVER");
        builder.UseSetting("Files:S3:SecretKey", "S3RVER");
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (_server is { HasExited: false })
        {
            _server.Kill(entireProcessTree: true);
            await _server.WaitForExitAsync();
        }
        _server?.Dispose();
        try
        {
            Directory.Delete(_dir, recursive: true);
        }
        catch (IOException)
        {
            // Left for the OS to clean.
        }
        GC.SuppressFinalize(this);
    }

    private static string? Find()
    {
        var configured = Environment.GetEnvironmentVariable(Variable);
        if (!string.IsNullOrWhiteSpace(configured))
            return File.Exists(configured) ? configured : null;
        return (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator)
            .Select(d => Path.Combine(d, "s3rver")).FirstOrDefault(File.Exists);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static async Task WaitForPortAsync(int port)
    {
        for (var i = 0; i < 150; i++)
        {
            try
            {
                using var client = new TcpClient();
                await client.ConnectAsync(IPAddress.Loopback, port);
                return;
            }
            catch (SocketException)
            {
                await Task.Delay(100);
            }
        }

        throw new InvalidOperationException("s3rver did not start within 15 s");
    }
}

[CollectionDefinition(Name)]
public sealed class OnS3 : ICollectionFixture<S3App>
{
    public const string Name = "s3 app";
}
