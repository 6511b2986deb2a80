using GuidanceDesk.Web.Data;
using GuidanceDesk.Web.Domain;
using GuidanceDesk.Web.Features.Cases;
using GuidanceDesk.Web.Infrastructure;
using GuidanceDesk.Web.Infrastructure.Audit;
using GuidanceDesk.Web.Infrastructure.Http;
using GuidanceDesk.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

using GuidanceDesk.Web.Features.Quality;

namespace GuidanceDesk.Web.Features.Evaluation;

/// <summary>
/// <c>/api/v1/third-party-evaluations</c> (9.2.3): the head grants an evaluator access to a unit and period; the evaluator
/// reads the conformance report and its sample of cases de-identified, records findings and concludes. Data reads are
/// refused (403) once the grant has ended; another unit's or evaluator's evaluation is 404.
/// </summary>
public static class EvaluationApi
{
    public static void MapEvaluationApi(this IEndpointRouteBuilder api)
    {
        var g = api.MapGroup("/third-party-evaluations").WithTags("ThirdPartyEvaluations").RequireAuthorization(Policies.EvaluationRead);
        g.MapGet("/", async (EvaluationAccess access, AppDbContext db, AgencyClock clock, CancellationToken ct) =>
        {
            var list = await access.Visible().AsNoTracking().OrderByDescending(e => e.Id).Take(200).ToListAsync(ct);
            var names = await db.ServiceUnits.ToDictionaryAsync(u => u.Id, u => u.Name, ct);
            return TypedResults.Ok(list.Select(e => EvaluationView.Of(e, UnitName(names, e.ServiceUnitId), clock.Today)).ToList());
        });
        g.MapPost("/", async Task<Created<EvaluationView>> (GrantForm form, EvaluationHandlers h, EvaluationAccess access, AppDbContext db, AgencyClock clock, HttpContext http, CancellationToken ct) =>
        {
            var view = await ViewAsync(await access.LoadAsync(await h.GrantAsync(form, ct), ct), db, clock, ct);
            ETags.Set(http, view.Version);
            return TypedResults.Created($"/api/v1/third-party-evaluations/{view.Id}", view);
        }).Validates<GrantForm>().Idempotent().RequireAuthorization(Policies.QualityConvene);
        g.MapGet("/{id:long}", async (long id, EvaluationAccess access, AppDbContext db, AgencyClock clock, HttpContext http, CancellationToken ct) =>
            Ok(http, await ViewAsync(await access.LoadAsync(id, ct), db, clock, ct)));
        Step<StepForm>(g, "/{id:long}/revoke", (h, id, f, ct) => h.RevokeAsync(id, f, ct)).RequireAuthorization(Policies.QualityConvene);
        Step<SampleForm>(g, "/{id:long}/sample", (h, id, f, ct) => h.DrawSampleAsync(id, f, ct));
        Step<FindingForm>(g, "/{id:long}/findings", (h, id, f, ct) => h.AddFindingAsync(id, f, ct));
        Step<ConclusionForm>(g, "/{id:long}/conclusion", (h, id, f, ct) => h.CompleteAsync(id, f, ct));
        g.MapPost("/{id:long}/findings/{line:int}/actions", async (long id, int line, RaiseActionRequest r, EvaluationHandlers h, QualityQueries q,
            CancellationToken ct) =>
        {
            var actionId = await h.RaiseFromFindingAsync(id, line, r, ct);
            return TypedResults.Created($"/api/v1/quality/actions/{actionId}", await q.ActionAsync(actionId, ct));
        }).Validates<RaiseActionRequest>().RequireAuthorization(Policies.QualityManage);

        g.MapGet("/{id:long}/report", async (long id, EvaluationAccess access, EvaluationQueries q, CancellationToken ct) =>
            TypedResults.Ok(await q.ReportAsync(await access.OpenForEvaluatorAsync(id, ct), ct)));
        g.MapGet("/{id:long}/report/{key}/records", async (long id, string key, EvaluationAccess access, EvaluationQueries q, CancellationToken ct) =>
            TypedResults.Ok((await q.DrillAsync(await access.OpenForEvaluatorAsync(id, ct), key, ct)).Rows));
        g.MapGet("/{id:long}/sample", async (long id, EvaluationAccess access, EvaluationQueries q, CancellationToken ct) =>
            TypedResults.Ok(await q.SampleAsync(await access.OpenForEvaluatorAsync(id, ct), withHistory: false, ct)));
        g.MapGet("/{id:long}/sample/{caseId:long}", async (long id, long caseId, EvaluationAccess access, EvaluationQueries q, CancellationToken ct) =>
        {
            var e = await access.OpenForEvaluatorAsync(id, ct);
            if (!e.SampleCaseIds.Contains(caseId))
                throw new NotFoundException("该个案不在本次评价的样本中");
            return TypedResults.Ok((await q.SampleAsync(e, withHistory: true, ct)).Single(c => c.CaseId == caseId));
        });
        g.MapGet("/{id:long}/export.xlsx", async (long id, EvaluationAccess access, EvaluationQueries q, CancellationToken ct) =>
        {
            var e = await access.OpenForEvaluatorAsync(id, ct);
            var bytes = await q.ExportAsync(e, ct);
            return TypedResults.File(bytes, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", $"third-party-evaluation-{id}.xlsx");
        });
    }

    public static string UnitName(IReadOnlyDictionary<long, string> names, long? unitId) =>
        unitId is { } u ? names.GetValueOrDefault(u, "") : "全市";

    public static async Task<EvaluationView> ViewAsync(ThirdPartyEvaluation e, AppDbContext db, AgencyClock clock, CancellationToken ct)
    {
        var name = e.ServiceUnitId is { } u ? await db.ServiceUnits.Where(x => x.Id == u).Select(x => x.Name).FirstAsync(ct) : "全市";
        return EvaluationView.Of(e, name, clock.Today);
    }

    private static RouteHandlerBuilder Step<T>(RouteGroupBuilder g, string pattern, Func<EvaluationHandlers, long, T, CancellationToken, Task> step)
        where T : class, IVersionedRequest =>
        g.MapPost(pattern, async (long id, T form, EvaluationHandlers h, EvaluationAccess access, AppDbContext db, AgencyClock clock, HttpContext http, CancellationToken ct) =>
        {
            form.Version = ETags.ExpectedVersion(http, form.Version);
            await step(h, id, form, ct);
            return Ok(http, await ViewAsync(await access.LoadAsync(id, ct), db, clock, ct));
        }).Validates<T>();

    private static Ok<EvaluationView> Ok(HttpContext http, EvaluationView view)
    {
        ETags.Set(http, view.Version);
        return TypedResults.Ok(view);
    }
}
