using GuidanceDesk.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace GuidanceDesk.Web.Features.Projects;

/// <summary>Guidance projects (4.4b, 4.6.1a): services, the sources of "services given", and the page-folder policy.</summary>
public static class ProjectSetup
{
    public static IServiceCollection AddGuidanceProjects(this IServiceCollection services)
    {
        services.AddScoped<ProjectAccess>();
        services.AddScoped<ProjectHandlers>();
        services.AddScoped<LinkHandlers>();
        services.AddScoped<EvaluationHandler>();
        services.AddScoped<ProjectQueries>();
        services.AddScoped<LinkedQueries>();
        services.AddScoped<ProjectProgress>();
        services.AddScoped<ProjectExport>();
        // What counts as "services given" (服务人次). Group sessions (7.1.2) add their source here.
        services.AddScoped<IProjectServiceSource, GuidanceRecordSource>();
        services.AddScoped<IProjectServiceSource, AssessmentSource>();
        services.AddScoped<IProjectServiceSource, GroupSessionSource>();
        services.Configure<RazorPagesOptions>(o => o.Conventions.AuthorizeFolder("/Projects", Policies.ProjectRead));
        return services;
    }
}
