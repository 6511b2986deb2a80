// Folder Features/Policies (pages at /Policies); namespace PolicyLibrary, because inside GuidanceDesk.Web.Features a namespace
// named Policies would hide the authorization policy names (Infrastructure.Security.Policies) from every area.
using GuidanceDesk.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace GuidanceDesk.Web.Features.PolicyLibrary;

/// <summary>The policy library and handbooks (4.3b–c, 7.1.1, 5.1a): options, services and the page-folder policy.</summary>
public static class PolicySetup
{
    public static IServiceCollection AddPolicyLibrary(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<PolicyOptions>().Bind(configuration.GetSection(PolicyOptions.SectionName))
            .Validate(o => o.IsValid, "Policies: ReviewMonths is 1 to 60 and ScreenSeconds 5 to 300.").ValidateOnStart();
        services.AddScoped<PolicyCalendar>();
        services.AddScoped<PolicyAccess>();
        services.AddScoped<PolicyQueries>();
        services.AddScoped<PolicyHandlers>();
        services.AddScoped<PolicyFiles>();
        services.AddScoped<ConsultationHandlers>();
        services.AddScoped<HandbookQueries>();
        services.AddScoped<HandbookHandlers>();
        services.Configure<RazorPagesOptions>(o => o.Conventions.AuthorizeFolder("/Policies", Policies.PolicyRead));
        return services;
    }
}
