using GuidanceDesk.Web.Features.Cases;
using GuidanceDesk.Web.Infrastructure.Http;
using GuidanceDesk.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Http.HttpResults;

namespace GuidanceDesk.Web.Features.Privacy;

/// <summary>
/// Privacy operations (4.6.2b). <c>/api/v1/portal/...</c>: the signed-in worker's data (JSON, audited), their requests,
/// consents and access log. <c>/api/v1/privacy-requests</c>: the unit's head and managers handle requests (a request's
/// version is its ETag; a stale one is 409). <c>/api/v1/workers/{id}/access-log</c>: the head's 访问记录.
/// </summary>
public static class PrivacyApi
{
    public static void MapPrivacyApi(this IEndpointRouteBuilder api)
    {
        var portal = api.MapGroup("/portal").WithTags("PortalPrivacy").RequireAuthorization(Policies.Portal);
        portal.MapGet("/my-data", async (MyDataExport export, CancellationToken ct) =>
            TypedResults.File(await export.ExportAsync(ct), "application/json; charset=utf-8"));
        portal.MapGet("/privacy-requests", async (RequestQueries q, CancellationToken ct) => TypedResults.Ok(await q.MineAsync(ct)));
        portal.MapPost("/privacy-requests", async (DataRequestForm f, RequestHandlers h, RequestQueries q, HttpContext http, CancellationToken ct) =>
        {
            var id = await h.FileAsync(f, ct);
            var view = await q.GetAsync(id, ct);
            ETags.Set(http, view.Version);
            return TypedResults.Created($"/api/v1/portal/privacy-requests/{id}", view);
        }).Validates<DataRequestForm>().Idempotent();
        portal.MapGet("/privacy-requests/{id:long}", async (long id, RequestQueries q, HttpContext http, CancellationToken ct) =>
        {
            var view = await q.GetAsync(id, ct);
            return ETags.Ok(http, view, view.Version);
        });
        portal.MapGet("/consents", async (ConsentChoices c, CancellationToken ct) => TypedResults.Ok(await c.MineAsync(ct)));
        portal.MapPost("/consents/{id:long}/withdraw", async (long id, ConsentChoices c, CancellationToken ct) =>
        {
            await c.WithdrawAsync(id, ct);
            return TypedResults.NoContent();
        });
        portal.MapGet("/access-log", async (int? page, int? pageSize, AccessLog log, CancellationToken ct) =>
            TypedResults.Ok(await log.MineAsync(page ?? 1, pageSize ?? 50, ct)));

        var g = api.MapGroup("/privacy-requests").WithTags("PrivacyRequests").RequireAuthorization(Policies.PrivacyRequests);
        g.MapGet("/", async ([AsParameters] DataRequestQuery f, RequestQueries q, CancellationToken ct) =>
            TypedResults.Ok(await q.ListAsync(f.ToFilter(), ct)));
        g.MapGet("/{id:long}", async (long id, RequestQueries q, HttpContext http, CancellationToken ct) =>
        {
            var view = await q.GetAsync(id, ct);
            return ETags.Ok(http, view, view.Version);
        });
        Step<DataRequestStep>(g, "/{id:long}/accept", (h, id, r, ct) => h.AcceptAsync(id, r, ct));
        Step<RejectDataRequest>(g, "/{id:long}/reject", (h, id, r, ct) => h.RejectAsync(id, r, ct));
        Step<CompleteDataRequest>(g, "/{id:long}/complete", (h, id, r, ct) => h.CompleteAsync(id, r, ct));

        api.MapGet("/workers/{id:long}/access-log", async (long id, int? page, int? pageSize, AccessLog log, CancellationToken ct) =>
            TypedResults.Ok(await log.ForWorkerAsync(id, page ?? 1, pageSize ?? 50, ct)))
            .WithTags("Workers").RequireAuthorization(Policies.AuditLog);
    }

    /// <summary>A step: run it, answer with the request as it is now (and its new ETag).</summary>
    private static void Step<T>(RouteGroupBuilder g, string pattern, Func<RequestHandlers, long, T, CancellationToken, Task> step) where T : class, IVersionedRequest
    {
        g.MapPost(pattern, async Task<Ok<DataRequestView>> (long id, T r, RequestHandlers h, RequestQueries q, HttpContext http, CancellationToken ct) =>
        {
            r.Version = ETags.ExpectedVersion(http, r.Version);
            await step(h, id, r, ct);
            var view = await q.GetAsync(id, ct);
            return ETags.Ok(http, view, view.Version);
        }).Validates<T>();
    }
}

/// <summary>The queue's filter as query parameters.</summary>
public sealed record DataRequestQuery(Domain.DataRequestStatus? Status = null, bool? Open = null, bool? Overdue = null, long? UnitId = null,
    int? Page = null, int? PageSize = null)
{
    public DataRequestFilter ToFilter() => new(Status, Open ?? true, Overdue ?? false, UnitId, Page ?? 1, PageSize ?? 50);
}
