using GuidanceDesk.Web.Data;
using GuidanceDesk.Web.Features.Quality.Conformance.Rules;
using GuidanceDesk.Web.Infrastructure.Jobs;
using Microsoft.Extensions.Options;

namespace GuidanceDesk.Web.Infrastructure.Backups;

public static class BackupsSetup
{
    /// <summary>Backups of the database and files (4.4c): the services, the real <see cref="IBackupStatus"/> and the nightly job.</summary>
    public static IServiceCollection AddBackups(this IServiceCollection services, IConfiguration configuration, string contentRoot)
    {
        var section = configuration.GetSection(BackupOptions.Section);
        services.Configure<BackupOptions>(section);
        var options = section.Get<BackupOptions>() ?? new BackupOptions();
        services.AddSingleton(_ => new BackupEnvironment(
            DatabaseSetup.ProviderFrom(configuration),
            DatabaseSetup.ConnectionString(configuration, contentRoot),
            contentRoot,
            Path.GetFullPath(Path.Combine(contentRoot, options.Directory)),
            Path.GetFullPath(Path.Combine(contentRoot, configuration["PersonalData:KeyFile"] ?? "data/keys/personal-data.json"))));
        services.AddSingleton(sp => new PgTools(sp.GetRequiredService<IOptions<BackupOptions>>().Value));
        services.AddSingleton<BackupGate>();
        services.AddScoped<BackupWriter>();
        services.AddScoped<BackupVerifier>();
        services.AddScoped<BackupRestorer>();
        services.AddScoped<BackupService>();
        services.AddScoped<IBackupStatus, BackupStatus>();
        if (options.Enabled)
        {
            // A city-sized backup with its verification takes minutes; the runner renews the lease every third of this.
            services.AddScheduledJob<BackupJob>(JobSchedule.AtCron(options.Cron) with { LeaseDuration = TimeSpan.FromMinutes(15) });
        }
        else
        {
            services.AddScoped<BackupJob>();
        }
        return services;
    }
}
