using GuidanceDesk.Web.Features.Admin;
using GuidanceDesk.Web.Features.Archive;
using GuidanceDesk.Web.Features.Account;
using GuidanceDesk.Web.Features.Appointments;
using GuidanceDesk.Web.Features.Audit;
using GuidanceDesk.Web.Features.Cases;
using GuidanceDesk.Web.Features.EmployerCases;
using GuidanceDesk.Web.Features.Assessments;
using GuidanceDesk.Web.Features.Placements;
using GuidanceDesk.Web.Features.Privacy;
using GuidanceDesk.Web.Features.Projects;
using GuidanceDesk.Web.Features.Quality.Conformance;
using GuidanceDesk.Web.Features.PolicyLibrary;
using GuidanceDesk.Web.Features.Employers;
using GuidanceDesk.Web.Features.Evaluation;
using GuidanceDesk.Web.Features.GroupSessions;
using GuidanceDesk.Web.Features.Market;
using GuidanceDesk.Web.Features.Reference;
using GuidanceDesk.Web.Features.Referrals;
using GuidanceDesk.Web.Features.Risk;
using GuidanceDesk.Web.Features.Reminders;
using GuidanceDesk.Web.Features.Reports;
using GuidanceDesk.Web.Features.Staff;
using GuidanceDesk.Web.Features.Surveys;
using GuidanceDesk.Web.Features.Training;
using GuidanceDesk.Web.Features.PublicJobs;
using GuidanceDesk.Web.Features.Quality;
using GuidanceDesk.Web.Features.Complaints;
using GuidanceDesk.Web.Features.Units;
using GuidanceDesk.Web.Features.Vacancies;
using GuidanceDesk.Web.Features.Worklist;
using GuidanceDesk.Web.Features.Workers;
using GuidanceDesk.Web.Infrastructure.Http;
using GuidanceDesk.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;

namespace GuidanceDesk.Web.Features;

/// <summary>The areas: their handlers, pages (with per-folder policies), API groups, and the request pipeline.</summary>
public static class FeatureSetup
{
    public static IServiceCollection AddAppPages(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddMarket();
        services.Configure<PublicService.SiteOptions>(configuration.GetSection("Site"));
        services.AddScoped<WorkerHandlers>();
        services.AddScoped<WorkerQueries>();
        services.AddScoped<WorkerExport>();
        services.AddScoped<EmployerHandlers>();
        services.AddScoped<UnitHandlers>();
        services.AddScoped<StaffHandlers>();
        services.AddScoped<AuditQueries>();
        services.AddGuidance();
        services.AddVacancies();
        services.AddPlacements();
        services.AddAssessments();
        services.AddReferrals(configuration);
        services.AddRiskAlerts(configuration);
        services.AddArchive(configuration);
        services.AddTraining(configuration);
        services.AddGuidanceProjects();
        services.AddPolicyLibrary(configuration);
        services.AddGroupSessions(configuration);
        services.AddConformance(configuration);
        services.AddThirdPartyEvaluation();
        services.AddSurveys(configuration);
        services.AddQuality(configuration);
        services.AddReports();
        services.AddPrivacy(configuration);
        services.AddScoped<Admin.BackupHandlers>();

        services.AddRazorPages(o =>
            {
                // Pages live beside their handlers and API in the area folders (architecture: feature folders).
                o.RootDirectory = "/Features";
                o.Conventions.AllowAnonymousToFolder("/Account");
                o.Conventions.AuthorizeFolder("/Account/Manage");
                o.Conventions.AllowAnonymousToFolder("/Public");
                o.Conventions.AllowAnonymousToPage("/Error");
                o.Conventions.AuthorizeFolder("/Units", Policies.ReadUnits);
                o.Conventions.AuthorizeFolder("/Staff", Policies.ReadStaff);
                o.Conventions.AuthorizeFolder("/Workers", Policies.ClientRecords);
                o.Conventions.AuthorizeFolder("/Employers", Policies.ClientRecords);
                o.Conventions.AuthorizeFolder("/Audit", Policies.AuditLog);
                o.Conventions.AuthorizeFolder("/Portal", Policies.Portal);
                o.Conventions.AuthorizeFolder("/Appointments", Policies.CaseWork);
                o.Conventions.AuthorizeFolder("/Cases", Policies.ClientRecords);
                o.Conventions.AuthorizeFolder("/Worklist", Policies.CaseWork);
                o.Conventions.AuthorizeFolder("/Vacancies", Policies.ClientRecords);
                o.Conventions.AuthorizeFolder("/Market", Policies.MarketRead);
                o.Conventions.AuthorizeFolder("/EmployerCases", Policies.ClientRecords);
            })
            // Binder messages in Chinese, so that PageErrors.Localize can translate them like every other message.
            .AddMvcOptions(o => Common.BindingMessages.UseChinese(o.ModelBindingMessageProvider))
            .AddViewLocalization()
            .AddDataAnnotationsLocalization(o => o.DataAnnotationLocalizerProvider = (_, factory) => factory.Create(typeof(SharedResource)));
        return services;
    }

    public static WebApplication UseAppPipeline(this WebApplication app)
    {
        app.UseMiddleware<Infrastructure.Logging.RequestLog>();
        // The API answers problem details; a page request gets a page it can read (and a way back).
        app.UseWhen(SecuritySetup.IsApi, api =>
        {
            api.UseExceptionHandler();
            api.UseStatusCodePages();
        });
        app.UseWhen(ctx => !SecuritySetup.IsApi(ctx), pages =>
        {
            pages.UseExceptionHandler("/Error");
            pages.UseStatusCodePagesWithReExecute("/Error", "?code={0}");
        });
        if (!app.Environment.IsDevelopment())
            app.UseHsts();
        app.Use(async (context, next) =>
        {
            var headers = context.Response.Headers;
            headers.XContentTypeOptions = "nosniff";
            headers.XFrameOptions = "DENY";
            headers["Referrer-Policy"] = "same-origin";
            headers.ContentSecurityPolicy = "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; frame-ancestors 'none'";
            await next();
        });
        app.UseStaticFiles();
        app.UseMiddleware<Infrastructure.Http.RequestAdmissionMiddleware>();
        app.UseRequestLocalization();
        app.UseRouting();
        app.UseRateLimiter();
        app.UseAuthentication();
        app.UseMiddleware<TwoFactorGate>();
        app.UseAuthorization();
        app.UseWhen(SecuritySetup.IsApi, api => api.UseMiddleware<JsonBodyLimit>());
        return app;
    }

    public static WebApplication MapAppEndpoints(this WebApplication app)
    {
        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false }).AllowAnonymous();
        app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = c => c.Tags.Contains("ready") }).AllowAnonymous();
        app.MapOpenApi("/openapi/{documentName}.json").AllowAnonymous();

        var api = app.MapGroup("/api/v1").ChecksInputRanges();
        api.MapAuthApi();
        api.MapUnitsApi();
        api.MapStaffApi();
        api.MapWorkersApi();
        api.MapEmployersApi();
        api.MapAuditApi();
        api.MapAppointmentsApi();
        api.MapCasesApi();
        api.MapWorklistApi();
        api.MapNotificationsApi();
        api.MapReferenceApi();
        api.MapCalendarApi();
        api.MapVacanciesApi();
        api.MapPublicApi();
        api.MapMarketApi();
        api.MapEmployerCasesApi();
        api.MapPlacementsApi();
        api.MapAssessmentsApi();
        api.MapReferralsApi();
        api.MapRiskApi();
        api.MapArchiveApi();
        api.MapTrainingApi();
        api.MapProjectsApi();
        api.MapPoliciesApi();
        api.MapHandbooksApi();
        api.MapPublicPoliciesApi();
        api.MapGroupSessionsApi();
        api.MapPortalGroupSessionsApi();
        api.MapConformanceApi();
        api.MapEvaluationApi();
        api.MapSurveysApi();
        api.MapComplaintsApi();
        api.MapQualityApi();
        api.MapReportsApi();
        api.MapBackupsApi();
        api.MapPrivacyApi();
        app.MapRazorPages();
        return app;
    }
}

/// <summary>Marker for the shared UI strings (Resources/SharedResource.en.resx); Chinese is the key and the default.</summary>
public sealed class SharedResource;
