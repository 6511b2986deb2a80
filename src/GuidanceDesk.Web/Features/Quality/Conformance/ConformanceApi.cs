using GuidanceDesk.Web.Domain;
using GuidanceDesk.Web.Infrastructure;
using GuidanceDesk.Web.Infrastructure.Audit;
using GuidanceDesk.Web.Infrastructure.Http;
using GuidanceDesk.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace GuidanceDesk.Web.Features.Quality.Conformance;

/// <summary>
/// <c>/api/v1/quality/conformance</c> and <c>/api/v1/quality/self-evaluations</c> (9.2.2): the live conformance report
/// with the records behind each row, and the self-inspection convened and signed by the head (Head, Manager; unit staff
/// see their own unit, another unit is 404).
/// </summary>
public static class ConformanceApi
{
    public static void MapConformanceApi(this IEndpointRouteBuilder api)
    {
        var g = api.MapGroup("/quality").WithTags("Quality").RequireAuthorization(Policies.QualityReview);
        g.MapGet("/conformance", async ([AsParameters] PeriodQuery q, QualityScope scope, ConformanceReports reports, AgencyClock clock, CancellationToken ct) =>
            TypedResults.Ok(await reports.ComputeAsync(scope.Resolve(q.UnitId), q.Resolve(clock), ct)));
        g.MapGet("/conformance/{key}/records", async (string key, [AsParameters] PeriodQuery q, int? limit, QualityScope scope,
            ConformanceReports reports, AgencyClock clock, CancellationToken ct) =>
        {
            var (_, rows) = await reports.DrillAsync(key, scope.Resolve(q.UnitId), q.Resolve(clock), Math.Clamp(limit ?? 200, 1, 1000), ct);
            return TypedResults.Ok(rows);
        });
        // A failing or warning row of the unit and period becomes a corrective or preventive action (9.1.3).
        g.MapPost("/conformance/{key}/actions", async (string key, [AsParameters] PeriodQuery q, RaiseActionRequest r, QualityScope scope,
            ConformanceActions actions, QualityQueries quality, AgencyClock clock, CancellationToken ct) =>
        {
            var id = await actions.RaiseAsync(key, scope.Resolve(q.UnitId), q.Resolve(clock), r, ct);
            return TypedResults.Created($"/api/v1/quality/actions/{id}", await quality.ActionAsync(id, ct));
        }).Validates<RaiseActionRequest>().RequireAuthorization(Policies.QualityManage);
        g.MapGet("/conformance/export.{format:regex(^(xlsx|pdf)$)}", async (string format, [AsParameters] PeriodQuery q, QualityScope scope,
            ConformanceReports reports, ConformanceExport export, AgencyClock clock, AuditLog audit, CancellationToken ct) =>
        {
            var report = await reports.ComputeAsync(scope.Resolve(q.UnitId), q.Resolve(clock), ct);
            audit.Read(AuditAction.Export, "ConformanceReport", null, report.UnitId, format);
            var file = export.File(format, report.UnitName, report.Period, report.Rows, null);
            return TypedResults.File(file.Bytes, file.ContentType, file.Name);
        });

        var s = g.MapGroup("/self-evaluations");
        s.MapGet("/", async (SelfEvaluationHandlers h, CancellationToken ct) => TypedResults.Ok(await ListAsync(h.Visible(), ct)));
        s.MapPost("/", async Task<Created<SelfEvaluationView>> (SelfEvaluationForm form, SelfEvaluationHandlers h, ConformanceReports reports, HttpContext http, CancellationToken ct) =>
        {
            var view = await ViewAsync(await h.LoadAsync(await h.ConveneAsync(form, ct), ct), reports, ct);
            ETags.Set(http, view.Version);
            return TypedResults.Created($"/api/v1/quality/self-evaluations/{view.Id}", view);
        }).Validates<SelfEvaluationForm>().Idempotent().RequireAuthorization(Policies.QualityConvene);
        s.MapGet("/{id:long}", async (long id, SelfEvaluationHandlers h, ConformanceReports reports, HttpContext http, CancellationToken ct) =>
            Ok(http, await ViewAsync(await h.LoadAsync(id, ct), reports, ct)));
        s.MapPost("/{id:long}/refresh", (long id, VersionForm f, SelfEvaluationHandlers h, ConformanceReports r, HttpContext http, CancellationToken ct) =>
            Step(http, f, id, h, r, () => h.RefreshAsync(id, f.Version, ct), ct)).Validates<VersionForm>();
        s.MapPut("/{id:long}/checklist/{key}", (long id, string key, ChecklistAnswerForm f, SelfEvaluationHandlers h, ConformanceReports r, HttpContext http, CancellationToken ct) =>
            Step(http, f, id, h, r, () => h.AnswerAsync(id, key, f, ct), ct)).Validates<ChecklistAnswerForm>();
        s.MapPost("/{id:long}/assessments", (long id, ManagerAssessmentForm f, SelfEvaluationHandlers h, ConformanceReports r, HttpContext http, CancellationToken ct) =>
            Step(http, f, id, h, r, () => h.AssessAsync(id, f, ct), ct)).Validates<ManagerAssessmentForm>();
        s.MapPost("/{id:long}/appraisal", (long id, AppraisalForm f, SelfEvaluationHandlers h, ConformanceReports r, HttpContext http, CancellationToken ct) =>
            Step(http, f, id, h, r, () => h.SignAsync(id, f, ct), ct)).Validates<AppraisalForm>();
        s.MapGet("/{id:long}/export.{format:regex(^(xlsx|pdf)$)}", async (long id, string format, SelfEvaluationHandlers h, CancellationToken ct) =>
        {
            var file = await h.ExportAsync(id, format, ct);
            return TypedResults.File(file.Bytes, file.ContentType, file.Name);
        });
    }

    public static async Task<List<SelfEvaluationListItem>> ListAsync(IQueryable<SelfEvaluation> visible, CancellationToken ct)
    {
        var rows = await visible.AsNoTracking().OrderByDescending(e => e.PeriodTo).ThenByDescending(e => e.Id).Take(200).ToListAsync(ct);
        return [.. rows.Select(e => new SelfEvaluationListItem(e.Id, e.ServiceUnitId, e.Title, e.PeriodFrom, e.PeriodTo, e.Status, e.ConvenedByName,
            e.ConvenedAt, e.Rating, e.SignedAt, e.Rows.Count(r => r.Level == ConformanceLevel.Fail)))];
    }

    public static async Task<SelfEvaluationView> ViewAsync(SelfEvaluation e, ConformanceReports reports, CancellationToken ct) =>
        SelfEvaluationView.Of(e, await reports.UnitNameAsync(e.ServiceUnitId, ct));

    private static async Task<Ok<SelfEvaluationView>> Step(HttpContext http, Cases.IVersionedRequest form, long id, SelfEvaluationHandlers h,
        ConformanceReports reports, Func<Task> step, CancellationToken ct)
    {
        form.Version = ETags.ExpectedVersion(http, form.Version);
        await step();
        return Ok(http, await ViewAsync(await h.LoadAsync(id, ct), reports, ct));
    }

    private static Ok<SelfEvaluationView> Ok(HttpContext http, SelfEvaluationView view)
    {
        ETags.Set(http, view.Version);
        return TypedResults.Ok(view);
    }
}
