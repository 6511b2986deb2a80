using GuidanceDesk.Web.Domain;
using GuidanceDesk.Web.Infrastructure.Http;
using GuidanceDesk.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Http.HttpResults;

namespace GuidanceDesk.Web.Features.Referrals;

/// <summary>
/// <c>/api/v1/case-referrals</c> (8.1) and <c>/api/v1/agencies</c> (the registry of outside agencies). A referral's
/// version is its ETag; a stale If-Match gets 409. Sending without the worker's consent is 422 (8.1.2).
/// </summary>
public static class ReferralsApi
{
    public static void MapReferralsApi(this IEndpointRouteBuilder api)
    {
        var g = api.MapGroup("/case-referrals").WithTags("CaseReferrals").RequireAuthorization(Policies.Guidance);
        g.MapGet("/", async (long? caseId, bool? open, ReferralQueries q, CancellationToken ct) => caseId is { } id
            ? Results.Ok(await q.ForCaseAsync(id, ct))
            : Results.Ok(await q.ListAsync(open ?? true, 200, ct)));
        g.MapPost("/", async Task<Created<ReferralView>> (CreateReferralRequest r, ReferralHandlers h, ReferralQueries q, HttpContext http, CancellationToken ct) =>
        {
            var view = await q.GetAsync(await h.CreateAsync(r, ct), ct);
            ETags.Set(http, view.Version);
            return TypedResults.Created($"/api/v1/case-referrals/{view.Id}", view);
        }).Validates<CreateReferralRequest>().Idempotent().RequireAuthorization(Policies.CaseWork);
        g.MapGet("/{id:long}", async (long id, ReferralQueries q, HttpContext http, CancellationToken ct) => View(http, await q.GetAsync(id, ct)));
        g.MapGet("/{id:long}/form.pdf", async (long id, ReferralQueries q, ReferralFormPdf pdf, CancellationToken ct) =>
            TypedResults.File(await pdf.RenderAsync(await q.GetAsync(id, ct), ct), "application/pdf", $"case-referral-{id}.pdf"))
            .RequireAuthorization(Policies.CaseWork);
        Step<UpdateReferralFormRequest>(g, "/{id:long}/form", (h, id, r, ct) => h.Sender.UpdateFormAsync(id, r, ct), HttpMethods.Put);
        Step<ReferralConsentRequest>(g, "/{id:long}/consent", (h, id, r, ct) => h.Sender.ConsentAsync(id, r, ct));
        Step<ReferralNoteRequest>(g, "/{id:long}/withdraw-consent", (h, id, r, ct) => h.Sender.WithdrawConsentAsync(id, r, ct));
        Step<ReferralNoteRequest>(g, "/{id:long}/send", (h, id, r, ct) => h.Sender.SendAsync(id, r.Version, ct));
        Step<ReferralNoteRequest>(g, "/{id:long}/cancel", (h, id, r, ct) => h.Sender.CancelAsync(id, r, ct));
        Step<ReferralNoteRequest>(g, "/{id:long}/accept", (h, id, r, ct) => h.Receiver.AcceptAsync(id, r, ct));
        Step<ReferralNoteRequest>(g, "/{id:long}/decline", (h, id, r, ct) => h.Receiver.DeclineAsync(id, r, ct));
        Step<AgencyReplyRequest>(g, "/{id:long}/agency-reply", (h, id, r, ct) => h.Receiver.AgencyReplyAsync(id, r, ct));
        Step<BookInterviewRequest>(g, "/{id:long}/interview", (h, id, r, ct) => h.Receiver.BookInterviewAsync(id, r, ct));
        Step<ReferralOutcomeRequest>(g, "/{id:long}/outcome", (h, id, r, ct) => h.Receiver.CompleteAsync(id, r, ct));

        var a = api.MapGroup("/agencies").WithTags("Agencies").RequireAuthorization(Policies.AgencyRead);
        a.MapGet("/", async (AgencyKind? kind, string? q, bool? all, AgencyHandlers h, CancellationToken ct) =>
            TypedResults.Ok(await h.ListAsync(kind, q, all ?? false, ct)));
        a.MapGet("/{id:long}", async (long id, AgencyHandlers h, HttpContext http, CancellationToken ct) =>
        {
            var view = await h.GetAsync(id, ct);
            ETags.Set(http, view.Version);
            return TypedResults.Ok(view);
        });
        a.MapPost("/", async (AgencyRequest r, AgencyHandlers h, CancellationToken ct) =>
        {
            var id = await h.CreateAsync(r, ct);
            return TypedResults.Created($"/api/v1/agencies/{id}", await h.GetAsync(id, ct));
        }).Validates<AgencyRequest>().Idempotent().RequireAuthorization(Policies.AgencyManage);
        a.MapPut("/{id:long}", async (long id, AgencyRequest r, AgencyHandlers h, HttpContext http, CancellationToken ct) =>
        {
            r.Version = ETags.ExpectedVersion(http, r.Version);
            await h.UpdateAsync(id, r, ct);
            return TypedResults.Ok(await h.GetAsync(id, ct));
        }).Validates<AgencyRequest>().RequireAuthorization(Policies.AgencyManage);
        a.MapPost("/{id:long}/active", async (long id, bool active, AgencyHandlers h, CancellationToken ct) =>
        {
            await h.SetActiveAsync(id, active, ct);
            return TypedResults.NoContent();
        }).RequireAuthorization(Policies.AgencyManage);
    }

    /// <summary>A step of the referral: run it, answer with the referral as it is now (and its new ETag).</summary>
    private static void Step<T>(RouteGroupBuilder g, string pattern, Func<ReferralSteps, long, T, CancellationToken, Task> step,
        string method = "POST") where T : class, Cases.IVersionedRequest
    {
        g.MapMethods(pattern, [method], async (long id, T r, ReferralSteps h, ReferralQueries q, HttpContext http, CancellationToken ct) =>
        {
            r.Version = ETags.ExpectedVersion(http, r.Version);
            await step(h, id, r, ct);
            return View(http, await q.GetAsync(id, ct));
        }).Validates<T>();
    }

    private static Ok<ReferralView> View(HttpContext http, ReferralView view)
    {
        ETags.Set(http, view.Version);
        return TypedResults.Ok(view);
    }
}

/// <summary>Both handler sets of a referral, for the step endpoints.</summary>
public sealed record ReferralSteps(ReferralHandlers Sender, ReferralReceiverHandlers Receiver);
