using GuidanceDesk.Web.Infrastructure.Http;
using GuidanceDesk.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Http.HttpResults;

namespace GuidanceDesk.Web.Features.Placements;

/// <summary>
/// <c>/api/v1/matching</c> (ranked vacancies for a worker, ranked candidates for a vacancy, the worker's PIPL art. 24
/// choice) and <c>/api/v1/placements</c> (职业介绍, 7.1.4): create, refer with the letter, record the outcome. Writes
/// answer the placement as it now is with its version as the ETag; a stale If-Match gets 409.
/// </summary>
public static class PlacementsApi
{
    public static void MapPlacementsApi(this IEndpointRouteBuilder api)
    {
        var m = api.MapGroup("/matching").WithTags("Matching").RequireAuthorization(Policies.CaseWork);
        m.MapGet("/workers/{id:long}/vacancies", async (long id, int? limit, MatchingQueries q, CancellationToken ct) =>
            TypedResults.Ok(await q.ForWorkerAsync(id, limit ?? MatchingQueries.DefaultLimit, ct)));
        m.MapGet("/vacancies/{id:long}/candidates", async (long id, int? limit, CandidateQueries q, CancellationToken ct) =>
            TypedResults.Ok(await q.ForVacancyAsync(id, limit ?? MatchingQueries.DefaultLimit, ct)));
        m.MapPut("/workers/{id:long}/choice", async (long id, RecommendationChoiceRequest r, RecommendationChoiceHandler h, CancellationToken ct) =>
        {
            await h.SetAsync(id, r.Refuses, ct);
            return TypedResults.NoContent();
        }).Validates<RecommendationChoiceRequest>();

        var g = api.MapGroup("/placements").WithTags("Placements").RequireAuthorization(Policies.CaseWork);
        g.MapGet("/", async ([AsParameters] PlacementQuery q, PlacementQueries queries, CancellationToken ct) =>
            TypedResults.Ok(await queries.SearchAsync(q, ct)));
        g.MapGet("/{id:long}", async (long id, PlacementQueries q, HttpContext http, CancellationToken ct) => View(http, await q.GetAsync(id, ct)));
        g.MapPost("/", async Task<Created<PlacementView>> (CreatePlacementRequest r, PlacementHandlers h, PlacementQueries q, HttpContext http, CancellationToken ct) =>
        {
            var view = await q.GetAsync(await h.CreateAsync(r, ct), ct);
            ETags.Set(http, view.Version);
            return TypedResults.Created($"/api/v1/placements/{view.Id}", view);
        }).Validates<CreatePlacementRequest>().Idempotent();
        g.MapPost("/{id:long}/refer", async (long id, PlacementHandlers h, PlacementQueries q, HttpContext http, CancellationToken ct) =>
        {
            await h.ReferAsync(id, ETags.ExpectedVersion(http, null), ct);
            return View(http, await q.GetAsync(id, ct));
        });
        g.MapGet("/{id:long}/letter.pdf", async (long id, ReferralLetter letter, CancellationToken ct) =>
            TypedResults.File(await letter.PrintAsync(id, ct), "application/pdf", $"referral-{id}.pdf"));
        g.MapPost("/{id:long}/outcome", async (long id, PlacementOutcomeRequest r, OutcomeHandler h, PlacementQueries q, HttpContext http, CancellationToken ct) =>
        {
            r.Version = ETags.ExpectedVersion(http, r.Version);
            await h.RecordAsync(id, r, ct);
            return View(http, await q.GetAsync(id, ct));
        }).Validates<PlacementOutcomeRequest>();
    }

    private static Ok<PlacementView> View(HttpContext http, PlacementView view) => ETags.Ok(http, view, view.Version);
}
