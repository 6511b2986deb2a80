using GuidanceDesk.Web.Domain;
using GuidanceDesk.Web.Infrastructure.Http;
using GuidanceDesk.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Http.HttpResults;

namespace GuidanceDesk.Web.Features.Workers;

/// <summary><c>/api/v1/workers</c>: the worker registry .</summary>
public static class WorkersApi
{
    public static RouteGroupBuilder MapWorkersApi(this IEndpointRouteBuilder api)
    {
        var group = api.MapGroup("/workers").WithTags("Workers").RequireAuthorization(Policies.ClientRecords);

        group.MapGet("/", async ([AsParameters] WorkerSearch search, WorkerQueries q, CancellationToken ct) =>
            TypedResults.Ok(await q.SearchAsync(search, ct)));

        // The same search with the criteria in the body, so that an ID or phone number stays out of URLs and access logs.
        group.MapPost("/search", async (WorkerSearch search, WorkerQueries q, CancellationToken ct) =>
            TypedResults.Ok(await q.SearchAsync(search, ct))).Validates<WorkerSearch>();

        group.MapGet("/export.csv", async ([AsParameters] WorkerSearch search, WorkerExport export, CancellationToken ct) =>
            TypedResults.File(await export.CsvAsync(search, ct), "text/csv; charset=utf-8", "workers.csv"));

        group.MapGet("/{id:long}", async (long id, WorkerQueries q, HttpContext http, CancellationToken ct) =>
        {
            var view = await q.GetAsync(id, audited: true, ct);
            return ETags.Ok(http, view, view.Version);
        });

        group.MapPost("/", async Task<Created<WorkerView>> (RegisterWorkerRequest request, WorkerHandlers h, HttpContext http, CancellationToken ct) =>
        {
            var view = await h.RegisterAsync(request.Worker, request.ServiceAgreement!, request.ServiceUnitId, ct);
            ETags.Set(http, view.Version);
            return TypedResults.Created($"/api/v1/workers/{view.Id}", view);
        }).Validates<RegisterWorkerRequest>().Idempotent();

        group.MapPut("/{id:long}", async (long id, WorkerForm form, WorkerHandlers h, HttpContext http, CancellationToken ct) =>
        {
            var view = await h.UpdateAsync(id, form, ETags.ExpectedVersion(http, form.Version), ct);
            ETags.Set(http, view.Version);
            return TypedResults.Ok(view);
        }).Validates<WorkerForm>();

        group.MapPost("/{id:long}/reveal", async (long id, RevealRequest request, WorkerQueries q, CancellationToken ct) =>
            TypedResults.Ok(await q.RevealAsync(id, request.Reason, ct)))
            .Validates<RevealRequest>().RequireAuthorization(Policies.RevealIdentifiers);

        group.MapPost("/{id:long}/consents/{kind}", async (long id, ConsentKind kind, ServiceAgreementForm form, WorkerHandlers h, CancellationToken ct) =>
            TypedResults.Ok(await h.RecordConsentAsync(id, kind, form, ct)))
            .Validates<ServiceAgreementForm>();

        group.MapPost("/{id:long}/consents/{consentId:long}/withdraw", async (long id, long consentId, WorkerHandlers h, CancellationToken ct) =>
        {
            await h.WithdrawConsentAsync(id, consentId, ct);
            return TypedResults.NoContent();
        });

        // The worker's own record, for the portal (a worker sees only themself).
        api.MapGet("/me/worker", async (CurrentUser user, WorkerQueries q, CancellationToken ct) =>
            user.WorkerId is { } self ? Results.Ok(await q.GetAsync(self, audited: true, ct)) : Results.NotFound())
            .WithTags("Portal").RequireAuthorization(Policies.Portal);
        return group;
    }
}
