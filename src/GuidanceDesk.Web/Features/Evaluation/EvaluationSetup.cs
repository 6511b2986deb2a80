using GuidanceDesk.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace GuidanceDesk.Web.Features.Evaluation;

/// <summary>Third-party evaluation (9.2.3): its services and the page-folder policy.</summary>
public static class EvaluationSetup
{
    public static IServiceCollection AddThirdPartyEvaluation(this IServiceCollection services)
    {
        services.AddScoped<EvaluationAccess>();
        services.AddScoped<EvaluationHandlers>();
        services.AddScoped<EvaluationQueries>();
        services.AddSingleton<Deidentifier>();
        services.Configure<RazorPagesOptions>(o => o.Conventions.AuthorizeFolder("/Evaluation", Policies.EvaluationRead));
        return services;
    }
}
