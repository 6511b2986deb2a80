using GuidanceDesk.Web.Infrastructure.Jobs;
using GuidanceDesk.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace GuidanceDesk.Web.Features.GroupSessions;

/// <summary>Group guidance (7.1.2): services, the materials scan (every 10 minutes, one instance) and the page-folder policy.</summary>
public static class GroupSessionSetup
{
    public static IServiceCollection AddGroupSessions(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton<MaterialsDeadlines>();
        services.AddScoped<GroupSessionAccess>();
        services.AddScoped<GroupSessionNotices>();
        services.AddScoped<GroupSessionHandlers>();
        services.AddScoped<MaterialHandlers>();
        services.AddScoped<AttendanceHandlers>();
        services.AddScoped<RecordingHandlers>();
        services.AddScoped<GroupSessionSteps>();
        services.AddScoped<GroupSessionQueries>();
        services.AddScoped<PortalSessions>();
        var every = configuration.GetValue("GroupSessions:ScanMinutes", 10);
        services.AddScheduledJob<GroupSessionScan>(JobSchedule.Every(TimeSpan.FromMinutes(Math.Clamp(every, 1, 60))));
        services.Configure<RazorPagesOptions>(o => o.Conventions.AuthorizeFolder("/GroupSessions", Policies.CaseWork));
        return services;
    }
}
