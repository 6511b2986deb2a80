using GuidanceDesk.Web.Infrastructure.Http;
using GuidanceDesk.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Http.HttpResults;

namespace GuidanceDesk.Web.Features.Assessments;

/// <summary>
/// <c>/api/v1/instruments</c> (the catalogue, 4.3d), <c>/api/v1/assessments</c> (plans 7.1.6, administration, scoring)
/// and <c>/api/v1/reports</c> (职业倾向分析报告 7.1.7). Editable resources answer with their version as the ETag; a stale
/// If-Match gets 409. Who sees what is decided in <see cref="AssessmentAccess"/>: a worker only their own.
/// </summary>
public static class AssessmentsApi
{
    public static void MapAssessmentsApi(this IEndpointRouteBuilder api)
    {
        var i = api.MapGroup("/instruments").WithTags("Instruments").RequireAuthorization(Policies.Guidance);
        i.MapGet("/", async (bool? retired, AssessmentQueries q, CancellationToken ct) => TypedResults.Ok(await q.InstrumentsAsync(retired ?? false, ct)));
        i.MapGet("/{id:long}", async (long id, AssessmentQueries q, CancellationToken ct) => TypedResults.Ok(await q.InstrumentAsync(id, ct)));
        i.MapPost("/", async (HttpRequest request, InstrumentAdmin admin, AssessmentQueries q, CancellationToken ct) =>
        {
            var id = await admin.UploadAsync(request, ct);
            return TypedResults.Created($"/api/v1/instruments/{id}", await q.InstrumentAsync(id, ct));
        }).RequireAuthorization(Policies.InstrumentManage);
        i.MapPost("/{id:long}/retire", async (long id, InstrumentAdmin admin, CancellationToken ct) =>
        {
            await admin.RetireAsync(id, ct);
            return TypedResults.NoContent();
        }).RequireAuthorization(Policies.InstrumentManage);

        var a = api.MapGroup("/assessments").WithTags("Assessments").RequireAuthorization(Policies.Guidance);
        a.MapGet("/plans", async (long? workerId, bool? open, AssessmentQueries q, CancellationToken ct) =>
            TypedResults.Ok(await q.PlansAsync(workerId, open ?? false, 200, ct)));
        a.MapPost("/plans", async Task<Created<PlanView>> (AssessmentPlanRequest r, PlanHandlers h, AssessmentQueries q, HttpContext http, CancellationToken ct) =>
        {
            var view = await q.PlanAsync(await h.CreateAsync(r, ct), ct);
            ETags.Set(http, view.Version);
            return TypedResults.Created($"/api/v1/assessments/plans/{view.Id}", view);
        }).Validates<AssessmentPlanRequest>().Idempotent();
        a.MapGet("/plans/{id:long}", async (long id, AssessmentQueries q, HttpContext http, CancellationToken ct) => Plan(http, await q.PlanAsync(id, ct)));
        a.MapPut("/plans/{id:long}", async (long id, AssessmentPlanRequest r, PlanHandlers h, AssessmentQueries q, HttpContext http, CancellationToken ct) =>
        {
            r.Version = ETags.ExpectedVersion(http, r.Version);
            await h.ReviseAsync(id, r, ct);
            return Plan(http, await q.PlanAsync(id, ct));
        }).Validates<AssessmentPlanRequest>();
        a.MapPost("/plans/{id:long}/agree", async (long id, AgreePlanRequest r, PlanHandlers h, AssessmentQueries q, HttpContext http, CancellationToken ct) =>
        {
            r.Version = ETags.ExpectedVersion(http, r.Version);
            await h.AgreeAsync(id, r, ct);
            return Plan(http, await q.PlanAsync(id, ct));
        }).Validates<AgreePlanRequest>();
        a.MapPost("/plans/{id:long}/cancel", async (long id, ReasonRequest r, PlanHandlers h, AssessmentQueries q, HttpContext http, CancellationToken ct) =>
        {
            r.Version = ETags.ExpectedVersion(http, r.Version);
            await h.CancelAsync(id, r, ct);
            return Plan(http, await q.PlanAsync(id, ct));
        }).Validates<ReasonRequest>();

        a.MapGet("/", async (AssessmentQueries q, CancellationToken ct) => TypedResults.Ok(await q.MineAsync(ct)));
        a.MapGet("/{id:long}", async (long id, AssessmentQueries q, CancellationToken ct) => TypedResults.Ok(await q.TakeAsync(id, ct)));
        a.MapPut("/{id:long}/answers", async (long id, AnswerRequest r, AnswerHandlers h, CancellationToken ct) =>
        {
            await h.SaveAnswerAsync(id, r, ct);
            return TypedResults.NoContent();
        }).Validates<AnswerRequest>();
        a.MapPost("/{id:long}/complete", async (long id, AnswerHandlers h, AssessmentQueries q, CancellationToken ct) =>
        {
            await h.CompleteAsync(id, ct);
            return TypedResults.Ok(await q.ResultAsync(id, ct));
        });
        a.MapPost("/{id:long}/paper", async (long id, PaperSheetRequest r, AnswerHandlers h, AssessmentQueries q, CancellationToken ct) =>
        {
            await h.EnterPaperAsync(id, r, ct);
            return TypedResults.Ok(await q.ResultAsync(id, ct));
        }).Validates<PaperSheetRequest>();
        a.MapPost("/{id:long}/void", async (long id, ReasonRequest r, AnswerHandlers h, HttpContext http, CancellationToken ct) =>
        {
            r.Version = ETags.ExpectedVersion(http, r.Version);
            await h.VoidAsync(id, r, ct);
            return TypedResults.NoContent();
        }).Validates<ReasonRequest>();
        a.MapGet("/{id:long}/result", async (long id, AssessmentQueries q, CancellationToken ct) => TypedResults.Ok(await q.ResultAsync(id, ct)));

        var r = api.MapGroup("/reports").WithTags("Reports").RequireAuthorization(Policies.Guidance);
        r.MapGet("/", async (long workerId, AssessmentQueries q, CancellationToken ct) => TypedResults.Ok(await q.ReportsAsync(workerId, ct)));
        r.MapPost("/", async Task<Created<ReportView>> (CreateReportRequest body, ReportHandlers h, AssessmentQueries q, HttpContext http, CancellationToken ct) =>
        {
            var view = await q.ReportAsync(await h.CreateAsync(body.PlanId!.Value, ct), ct);
            ETags.Set(http, view.Version);
            return TypedResults.Created($"/api/v1/reports/{view.Id}", view);
        }).Validates<CreateReportRequest>();
        r.MapGet("/{id:long}", async (long id, AssessmentQueries q, HttpContext http, CancellationToken ct) => Report(http, await q.ReportAsync(id, ct)));
        r.MapPut("/{id:long}", async (long id, ReportEditRequest body, ReportHandlers h, AssessmentQueries q, HttpContext http, CancellationToken ct) =>
        {
            body.Version = ETags.ExpectedVersion(http, body.Version);
            await h.EditAsync(id, body, ct);
            return Report(http, await q.ReportAsync(id, ct));
        }).Validates<ReportEditRequest>();
        r.MapPost("/{id:long}/issue", async (long id, ReportHandlers h, AssessmentQueries q, HttpContext http, CancellationToken ct) =>
        {
            await h.IssueAsync(id, ETags.ExpectedVersion(http, null), ct);
            return Report(http, await q.ReportAsync(id, ct));
        });
        r.MapPost("/{id:long}/feedback", async (long id, FeedbackRequest body, ReportHandlers h, AssessmentQueries q, HttpContext http, CancellationToken ct) =>
        {
            body.Version = ETags.ExpectedVersion(http, body.Version);
            await h.FeedbackAsync(id, body, ct);
            return Report(http, await q.ReportAsync(id, ct));
        }).Validates<FeedbackRequest>();
        r.MapGet("/{id:long}/report.pdf", async (long id, ReportModelBuilder b, CareerReportPdf pdf, CancellationToken ct) =>
        {
            var model = await b.BuildAsync(id, ct);
            return TypedResults.File(pdf.Render(model), "application/pdf", $"{model.ReportNumber}.pdf");
        });
    }

    private static Ok<PlanView> Plan(HttpContext http, PlanView view) => ETags.Ok(http, view, view.Version);

    private static Ok<ReportView> Report(HttpContext http, ReportView view) => ETags.Ok(http, view, view.Version);
}
