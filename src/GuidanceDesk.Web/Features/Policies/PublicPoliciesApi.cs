using GuidanceDesk.Web.Infrastructure.Files;
using GuidanceDesk.Web.Domain;

namespace GuidanceDesk.Web.Features.PolicyLibrary;

/// <summary>
/// <c>/api/v1/public/policy-documents</c> and <c>/api/v1/public/handbooks</c>: what anyone may read without signing in
/// (4.2d, 7.1.1) — published documents of the public kinds in force, and published handbooks as last published. A
/// draft, an internal process or a withdrawn handbook is 404 here.
/// </summary>
public static class PublicPoliciesApi
{
    public static void MapPublicPoliciesApi(this IEndpointRouteBuilder api)
    {
        var g = api.MapGroup("/public").WithTags("Public").AllowAnonymous();
        g.MapGet("/policy-documents", async (PolicyKind? kind, string? q, string? tag, int? page, int? pageSize, PolicyQueries h, CancellationToken ct) =>
            TypedResults.Ok(await h.PublicListAsync(new PolicyFilter(kind, Q: q, Tag: tag, Page: page ?? 1, PageSize: pageSize ?? 20), ct)));
        g.MapGet("/policy-documents/{id:long}", async (long id, PolicyQueries h, CancellationToken ct) => TypedResults.Ok(await h.PublicGetAsync(id, ct)));
        g.MapGet("/policy-documents/{id:long}/attachments/{attachmentId:long}/content", async (long id, long attachmentId, PolicyFiles files,
            CancellationToken ct) => StoredFileResults.Stream(await files.OpenPublicAsync(id, attachmentId, ct)));
        g.MapGet("/handbooks", async (HandbookQueries h, CancellationToken ct) => TypedResults.Ok(await h.PublicListAsync(ct)));
        g.MapGet("/handbooks/{id:long}", async (long id, HandbookQueries h, CancellationToken ct) => TypedResults.Ok(await h.PublicGetAsync(id, ct)));
    }
}
