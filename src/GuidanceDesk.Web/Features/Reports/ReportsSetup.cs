using GuidanceDesk.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace GuidanceDesk.Web.Features.Reports;

/// <summary>The statistics dashboard and the quarterly summaries (9.2.1): their services and the pages' policy.</summary>
public static class ReportsSetup
{
    public static IServiceCollection AddReports(this IServiceCollection services)
    {
        services.AddScoped<StatisticsQueries>();
        services.AddScoped<SummaryHandlers>();
        services.Configure<RazorPagesOptions>(o => o.Conventions.AuthorizeFolder("/Reports", Policies.QualityReview));
        return services;
    }
}
