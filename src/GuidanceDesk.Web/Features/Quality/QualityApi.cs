using GuidanceDesk.Web.Domain;
using GuidanceDesk.Web.Features.Cases;
using GuidanceDesk.Web.Infrastructure.Http;
using GuidanceDesk.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Http.HttpResults;

namespace GuidanceDesk.Web.Features.Quality;

/// <summary>
/// <c>/api/v1/quality/audits</c> (9.1.2) and <c>/api/v1/quality/actions</c> (9.1.3): read by guidance staff and the
/// evaluator, managed by the unit's managers and head (an action's owner plans and implements it). Versions are ETags.
/// <c>/api/v1/quality/disclosures</c> and <c>/api/v1/public/service-information</c>: the public service information (9.1.1).
/// </summary>
public static class QualityApi
{
    public static void MapQualityApi(this IEndpointRouteBuilder api)
    {
        var audits = api.MapGroup("/quality/audits").WithTags("InternalAudits").RequireAuthorization(Policies.QualityRead);
        audits.MapGet("/", async (long? unitId, AuditStatus? status, QualityQueries q, CancellationToken ct) => TypedResults.Ok(await q.AuditsAsync(unitId, status, ct)));
        audits.MapPost("/", async (AuditRequest r, AuditHandlers h, QualityQueries q, HttpContext http, CancellationToken ct) =>
        {
            var view = await q.AuditAsync(await h.CreateAsync(r, ct), ct);
            ETags.Set(http, view.Version);
            return TypedResults.Created($"/api/v1/quality/audits/{view.Id}", view);
        }).Validates<AuditRequest>().Idempotent().RequireAuthorization(Policies.QualityManage);
        audits.MapGet("/{id:long}", async (long id, QualityQueries q, HttpContext http, CancellationToken ct) => AuditView(http, await q.AuditAsync(id, ct)));
        AuditStep<AuditRequest>(audits, "/{id:long}", (h, id, r, ct) => h.UpdateAsync(id, r, ct), HttpMethods.Put);
        AuditStep<AuditNoteRequest>(audits, "/{id:long}/start", (h, id, r, ct) => h.StartAsync(id, r, ct));
        AuditStep<FindingRequest>(audits, "/{id:long}/findings", (h, id, r, ct) => h.AddFindingAsync(id, r, ct));
        AuditStep<AuditNoteRequest>(audits, "/{id:long}/complete", (h, id, r, ct) => h.CompleteAsync(id, r, ct));
        audits.MapPost("/{id:long}/findings/{number:int}/actions", async (long id, int number, RaiseActionRequest r, CorrectiveActionHandlers h,
            QualityQueries q, CancellationToken ct) =>
        {
            var actionId = await h.RaiseFromFindingAsync(id, number, r, ct);
            return TypedResults.Created($"/api/v1/quality/actions/{actionId}", await q.ActionAsync(actionId, ct));
        }).Validates<RaiseActionRequest>().RequireAuthorization(Policies.QualityManage);

        var actions = api.MapGroup("/quality/actions").WithTags("CorrectiveActions").RequireAuthorization(Policies.QualityRead);
        actions.MapGet("/", async (CorrectiveActionStatus? status, bool? overdue, long? unitId, bool? open, CorrectiveActionSource? source, int? page, int? pageSize,
            QualityQueries q, CancellationToken ct) =>
            TypedResults.Ok(await q.ActionsAsync(new ActionFilter(status, overdue ?? false, unitId, open ?? false, source, page ?? 1, pageSize ?? 50), ct)));
        actions.MapPost("/", async (NewActionRequest r, CorrectiveActionHandlers h, QualityQueries q, CancellationToken ct) =>
        {
            var source = r.Source ?? CorrectiveActionSource.Other;
            var id = await h.RaiseAsync(source, string.IsNullOrWhiteSpace(r.SourceRef) ? "-" : r.SourceRef.Trim(), r.SourceText ?? "", r.ServiceUnitId ?? 0, r.Action, ct);
            return TypedResults.Created($"/api/v1/quality/actions/{id}", await q.ActionAsync(id, ct));
        }).Validates<NewActionRequest>().Idempotent().RequireAuthorization(Policies.QualityManage);
        actions.MapGet("/{id:long}", async (long id, QualityQueries q, HttpContext http, CancellationToken ct) => ActionView(http, await q.ActionAsync(id, ct)));
        ActionStep<PlanActionRequest>(actions, "/{id:long}/plan", (h, id, r, ct) => h.PlanAsync(id, r, ct));
        ActionStep<ReassignActionRequest>(actions, "/{id:long}/reassign", (h, id, r, ct) => h.ReassignAsync(id, r, ct));
        ActionStep<ActionNoteRequest>(actions, "/{id:long}/implement", (h, id, r, ct) => h.ImplementAsync(id, r, ct));
        ActionStep<VerifyActionRequest>(actions, "/{id:long}/verify", (h, id, r, ct) => h.VerifyAsync(id, r, ct));
        ActionStep<ActionNoteRequest>(actions, "/{id:long}/close", (h, id, r, ct) => h.CloseAsync(id, r, ct));

        api.MapGet("/public/service-information", async (DisclosureHandlers h, CancellationToken ct) => TypedResults.Ok(await h.PublicAsync(ct)))
            .WithTags("PublicComplaints").AllowAnonymous();
        var disclosures = api.MapGroup("/quality/disclosures").WithTags("ServiceDisclosures").RequireAuthorization(Policies.DisclosureManage);
        disclosures.MapGet("/", async (long? unitId, DisclosureHandlers h, CancellationToken ct) => TypedResults.Ok(await h.ForAsync(unitId, ct)));
        disclosures.MapPut("/", async (long? unitId, DisclosureRequest r, DisclosureHandlers h, HttpContext http, CancellationToken ct) =>
        {
            r.Version = ETags.ExpectedVersion(http, r.Version);
            await h.SaveAsync(unitId, r, ct);
            return TypedResults.Ok(await h.ForAsync(unitId, ct));
        }).Validates<DisclosureRequest>();
    }

    private static void AuditStep<T>(RouteGroupBuilder g, string pattern, Func<AuditHandlers, long, T, CancellationToken, Task> step, string method = "POST")
        where T : class, IVersionedRequest
    {
        g.MapMethods(pattern, [method], async (long id, T r, AuditHandlers h, QualityQueries q, HttpContext http, CancellationToken ct) =>
        {
            r.Version = ETags.ExpectedVersion(http, r.Version);
            await step(h, id, r, ct);
            return AuditView(http, await q.AuditAsync(id, ct));
        }).Validates<T>().RequireAuthorization(Policies.QualityManage);
    }

    private static void ActionStep<T>(RouteGroupBuilder g, string pattern, Func<CorrectiveActionHandlers, long, T, CancellationToken, Task> step)
        where T : class, IVersionedRequest
    {
        g.MapPost(pattern, async (long id, T r, CorrectiveActionHandlers h, QualityQueries q, HttpContext http, CancellationToken ct) =>
        {
            r.Version = ETags.ExpectedVersion(http, r.Version);
            await step(h, id, r, ct);
            return ActionView(http, await q.ActionAsync(id, ct));
        }).Validates<T>();
    }

    private static Ok<AuditView> AuditView(HttpContext http, AuditView view)
    {
        ETags.Set(http, view.Version);
        return TypedResults.Ok(view);
    }

    private static Ok<ActionView> ActionView(HttpContext http, ActionView view)
    {
        ETags.Set(http, view.Version);
        return TypedResults.Ok(view);
    }
}
