using System.Globalization;
using GuidanceDesk.Web.Domain;
using GuidanceDesk.Web.Features.Quality.Conformance;
using GuidanceDesk.Web.Infrastructure;
using GuidanceDesk.Web.Infrastructure.Audit;
using GuidanceDesk.Web.Infrastructure.Http;
using GuidanceDesk.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Http.HttpResults;

namespace GuidanceDesk.Web.Features.Reports;

/// <summary>
/// <c>/api/v1/reports</c> (9.2.1): the statistics of a unit (or the city) for a period, with the workbook, and the
/// quarterly summaries of guidance experience — drafted and edited by the head or a manager, published by the head.
/// Unit staff see their own unit; another unit is 404; counselors are refused.
/// </summary>
public static class ReportsApi
{
    public static void MapReportsApi(this IEndpointRouteBuilder api)
    {
        // Not under /reports: that is the assessment reports' (7.1.6) resource.
        var g = api.MapGroup("/statistics").WithTags("Statistics").RequireAuthorization(Policies.QualityReview);
        g.MapGet("/", async ([AsParameters] PeriodQuery q, QualityScope scope, StatisticsQueries stats, AgencyClock clock, CancellationToken ct) =>
            TypedResults.Ok(await stats.ComputeAsync(scope.Resolve(q.UnitId), q.Resolve(clock), ct)));
        g.MapGet("/export.xlsx", async ([AsParameters] PeriodQuery q, QualityScope scope, StatisticsQueries stats, AgencyClock clock,
            AuditLog audit, CancellationToken ct) =>
        {
            var s = await stats.ComputeAsync(scope.Resolve(q.UnitId), q.Resolve(clock), ct);
            audit.Read(AuditAction.Export, "ReportStatistics", null, s.UnitId, "xlsx");
            return TypedResults.File(ReportsExport.ToXlsx(s), ReportsExport.Xlsx, "statistics.xlsx");
        });

        var s = api.MapGroup("/quarterly-summaries").WithTags("QuarterlySummaries").RequireAuthorization(Policies.QualityReview);
        s.MapGet("/", async (long? unitId, SummaryHandlers h, CancellationToken ct) => TypedResults.Ok(await h.ListAsync(unitId, ct)));
        s.MapGet("/{id:long}", async (long id, SummaryHandlers h, HttpContext http, CancellationToken ct) =>
            Ok(http, await h.ViewAsync(await h.LoadAsync(id, ct), ct)));
        s.MapPost("/", async Task<Results<Created<SummaryView>, Ok<SummaryView>>> (SummaryDraftForm form, SummaryHandlers h, HttpContext http, CancellationToken ct) =>
        {
            var (summary, created) = await h.DraftAsync(form, ct);
            var view = await h.ViewAsync(summary, ct);
            ETags.Set(http, view.Version);
            return created ? TypedResults.Created($"/api/v1/quarterly-summaries/{view.Id.ToString(CultureInfo.InvariantCulture)}", view) : TypedResults.Ok(view);
        }).Validates<SummaryDraftForm>();
        s.MapPut("/{id:long}", async (long id, SummarySectionsForm form, SummaryHandlers h, HttpContext http, CancellationToken ct) =>
        {
            form.Version = ETags.ExpectedVersion(http, form.Version);
            await h.EditAsync(id, form, ct);
            return Ok(http, await h.ViewAsync(await h.LoadAsync(id, ct), ct));
        }).Validates<SummarySectionsForm>();
        s.MapPost("/{id:long}/publish", async (long id, SummaryPublishForm? form, SummaryHandlers h, HttpContext http, CancellationToken ct) =>
        {
            await h.PublishAsync(id, ETags.ExpectedVersion(http, form?.Version), ct);
            return Ok(http, await h.ViewAsync(await h.LoadAsync(id, ct), ct));
        }).ValidatesIfPresent<SummaryPublishForm>().RequireAuthorization(Policies.QualityConvene);
    }

    private static Ok<SummaryView> Ok(HttpContext http, SummaryView view)
    {
        ETags.Set(http, view.Version);
        return TypedResults.Ok(view);
    }
}
