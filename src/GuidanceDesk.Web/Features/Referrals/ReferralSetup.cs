using GuidanceDesk.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace GuidanceDesk.Web.Features.Referrals;

/// <summary>Case referral (8.1) and the registry of outside agencies: services, options and page-folder policies.</summary>
public static class ReferralSetup
{
    public static IServiceCollection AddReferrals(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<ReferralOptions>().Bind(configuration.GetSection(ReferralOptions.SectionName))
            .Validate(o => o.IsValid, "Referrals: AnswerWithinWorkingDays and InterviewWithinWorkingDays are 1 to 30.").ValidateOnStart();
        services.AddSingleton<WorkingDayDeadlines>();
        services.AddScoped<ReferralAccess>();
        services.AddScoped<ReferralNotices>();
        services.AddScoped<ReferralHandlers>();
        services.AddScoped<ReferralReceiverHandlers>();
        services.AddScoped<ReferralSteps>();
        services.AddScoped<ReferralQueries>();
        services.AddScoped<ReferralFormPdf>();
        services.AddScoped<AgencyHandlers>();
        services.Configure<RazorPagesOptions>(o => o.Conventions.AuthorizeFolder("/Referrals", Policies.CaseWork));
        return services;
    }
}
