using GuidanceDesk.Web.Infrastructure.Http;
using GuidanceDesk.Web.Infrastructure.Security;

namespace GuidanceDesk.Web.Features.PolicyLibrary;

/// <summary>
/// <c>/api/v1/handbooks</c> (7.1.1): compose a handbook from sections, reorder them, publish it to the public pages and the
/// hall's screen. Read by all staff, kept by managers, heads and the admin; a change carries the version (If-Match), a
/// stale one gets 409.
/// </summary>
public static class HandbooksApi
{
    public static void MapHandbooksApi(this IEndpointRouteBuilder api)
    {
        var g = api.MapGroup("/handbooks").WithTags("Handbooks").RequireAuthorization(Policies.PolicyRead);
        g.MapGet("/", async (HandbookQueries q, CancellationToken ct) => TypedResults.Ok(await q.ListAsync(ct)));
        g.MapGet("/{id:long}", async (long id, HandbookQueries q, HttpContext http, CancellationToken ct) => View(http, await q.GetAsync(id, ct)));
        g.MapPost("/", async (HandbookRequest r, HandbookHandlers h, HandbookQueries q, HttpContext http, CancellationToken ct) =>
        {
            var view = await q.GetAsync(await h.CreateAsync(r, ct), ct);
            ETags.Set(http, view.Version);
            return TypedResults.Created($"/api/v1/handbooks/{view.Id}", view);
        }).Validates<HandbookRequest>().Idempotent().RequireAuthorization(Policies.PolicyManage);
        Change<HandbookRequest>(g, "/{id:long}", HttpMethods.Put, (h, id, r, ct) => h.UpdateAsync(id, r, ct));
        Change<SectionRequest>(g, "/{id:long}/sections", HttpMethods.Post, (h, id, r, ct) => h.AddSectionAsync(id, r, ct));
        g.MapPut("/{id:long}/sections/{line:int}", async (long id, int line, SectionRequest r, HandbookHandlers h, HandbookQueries q,
            HttpContext http, CancellationToken ct) =>
        {
            r.Version = ETags.ExpectedVersion(http, r.Version);
            await h.UpdateSectionAsync(id, line, r, ct);
            return View(http, await q.GetAsync(id, ct));
        }).Validates<SectionRequest>().RequireAuthorization(Policies.PolicyManage);
        Command(g, "/{id:long}/sections/{line:int}", HttpMethods.Delete, (h, id, line, v, ct) => h.RemoveSectionAsync(id, line, v, ct));
        Change<SectionOrderRequest>(g, "/{id:long}/order", HttpMethods.Put, (h, id, r, ct) => h.ReorderAsync(id, r, ct));
        Command(g, "/{id:long}/publish", HttpMethods.Post, (h, id, _, v, ct) => h.PublishAsync(id, v, ct));
        Command(g, "/{id:long}/withdraw", HttpMethods.Post, (h, id, _, v, ct) => h.WithdrawAsync(id, v, ct));
        g.MapDelete("/{id:long}", async (long id, HandbookHandlers h, HttpContext http, CancellationToken ct) =>
        {
            await h.DeleteAsync(id, ETags.ExpectedVersion(http, null), ct);
            return TypedResults.NoContent();
        }).RequireAuthorization(Policies.PolicyManage);
    }

    private static void Change<T>(RouteGroupBuilder g, string pattern, string method, Func<HandbookHandlers, long, T, CancellationToken, Task> change)
        where T : class, Cases.IVersionedRequest =>
        g.MapMethods(pattern, [method], async (long id, T r, HandbookHandlers h, HandbookQueries q, HttpContext http, CancellationToken ct) =>
        {
            r.Version = ETags.ExpectedVersion(http, r.Version);
            await change(h, id, r, ct);
            return View(http, await q.GetAsync(id, ct));
        }).Validates<T>().RequireAuthorization(Policies.PolicyManage);

    /// <summary>A command without a body: the version comes from If-Match (required where the handler says so).</summary>
    private static void Command(RouteGroupBuilder g, string pattern, string method, Func<HandbookHandlers, long, int, int?, CancellationToken, Task> run) =>
        g.MapMethods(pattern, [method], async (long id, int? line, HandbookHandlers h, HandbookQueries q, HttpContext http, CancellationToken ct) =>
        {
            await run(h, id, line ?? 0, ETags.ExpectedVersion(http, null), ct);
            return View(http, await q.GetAsync(id, ct));
        }).RequireAuthorization(Policies.PolicyManage);

    private static Microsoft.AspNetCore.Http.HttpResults.Ok<HandbookView> View(HttpContext http, HandbookView view) => ETags.Ok(http, view, view.Version);
}
