using GuidanceDesk.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace GuidanceDesk.Web.Features.Assessments;

/// <summary>The career-assessment area (5.1c, 7.1.6–7.1.7): its services and page-folder policy, registered in one call.</summary>
public static class AssessmentSetup
{
    public static IServiceCollection AddAssessments(this IServiceCollection services)
    {
        services.AddSingleton<InstrumentCatalog>();
        services.AddSingleton<OccupationProfiles>();
        services.AddSingleton<CareerReportPdf>();
        services.AddScoped<AssessmentAccess>();
        services.AddScoped<AssessmentQueries>();
        services.AddScoped<PlanHandlers>();
        services.AddScoped<AnswerHandlers>();
        services.AddScoped<ReportHandlers>();
        services.AddScoped<ReportModelBuilder>();
        services.AddScoped<OccupationSuggester>();
        services.AddScoped<InstrumentAdmin>();
        services.Configure<RazorPagesOptions>(o => o.Conventions.AuthorizeFolder("/Assessments", Policies.CaseWork));
        return services;
    }
}
