using GuidanceDesk.Web.Domain;
using GuidanceDesk.Web.Infrastructure.Http;
using GuidanceDesk.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Http.HttpResults;

namespace GuidanceDesk.Web.Features.Risk;

/// <summary>
/// <c>/api/v1/risk-alerts</c> (8.2): raise, read, acknowledge, record actions, close; and the unit's on-duty list. An
/// alert's version is its ETag. Raising answers with the crisis hotline and the immediate steps.
/// </summary>
public static class RiskApi
{
    public static void MapRiskApi(this IEndpointRouteBuilder api)
    {
        var g = api.MapGroup("/risk-alerts").WithTags("RiskAlerts").RequireAuthorization(Policies.CaseWork);
        g.MapGet("/", async (RiskAlertStatus? status, bool? open, RiskQueries q, CancellationToken ct) =>
            TypedResults.Ok(open == true ? await q.OpenAsync(200, ct) : await q.ListAsync(status, 200, ct)));
        g.MapGet("/count", async (RiskQueries q, CancellationToken ct) => TypedResults.Ok(new { open = await q.CountOpenAsync(ct) }));
        g.MapPost("/", async Task<Created<RiskAlertView>> (RaiseAlertRequest r, RiskHandlers h, RiskQueries q, HttpContext http, CancellationToken ct) =>
        {
            var view = await q.GetAsync(await h.RaiseAsync(r, ct), ct);
            ETags.Set(http, view.Version);
            return TypedResults.Created($"/api/v1/risk-alerts/{view.Id}", view);
        }).Validates<RaiseAlertRequest>().Idempotent();
        g.MapGet("/{id:long}", async (long id, RiskQueries q, HttpContext http, CancellationToken ct) => View(http, await q.GetAsync(id, ct)));
        g.MapPost("/{id:long}/acknowledge", async (long id, AcknowledgeRequest r, RiskHandlers h, RiskQueries q, HttpContext http, CancellationToken ct) =>
        {
            await h.AcknowledgeAsync(id, ETags.ExpectedVersion(http, r.Version), ct);
            return View(http, await q.GetAsync(id, ct));
        }).Validates<AcknowledgeRequest>();
        g.MapPost("/{id:long}/actions", async (long id, RiskActionRequest r, RiskHandlers h, RiskQueries q, HttpContext http, CancellationToken ct) =>
        {
            r.Version = ETags.ExpectedVersion(http, r.Version);
            await h.RecordActionAsync(id, r, ct);
            return View(http, await q.GetAsync(id, ct));
        }).Validates<RiskActionRequest>();
        g.MapPost("/{id:long}/close", async (long id, CloseAlertRequest r, RiskHandlers h, RiskQueries q, HttpContext http, CancellationToken ct) =>
        {
            r.Version = ETags.ExpectedVersion(http, r.Version);
            await h.CloseAsync(id, r, ct);
            return View(http, await q.GetAsync(id, ct));
        }).Validates<CloseAlertRequest>();

        g.MapGet("/duty-roster", async (long? unitId, RosterHandlers h, HttpContext http, CancellationToken ct) =>
        {
            var view = await h.GetAsync(unitId, ct);
            ETags.Set(http, view.Version);
            return TypedResults.Ok(view);
        });
        g.MapPut("/duty-roster", async (long? unitId, DutyRosterRequest r, RosterHandlers h, HttpContext http, CancellationToken ct) =>
        {
            r.Version = ETags.ExpectedVersion(http, r.Version);
            await h.SaveAsync(unitId, r, ct);
            var view = await h.GetAsync(unitId, ct);
            ETags.Set(http, view.Version);
            return TypedResults.Ok(view);
        }).Validates<DutyRosterRequest>().RequireAuthorization(Policies.RiskRoster);
    }

    private static Ok<RiskAlertView> View(HttpContext http, RiskAlertView view)
    {
        ETags.Set(http, view.Version);
        return TypedResults.Ok(view);
    }
}
