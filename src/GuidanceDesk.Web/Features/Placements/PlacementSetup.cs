using GuidanceDesk.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace GuidanceDesk.Web.Features.Placements;

/// <summary>The job-referral area (7.1.4): its services and the policy of its page folder, registered in one call.</summary>
public static class PlacementSetup
{
    public static IServiceCollection AddPlacements(this IServiceCollection services)
    {
        services.AddSingleton<MatchNames>();
        services.AddScoped<MatchingQueries>();
        services.AddScoped<CandidateQueries>();
        services.AddScoped<PlacementAccess>();
        services.AddScoped<PlacementHandlers>();
        services.AddScoped<OutcomeHandler>();
        services.AddScoped<PlacementQueries>();
        services.AddScoped<ReferralLetter>();
        services.AddScoped<RecommendationChoiceHandler>();
        services.Configure<RazorPagesOptions>(o => o.Conventions.AuthorizeFolder("/Placements", Policies.CaseWork));
        return services;
    }
}
