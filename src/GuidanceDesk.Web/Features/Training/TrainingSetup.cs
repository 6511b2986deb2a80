using GuidanceDesk.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace GuidanceDesk.Web.Features.Training;

/// <summary>Training guidance (5.1d, 7.1.5): the registry, courses, recommendations; options and the page-folder policy.</summary>
public static class TrainingSetup
{
    public static IServiceCollection AddTraining(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<TrainingOptions>().Bind(configuration.GetSection(TrainingOptions.SectionName))
            .Validate(o => o.IsValid, "Training: CheckValidMonths is 1 to 60 and ExpiryWarningDays 1 to 365.").ValidateOnStart();
        services.AddSingleton<TrainingStanding>();
        services.AddScoped<TrainingQueries>();
        services.AddScoped<ProviderHandlers>();
        services.AddScoped<CourseHandlers>();
        services.AddScoped<RecommendationHandlers>();
        services.Configure<RazorPagesOptions>(o => o.Conventions.AuthorizeFolder("/Training", Policies.TrainingRead));
        return services;
    }
}
