using GuidanceDesk.Web.Infrastructure.Jobs;
using GuidanceDesk.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace GuidanceDesk.Web.Features.Archive;

/// <summary>The archive (7.2): services, the filing job (every minute) and the retention job (hourly), page policies.</summary>
public static class ArchiveSetup
{
    public static IServiceCollection AddArchive(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddScoped<ArchiveAccess>();
        services.AddScoped<ArchiveHandlers>();
        services.AddScoped<ArchiveQueries>();
        services.AddScoped<ArchiveKeeping>();
        services.AddScoped<ArchiveCompleteness>();
        services.AddScoped<ArchiveFiling>();
        var every = configuration.GetValue("Archive:FilingSeconds", 60);
        services.AddScheduledJob<ArchiveFilingJob>(JobSchedule.Every(TimeSpan.FromSeconds(Math.Clamp(every, 5, 3600))) with { LeaseDuration = TimeSpan.FromMinutes(10) });
        services.AddScheduledJob<ArchiveRetentionJob>(JobSchedule.Every(TimeSpan.FromHours(1)));
        services.Configure<RazorPagesOptions>(o => o.Conventions.AuthorizeFolder("/Archive", Policies.ClientRecords));
        return services;
    }
}

/// <summary>Hourly, on one instance: the items of newly closed cases get their retention date.</summary>
public sealed class ArchiveRetentionJob(Data.AppDbContext db, TimeProvider time) : IScheduledJob
{
    public string Name => "archive.retention";

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        while (await ArchiveKeeping.ApplyRetentionAsync(db, time, cancellationToken) > 0)
        {
        }
    }
}
