using GuidanceDesk.Web.Features.PublicJobs;
using GuidanceDesk.Web.Features.Vacancies;
using GuidanceDesk.Web.Infrastructure.Jobs;

namespace GuidanceDesk.Web.Features;

/// <summary>The services of vacancies and the public job pages (issue 4).</summary>
public static class VacancySetup
{
    public static IServiceCollection AddVacancies(this IServiceCollection services)
    {
        services.AddScoped<VacancyHandlers>();
        services.AddScoped<VacancyQueries>();
        services.AddScoped<OpenVacancySearch>();
        services.AddSingleton<OpenVacancyIndex>();
        services.AddScoped<JobSearch>();
        services.AddScoped<Account.EmployerSignUp>();
        // 00:20 in Chongqing: a vacancy whose closing date was yesterday leaves the kiosks before the hall opens.
        services.AddScheduledJob<VacancyExpiry>(JobSchedule.AtCron("0 20 0 * * ?"));
        return services;
    }
}
