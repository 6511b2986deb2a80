using GuidanceDesk.Web.Infrastructure.Files;
using GuidanceDesk.Web.Domain;
using GuidanceDesk.Web.Infrastructure.Http;
using GuidanceDesk.Web.Infrastructure.Security;

namespace GuidanceDesk.Web.Features.PolicyLibrary;

/// <summary>
/// <c>/api/v1/policy-documents</c> (4.3b–c: read by all staff, kept by managers, heads and the admin) and
/// <c>/api/v1/cases/{caseId}/policy-consultations</c> (5.1a). A document's version is its ETag; an edit with an older
/// If-Match gets 409. Attachments are uploaded as the request body itself (streamed, <c>?fileName=</c>) onto the current
/// version and downloaded only after their SHA-256 is checked.
/// </summary>
public static class PoliciesApi
{
    public static void MapPoliciesApi(this IEndpointRouteBuilder api)
    {
        var g = api.MapGroup("/policy-documents").WithTags("PolicyDocuments").RequireAuthorization(Policies.PolicyRead);
        g.MapGet("/", async (PolicyKind? kind, PolicyStatus? status, bool? overdue, string? q, string? tag, int? page, int? pageSize,
            PolicyQueries h, CancellationToken ct) =>
            TypedResults.Ok(await h.ListAsync(new PolicyFilter(kind, status, overdue ?? false, q, tag, page ?? 1, pageSize ?? 50), ct)));
        g.MapGet("/{id:long}", async (long id, PolicyQueries h, HttpContext http, CancellationToken ct) => Document(http, await h.GetAsync(id, ct)));
        g.MapGet("/{id:long}/versions/{number:int}", async (long id, int number, PolicyQueries h, CancellationToken ct) =>
            TypedResults.Ok(await h.VersionAsync(id, number, ct)));
        g.MapGet("/{id:long}/attachments/{attachmentId:long}/content", async (long id, long attachmentId, PolicyFiles files, CancellationToken ct) =>
            StoredFileResults.Stream(await files.OpenAsync(id, attachmentId, ct)));

        g.MapPost("/", async (PolicyDocumentRequest r, PolicyHandlers h, PolicyQueries q, HttpContext http, CancellationToken ct) =>
        {
            var view = await q.GetAsync(await h.CreateAsync(r, ct), ct);
            ETags.Set(http, view.Version);
            return TypedResults.Created($"/api/v1/policy-documents/{view.Id}", view);
        }).Validates<PolicyDocumentRequest>().Idempotent().RequireAuthorization(Policies.PolicyManage);
        Change<PolicyCatalogRequest>(g, "/{id:long}", (h, id, r, ct) => h.UpdateCatalogAsync(id, r, ct), HttpMethods.Put);
        Change<PolicyContentRequest>(g, "/{id:long}/content", (h, id, r, ct) => h.CorrectDraftAsync(id, r, ct), HttpMethods.Put);
        g.MapPost("/{id:long}/versions", async (long id, PolicyVersionRequest r, PolicyHandlers h, PolicyQueries q, HttpContext http,
            CancellationToken ct) =>
        {
            r.Version = ETags.ExpectedVersion(http, r.Version);
            var number = await h.AddVersionAsync(id, r, ct);
            var view = await q.GetAsync(id, ct);
            ETags.Set(http, view.Version);
            return TypedResults.Created($"/api/v1/policy-documents/{id}/versions/{number}", view);
        }).Validates<PolicyVersionRequest>().RequireAuthorization(Policies.PolicyManage);
        g.MapPost("/{id:long}/attachments", async (long id, string? fileName, HttpContext http, PolicyFiles files, PolicyQueries q,
            CancellationToken ct) =>
        {
            StreamedUploads.AllowBody(http, files.Rules.MaxBytes);
            var attachmentId = await files.AttachAsync(id, ETags.ExpectedVersion(http, null), http.Request.Body, fileName ?? "attachment", ct);
            var view = await q.GetAsync(id, ct);
            ETags.Set(http, view.Version);
            return TypedResults.Created($"/api/v1/policy-documents/{id}/attachments/{attachmentId}/content", view);
        }).RequireAuthorization(Policies.PolicyManage);
        g.MapPost("/{id:long}/publish", async (long id, PolicyHandlers h, PolicyQueries q, HttpContext http, CancellationToken ct) =>
        {
            await h.PublishAsync(id, ETags.ExpectedVersion(http, null), ct);
            return Document(http, await q.GetAsync(id, ct));
        }).RequireAuthorization(Policies.PolicyManage);
        Change<PolicyReviewRequest>(g, "/{id:long}/review", (h, id, r, ct) => h.ReviewAsync(id, r, ct));
        Change<PolicyEndRequest>(g, "/{id:long}/repeal", (h, id, r, ct) => h.RepealAsync(id, r, ct));
        Change<PolicyEndRequest>(g, "/{id:long}/supersede", (h, id, r, ct) => h.SupersedeAsync(id, r, ct));

        api.MapPost("/cases/{caseId:long}/policy-consultations", async (long caseId, ConsultationRequest r, ConsultationHandlers h,
            CancellationToken ct) =>
        {
            var made = await h.RecordAsync(caseId, r, ct);
            return TypedResults.Created($"/api/v1/cases/{caseId}", made);
        }).WithTags("PolicyDocuments").Validates<ConsultationRequest>().Idempotent().RequireAuthorization(Policies.CaseWork);
    }

    /// <summary>A change of a document: run it, answer with the document as it is now (and its new ETag).</summary>
    private static void Change<T>(RouteGroupBuilder g, string pattern, Func<PolicyHandlers, long, T, CancellationToken, Task> change,
        string method = "POST") where T : class, Cases.IVersionedRequest
    {
        g.MapMethods(pattern, [method], async (long id, T r, PolicyHandlers h, PolicyQueries q, HttpContext http, CancellationToken ct) =>
        {
            r.Version = ETags.ExpectedVersion(http, r.Version);
            await change(h, id, r, ct);
            return Document(http, await q.GetAsync(id, ct));
        }).Validates<T>().RequireAuthorization(Policies.PolicyManage);
    }

    private static Microsoft.AspNetCore.Http.HttpResults.Ok<PolicyDocumentView> Document(HttpContext http, PolicyDocumentView view) =>
        ETags.Ok(http, view, view.Version);


}
