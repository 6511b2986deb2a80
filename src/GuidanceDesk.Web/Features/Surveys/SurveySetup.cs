using GuidanceDesk.Web.Infrastructure.Jobs;
using GuidanceDesk.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace GuidanceDesk.Web.Features.Surveys;

/// <summary>Satisfaction surveys (7.2.2g, 9.2.1): options, services, the invitation scan (every few minutes, one instance), page policies.</summary>
public static class SurveySetup
{
    public static IServiceCollection AddSurveys(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<SurveyOptions>(configuration.GetSection("Surveys"));
        services.AddScoped<SurveyAccess>();
        services.AddScoped<SurveyHandlers>();
        services.AddScoped<SatisfactionIndex>();
        services.AddScoped<SurveyActions>();
        services.AddScoped<SurveyFormPdf>();
        services.AddScoped<SurveyInvitations>();
        var every = configuration.GetValue("Surveys:ScanMinutes", 5);
        services.AddScheduledJob<SurveyInvitations>(JobSchedule.Every(TimeSpan.FromMinutes(Math.Clamp(every, 1, 60))));
        services.Configure<RazorPagesOptions>(o =>
        {
            o.Conventions.AuthorizeFolder("/Surveys", Policies.SurveyRead);
            o.Conventions.AuthorizePage("/Surveys/Paper", Policies.SurveyEntry);
            o.Conventions.AuthorizePage("/Surveys/Raise", Policies.QualityManage);
            o.Conventions.AuthorizeFolder("/Portal/Surveys", Policies.Portal);
        });
        return services;
    }
}
