using GuidanceDesk.Web.Domain;
using GuidanceDesk.Web.Features.Quality;
using GuidanceDesk.Web.Infrastructure.Http;
using GuidanceDesk.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace GuidanceDesk.Web.Features.Complaints;

/// <summary>
/// Complaints (9.1.1). <c>/api/v1/public/complaints</c>: no sign-in, rate- and size-limited — file one, look it up by
/// tracking number and the phone's last 4 digits, rate the reply. <c>/api/v1/complaints</c>: the unit's workflow.
/// <c>/api/v1/portal/complaints</c>: a signed-in worker's or employer's own. A complaint's version is its ETag.
/// </summary>
public static class ComplaintsApi
{
    /// <summary>A complaint is a few kilobytes of text; anything much larger is not one.</summary>
    public const long MaxBodyBytes = 32 * 1024;

    public static void MapComplaintsApi(this IEndpointRouteBuilder api)
    {
        var pub = api.MapGroup("/public/complaints").WithTags("PublicComplaints").AllowAnonymous().WithMetadata(new RequestSizeLimitAttribute(MaxBodyBytes));
        pub.MapPost("/", async Task<Created<ComplaintReceipt>> (PublicComplaintRequest r, ComplaintIntake h, CancellationToken ct) =>
        {
            r.Channel = null;
            var receipt = await h.FromPublicAsync(r, ct);
            return TypedResults.Created("/api/v1/public/complaints/lookup", receipt);
        }).Validates<PublicComplaintRequest>().RequireRateLimiting(QualitySetup.IntakeLimit);
        pub.MapPost("/lookup", async (ComplaintLookupRequest r, ComplaintQueries q, CancellationToken ct) =>
            TypedResults.Ok(await q.StatusAsync(await q.FindForComplainantAsync(r.TrackingNumber, r.PhoneLast4, ct), ct)))
            .Validates<ComplaintLookupRequest>().RequireRateLimiting(QualitySetup.LookupLimit);
        pub.MapPost("/feedback", async (ComplaintFeedbackRequest r, ComplaintQueries q, ComplaintWorkflow w, CancellationToken ct) =>
        {
            var c = await q.FindForComplainantAsync(r.TrackingNumber, r.PhoneLast4, ct);
            await w.FeedbackAsync(c, r, ct);
            return TypedResults.Ok(await q.StatusAsync(c, ct));
        }).Validates<ComplaintFeedbackRequest>().RequireRateLimiting(QualitySetup.LookupLimit);

        var g = api.MapGroup("/complaints").WithTags("Complaints").RequireAuthorization(Policies.Complaints);
        g.MapGet("/", async (ComplaintStatus? status, bool? overdue, long? unitId, bool? open, int? page, int? pageSize, ComplaintQueries q, CancellationToken ct) =>
            TypedResults.Ok(await q.ListAsync(new ComplaintFilter(status, overdue ?? false, unitId, open ?? false, page ?? 1, pageSize ?? 50), ct)));
        g.MapPost("/", async (PublicComplaintRequest r, ComplaintIntake h, ComplaintQueries q, HttpContext http, CancellationToken ct) =>
        {
            var receipt = await h.FromStaffAsync(r, ct);
            return TypedResults.Created($"/api/v1/complaints/{receipt.Id}", receipt);
        }).Validates<PublicComplaintRequest>().Idempotent();
        g.MapGet("/{id:long}", async (long id, ComplaintQueries q, HttpContext http, CancellationToken ct) => View(http, await q.GetAsync(id, ct)));
        Step<AssignComplaintRequest>(g, "/{id:long}/assign", (w, id, r, ct) => w.AssignAsync(id, r, ct));
        Step<ComplaintNoteRequest>(g, "/{id:long}/investigation", (w, id, r, ct) => w.InvestigateAsync(id, r, ct));
        Step<ComplaintReplyRequest>(g, "/{id:long}/reply", (w, id, r, ct) => w.ReplyAsync(id, r, ct));
        Step<ComplaintNoteRequest>(g, "/{id:long}/close", (w, id, r, ct) => w.CloseAsync(id, r, ct));
        g.MapPost("/{id:long}/actions", async (long id, RaiseActionRequest r, CorrectiveActionHandlers h, QualityQueries q, CancellationToken ct) =>
        {
            var actionId = await h.RaiseFromComplaintAsync(id, r, ct);
            return TypedResults.Created($"/api/v1/quality/actions/{actionId}", await q.ActionAsync(actionId, ct));
        }).Validates<RaiseActionRequest>().RequireAuthorization(Policies.QualityManage);

        var portal = api.MapGroup("/portal/complaints").WithTags("PortalComplaints").RequireAuthorization(Policies.Portal)
            .WithMetadata(new RequestSizeLimitAttribute(MaxBodyBytes));
        portal.MapGet("/", async (ComplaintQueries q, CancellationToken ct) => TypedResults.Ok(await q.OwnListAsync(ct)));
        portal.MapPost("/", async (ComplaintRequest r, ComplaintIntake h, CancellationToken ct) =>
        {
            var receipt = await h.FromPortalAsync(r, ct);
            return TypedResults.Created($"/api/v1/portal/complaints/{receipt.Id}", receipt);
        }).Validates<ComplaintRequest>().Idempotent();
        portal.MapGet("/{id:long}", async (long id, ComplaintQueries q, CancellationToken ct) => TypedResults.Ok(await q.StatusAsync(await q.FindOwnAsync(id, ct), ct)));
        portal.MapPost("/{id:long}/feedback", async (long id, ComplaintFeedbackRequest r, ComplaintQueries q, ComplaintWorkflow w, HttpContext http, CancellationToken ct) =>
        {
            r.Version = ETags.ExpectedVersion(http, r.Version);
            var c = await q.FindOwnAsync(id, ct);
            await w.FeedbackAsync(c, r, ct);
            return TypedResults.Ok(await q.StatusAsync(c, ct));
        }).Validates<ComplaintFeedbackRequest>();
    }

    /// <summary>A workflow step: run it, answer with the complaint as it is now (and its new ETag).</summary>
    private static void Step<T>(RouteGroupBuilder g, string pattern, Func<ComplaintWorkflow, long, T, CancellationToken, Task> step) where T : class, Cases.IVersionedRequest
    {
        g.MapPost(pattern, async (long id, T r, ComplaintWorkflow w, ComplaintQueries q, HttpContext http, CancellationToken ct) =>
        {
            r.Version = ETags.ExpectedVersion(http, r.Version);
            await step(w, id, r, ct);
            return View(http, await q.GetAsync(id, ct));
        }).Validates<T>();
    }

    private static Ok<ComplaintView> View(HttpContext http, ComplaintView view)
    {
        ETags.Set(http, view.Version);
        return TypedResults.Ok(view);
    }
}
