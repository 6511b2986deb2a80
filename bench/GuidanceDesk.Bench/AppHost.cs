using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using System.Text.Json;
using GuidanceDesk.Web.Data;
using GuidanceDesk.Web.Features;
using GuidanceDesk.Web.Infrastructure;
using GuidanceDesk.Web.Infrastructure.Security;

namespace GuidanceDesk.Bench;

/// <summary>Which database, and the personal-data keys the app must be started with to read it.</summary>
internal sealed record BenchTarget(DatabaseProvider Provider, string ConnectionString, string EncryptionKey, string LookupKey)
{
    public static BenchTarget FromOptions(Options o, bool newKeys)
    {
        var provider = Enum.Parse<DatabaseProvider>(o.Get("provider", "sqlite"), ignoreCase: true);
        var connection = provider == DatabaseProvider.Sqlite
            ? $"Data Source={Path.GetFullPath(o.Get("db", "/tmp/gd-bench/gd.db"))}"
            : o.Require("connection");
        var keyFile = KeyFile(o, provider);
        if (newKeys)
            return new BenchTarget(provider, connection, PersonalDataProtector.NewKey(), PersonalDataProtector.NewKey());
        var keys = JsonSerializer.Deserialize<Dictionary<string, string>>(File.ReadAllText(keyFile))!;
        return new BenchTarget(provider, connection, keys["EncryptionKey"], keys["LookupKey"]);
    }

    /// <summary>The key file lives next to the SQLite file (or in /tmp/gd-bench for PostgreSQL).</summary>
    public static string KeyFile(Options o, DatabaseProvider provider) => o.Get("keys") ?? (provider == DatabaseProvider.Sqlite
        ? Path.GetFullPath(o.Get("db", "/tmp/gd-bench/gd.db")) + ".keys.json"
        : "/tmp/gd-bench/postgres.keys.json");

    /// <summary>Configuration as the app reads it; the same pairs become the environment variables printed for the app.</summary>
    public Dictionary<string, string?> Settings(bool demoData) => new()
    {
        ["Database:Provider"] = Provider.ToString(),
        ["Database:ConnectionString"] = ConnectionString,
        ["PersonalData:EncryptionKey"] = EncryptionKey,
        ["PersonalData:LookupKey"] = LookupKey,
        ["DemoData:Enabled"] = demoData ? "true" : "false",
    };

    public void Save(string keyFile)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(keyFile)!);
        File.WriteAllText(keyFile, JsonSerializer.Serialize(new Dictionary<string, string>
        {
            ["EncryptionKey"] = EncryptionKey, ["LookupKey"] = LookupKey,
        }));
        // A sourceable file so that starting the app needs no copy-paste of keys.
        File.WriteAllLines(Path.ChangeExtension(keyFile, ".env"),
            Settings(demoData: false).Select(s => $"export {s.Key.Replace(":", "__", StringComparison.Ordinal)}='{s.Value}'"));
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(keyFile, UnixFileMode.UserRead | UnixFileMode.UserWrite);
            File.SetUnixFileMode(Path.ChangeExtension(keyFile, ".env"), UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }
    }
}

/// <summary>
/// The app's own service registrations (the same extension methods Program.cs calls), so that the generator uses the
/// app's migrations, Identity and PersonalDataProtector, and the lookup harness runs the app's WorkerQueries.
/// </summary>
internal static class AppHost
{
    public static WebApplication Build(BenchTarget target, bool demoData, string? urls = null, string? log = null,
        Action<IServiceCollection>? configure = null)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            EnvironmentName = "Production",
            ContentRootPath = AppContext.BaseDirectory,
        });
        builder.Configuration.AddInMemoryCollection(target.Settings(demoData));
        // No scheduled jobs in bench processes: the hourly reminder scan would otherwise fire inside a measurement
        // (or a generator) that happens to run across the hour, and write to the database being measured.
        builder.Configuration.AddInMemoryCollection([new("Jobs:Enabled", "false")]);
        // Bench processes that host the app's services (generators, in-process loads) keep unmultiplexed connections,
        // as they were written and measured with, and a multiplexed one would refuse any synchronous call they make;
        // the mixed load measures the app's own process (run-mixed.sh), which multiplexes.
        builder.Configuration.AddInMemoryCollection([new("Database:Multiplexing", "false")]);
        builder.Logging.AddFilter((string?)null, LogLevel.Warning); // replaces appsettings' Default=Information: keep bench output readable
        // --log Category=Level, e.g. Microsoft.EntityFrameworkCore.Database.Command=Information to see the SQL.
        if (log?.Split('=') is [var category, var level])
            builder.Logging.AddFilter(category, Enum.Parse<LogLevel>(level));
        if (urls is not null)
            builder.WebHost.UseUrls(urls);
        PersonalDataKeys.EnsureConfigured(builder);
        builder.Services.AddAppDatabase(builder.Configuration, builder.Environment.ContentRootPath);
        builder.Services.AddAppSecurity(builder.Configuration);
        builder.Services.AddAppInfrastructure(builder.Configuration, builder.Environment);
        builder.Services.AddAppPages(builder.Configuration);
        configure?.Invoke(builder.Services); // last registration wins, e.g. a shifted TimeProvider
        return builder.Build();
    }
}
