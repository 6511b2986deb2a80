using GuidanceDesk.Web.Infrastructure.Jobs;
using GuidanceDesk.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace GuidanceDesk.Web.Features.Privacy;

/// <summary>Privacy operations (4.6.2b, PIPL arts. 44–47): the worker's data, requests, consents, access log, anonymisation.</summary>
public static class PrivacySetup
{
    public static IServiceCollection AddPrivacy(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<PrivacyOptions>().Bind(configuration.GetSection(PrivacyOptions.SectionName))
            .Validate(o => o.IsValid, "Privacy: AnswerWithinWorkingDays 1 to 30, AnonymiseAfterInactiveYears 1 to 100, BatchSize at least 1.")
            .ValidateOnStart();
        services.AddScoped<MyDataExport>();
        services.AddScoped<RequestHandlers>();
        services.AddScoped<RequestQueries>();
        services.AddScoped<RetentionCheck>();
        services.AddScoped<Anonymiser>();
        services.AddScoped<ErasureScheduler>();
        services.AddScoped<CorrectionApplier>();
        services.AddScoped<ConsentChoices>();
        services.AddScoped<AccessLog>();
        var cron = configuration.GetValue<string>($"{PrivacyOptions.SectionName}:Cron") ?? new PrivacyOptions().Cron;
        services.AddScheduledJob<AnonymisationJob>(JobSchedule.AtCron(cron) with { LeaseDuration = TimeSpan.FromMinutes(15) });
        services.Configure<RazorPagesOptions>(o => o.Conventions.AuthorizeFolder("/Privacy", Policies.PrivacyRequests));
        return services;
    }
}
