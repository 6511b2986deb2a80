using GuidanceDesk.Web.Domain;
using GuidanceDesk.Web.Infrastructure.Audit;
using GuidanceDesk.Web.Infrastructure.Http;
using GuidanceDesk.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Http.HttpResults;

namespace GuidanceDesk.Web.Features.Projects;

/// <summary>
/// <c>/api/v1/guidance-projects</c> (4.4b, 4.6.1a): design (Manager, Head, Admin), start, link cases and assessment plans
/// (counselors their own), live progress, evaluation and export. A project's version is its ETag; a stale If-Match on an
/// update gets 409; linking to a project that is not running is 422; another unit's project is 404.
/// </summary>
public static class ProjectsApi
{
    public static void MapProjectsApi(this IEndpointRouteBuilder api)
    {
        var g = api.MapGroup("/guidance-projects").WithTags("GuidanceProjects").RequireAuthorization(Policies.ProjectRead);
        g.MapGet("/", async ([AsParameters] ProjectListQuery q, ProjectQueries queries, CancellationToken ct) =>
            TypedResults.Ok(await queries.ListAsync(q, ct)));
        g.MapGet("/{id:long}", async (long id, ProjectQueries q, HttpContext http, CancellationToken ct) => View(http, await q.GetAsync(id, ct)));
        g.MapPost("/", async Task<Created<ProjectView>> (ProjectForm r, ProjectHandlers h, ProjectQueries q, HttpContext http, CancellationToken ct) =>
        {
            var view = await q.GetAsync(await h.CreateAsync(r, ct), ct);
            ETags.Set(http, view.Version);
            return TypedResults.Created($"/api/v1/guidance-projects/{view.Id}", view);
        }).Validates<ProjectForm>().Idempotent().RequireAuthorization(Policies.ProjectDesign);
        g.MapPut("/{id:long}", async (long id, ProjectForm r, ProjectHandlers h, ProjectQueries q, HttpContext http, CancellationToken ct) =>
        {
            r.Version = ETags.ExpectedVersion(http, r.Version);
            await h.UpdateAsync(id, r, ct);
            return View(http, await q.GetAsync(id, ct));
        }).Validates<ProjectForm>().RequireAuthorization(Policies.ProjectDesign);
        Step(g, "/{id:long}/activate", (sp, id, r, ct) => sp.GetRequiredService<ProjectHandlers>().ActivateAsync(id, r, ct));
        Step(g, "/{id:long}/cancel", (sp, id, r, ct) => sp.GetRequiredService<ProjectHandlers>().CancelAsync(id, r, ct));
        g.MapPost("/{id:long}/evaluation", async (long id, EvaluationForm r, EvaluationHandler h, ProjectQueries q, HttpContext http, CancellationToken ct) =>
        {
            r.Version = ETags.ExpectedVersion(http, r.Version);
            await h.EvaluateAsync(id, r, ct);
            return View(http, await q.GetAsync(id, ct));
        }).Validates<EvaluationForm>().RequireAuthorization(Policies.ProjectDesign);

        g.MapGet("/{id:long}/progress", async (long id, ProjectQueries q, CancellationToken ct) => TypedResults.Ok(await q.ProgressAsync(id, ct)));
        g.MapGet("/{id:long}/cases", async (long id, LinkedQueries q, CancellationToken ct) => TypedResults.Ok(await q.CasesAsync(id, ct)));
        g.MapGet("/{id:long}/case-candidates", async (long id, string? q, LinkedQueries queries, CancellationToken ct) =>
            TypedResults.Ok(await queries.CandidatesAsync(id, q, ct)));
        g.MapPost("/{id:long}/cases", async (long id, LinkCaseRequest r, LinkHandlers h, CancellationToken ct) =>
        {
            await h.LinkCaseAsync(id, r.CaseId!.Value, ct);
            return TypedResults.NoContent();
        }).Validates<LinkCaseRequest>();
        g.MapDelete("/{id:long}/cases/{caseId:long}", async (long id, long caseId, LinkHandlers h, CancellationToken ct) =>
        {
            await h.UnlinkCaseAsync(id, caseId, ct);
            return TypedResults.NoContent();
        });
        g.MapGet("/{id:long}/assessment-plans", async (long id, LinkedQueries q, CancellationToken ct) => TypedResults.Ok(await q.PlansAsync(id, ct)));
        g.MapPost("/{id:long}/assessment-plans", async (long id, LinkPlanRequest r, LinkHandlers h, CancellationToken ct) =>
        {
            await h.LinkPlanAsync(id, r.PlanId!.Value, ct);
            return TypedResults.NoContent();
        }).Validates<LinkPlanRequest>();
        g.MapDelete("/{id:long}/assessment-plans/{planId:long}", async (long id, long planId, LinkHandlers h, CancellationToken ct) =>
        {
            await h.UnlinkPlanAsync(id, planId, ct);
            return TypedResults.NoContent();
        });

        g.MapGet("/{id:long}/export.xlsx", async (long id, ProjectQueries q, ProjectAccess access, CancellationToken ct) =>
            TypedResults.File(ProjectExport.ToXlsx(await ReadForExportAsync(id, q, access, "xlsx", ct), await q.ProgressAsync(id, ct)),
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", $"guidance-project-{id}.xlsx"));
        g.MapGet("/{id:long}/export.pdf", async (long id, ProjectQueries q, ProjectAccess access, ProjectExport export, CancellationToken ct) =>
            TypedResults.File(export.ToPdf(await ReadForExportAsync(id, q, access, "pdf", ct), await q.ProgressAsync(id, ct)),
                "application/pdf", $"guidance-project-{id}.pdf"));
    }

    /// <summary>An export leaves the system: it is audited like a read of the project.</summary>
    public static async Task<ProjectView> ReadForExportAsync(long id, ProjectQueries q, ProjectAccess access, string format, CancellationToken ct)
    {
        var view = await q.GetAsync(id, ct);
        access.Read(await access.LoadAsync(id, ct), AuditAction.Export, format);
        return view;
    }

    private static void Step(RouteGroupBuilder g, string pattern, Func<IServiceProvider, long, ProjectStepRequest, CancellationToken, Task> step) =>
        g.MapPost(pattern, async (long id, ProjectStepRequest r, ProjectQueries q, HttpContext http, CancellationToken ct) =>
        {
            r.Version = ETags.ExpectedVersion(http, r.Version);
            await step(http.RequestServices, id, r, ct);
            return View(http, await q.GetAsync(id, ct));
        }).Validates<ProjectStepRequest>().RequireAuthorization(Policies.ProjectDesign);

    private static Ok<ProjectView> View(HttpContext http, ProjectView view)
    {
        ETags.Set(http, view.Version);
        return TypedResults.Ok(view);
    }
}
