using GuidanceDesk.Web.Infrastructure.Jobs;
using GuidanceDesk.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace GuidanceDesk.Web.Features.Risk;

/// <summary>Risk alerts (8.2): services, the escalation job (every minute, one instance) and the page-folder policy.</summary>
public static class RiskSetup
{
    public static IServiceCollection AddRiskAlerts(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddScoped<RiskAccess>();
        services.AddScoped<DutyRoster>();
        services.AddScoped<RiskNotifier>();
        services.AddScoped<RiskHandlers>();
        services.AddScoped<RiskQueries>();
        services.AddScoped<RosterHandlers>();
        var every = configuration.GetValue("RiskAlerts:ScanSeconds", 60);
        services.AddScheduledJob<RiskEscalationScan>(JobSchedule.Every(TimeSpan.FromSeconds(Math.Clamp(every, 5, 300))) with { LeaseDuration = TimeSpan.FromMinutes(2) });
        services.Configure<RazorPagesOptions>(o => o.Conventions.AuthorizeFolder("/Risk", Policies.CaseWork));
        return services;
    }
}
