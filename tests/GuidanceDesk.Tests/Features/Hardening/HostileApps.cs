using GuidanceDesk.Tests.Support;
using GuidanceDesk.Web.Data;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace GuidanceDesk.Tests.Features.Hardening;

/// <summary>What the hostile-input suite needs of its app besides the usual fixture: every write and every log line.</summary>
public interface IHostileApp
{
    WriteRecorder Writes { get; }

    LogCapture Logs { get; }
}

/// <summary>
/// The hostile suite sends thousands of bad requests (and some accepted ones that store odd values), so it gets an app
/// of its own — the shared fixture's data stays as the other tests expect it — and that app reports each database
/// write a request makes (<see cref="WriteRecorder"/>) and every log line (<see cref="LogCapture"/>).
/// </summary>
public sealed class HostileSqliteApp : SqliteApp, IHostileApp
{
    public WriteRecorder Writes { get; } = new();

    public LogCapture Logs { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder) => HostileHost.Configure<SqliteAppDbContext>(builder, Writes, Logs);
}

public sealed class HostilePostgresApp : PostgresApp, IHostileApp
{
    public WriteRecorder Writes { get; } = new();

    public LogCapture Logs { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder) => HostileHost.Configure<PostgresAppDbContext>(builder, Writes, Logs);
}

internal static class HostileHost
{
    public static void Configure<TContext>(IWebHostBuilder builder, WriteRecorder writes, LogCapture logs) where TContext : DbContext
    {
        builder.ConfigureServices(s => s.ConfigureDbContext<TContext>((sp, o) =>
            o.AddInterceptors(writes.For(sp.GetRequiredService<IHttpContextAccessor>())), ServiceLifetime.Singleton));
        builder.ConfigureLogging(l =>
        {
            l.AddProvider(logs);
            // Everything, whatever the host's levels: a line that leaks at Debug leaks once someone turns Debug on.
            l.AddFilter<LogCapture>(null, LogLevel.Trace);
        });
    }
}

[CollectionDefinition(Name)]
public sealed class OnHostileSqlite : ICollectionFixture<HostileSqliteApp>
{
    public const string Name = "hostile sqlite app";
}

[CollectionDefinition(Name)]
public sealed class OnHostilePostgres : ICollectionFixture<HostilePostgresApp>
{
    public const string Name = "hostile postgres app";
}
