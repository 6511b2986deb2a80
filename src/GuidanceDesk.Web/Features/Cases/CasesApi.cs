using GuidanceDesk.Web.Domain;
using GuidanceDesk.Web.Infrastructure.Http;
using GuidanceDesk.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Http.HttpResults;

namespace GuidanceDesk.Web.Features.Cases;

/// <summary>
/// <c>/api/v1/cases</c>: the guidance case of 6.1 — stages, goals, records, plans, follow-ups, messages. Writes answer
/// the case as it now is, with its version as the ETag. Workers reach their own case for what the portal offers.
/// </summary>
public static class CasesApi
{
    public static RouteGroupBuilder MapCasesApi(this IEndpointRouteBuilder api)
    {
        var g = api.MapGroup("/cases").WithTags("Cases").RequireAuthorization(Policies.Guidance);

        g.MapGet("/", async ([AsParameters] CaseQuery q, CaseList list, CancellationToken ct) => TypedResults.Ok(await list.SearchAsync(q, ct)));
        g.MapGet("/{id:long}", async (long id, CaseQueries q, HttpContext http, CancellationToken ct) => Case(http, await q.GetAsync(id, ct)));
        g.MapPost("/", async Task<Created<CaseView>> (OpenCaseRequest r, CaseHandlers h, CaseQueries q, HttpContext http, CancellationToken ct) =>
        {
            var view = await q.GetAsync(await h.OpenAsync(r, ct), ct);
            ETags.Set(http, view.Version);
            return TypedResults.Created($"/api/v1/cases/{view.Id}", view);
        }).Validates<OpenCaseRequest>().Idempotent().RequireAuthorization(Policies.CaseWork);

        g.MapGet("/{id:long}/counselors", async (long id, CaseQueries q, CounselorMatcher m, CancellationToken ct) =>
            TypedResults.Ok(await m.ProposeAsync((await q.GetAsync(id, ct)).WorkerId, ct))).RequireAuthorization(Policies.CaseWork);
        Write<AssignRequest>(g, "/{id:long}/assign", (sp, id, r, http, ct) => sp.GetRequiredService<AssignmentHandler>().AssignAsync(id, Expect(r, http), ct));
        Write<IntakeForm>(g, "/{id:long}/intake", (sp, id, r, http, ct) => sp.GetRequiredService<CaseHandlers>().RecordIntakeAsync(id, Expect(r, http), ct));
        Write<NeedsForm>(g, "/{id:long}/needs", (sp, id, r, http, ct) => sp.GetRequiredService<CaseHandlers>().RecordNeedsAsync(id, Expect(r, http), ct));
        Write<GoalForm>(g, "/{id:long}/goals", (sp, id, r, _, ct) => sp.GetRequiredService<GoalHandlers>().AddAsync(id, r, ct));
        Write<ConfirmGoalsRequest>(g, "/{id:long}/goals/confirm", (sp, id, r, http, ct) => sp.GetRequiredService<GoalHandlers>().ConfirmAsync(id, Expect(r, http), ct));
        g.MapPost("/{id:long}/goals/{line:int}/status", async (long id, int line, GoalStatusRequest r, GoalHandlers h, CaseQueries q, HttpContext http, CancellationToken ct) =>
        {
            await h.SetStatusAsync(id, line, r.Status, ct);
            return Case(http, await q.GetAsync(id, ct));
        }).Validates<GoalStatusRequest>();
        Write<MoveRequest>(g, "/{id:long}/stage", (sp, id, r, http, ct) => sp.GetRequiredService<CaseHandlers>().MoveAsync(id, Expect(r, http), ct));
        Write<ReviewForm>(g, "/{id:long}/review", (sp, id, r, _, ct) => sp.GetRequiredService<CaseHandlers>().RecordReviewAsync(id, r, ct));
        Write<CloseRequest>(g, "/{id:long}/close", (sp, id, r, http, ct) => sp.GetRequiredService<CaseHandlers>().CloseAsync(id, Expect(r, http), ct));
        Write<ReasonRequest>(g, "/{id:long}/reopen", (sp, id, r, _, ct) => sp.GetRequiredService<CaseHandlers>().ReopenAsync(id, r.Reason, ct));
        Write<ChecklistRequest>(g, "/{id:long}/checklist", (sp, id, r, _, ct) => sp.GetRequiredService<CaseHandlers>().RecordChecklistAsync(id, r, ct));
        Write<GuidanceRecordForm>(g, "/{id:long}/records", (sp, id, r, _, ct) => sp.GetRequiredService<RecordHandlers>().AddToCaseAsync(id, r, ct));
        Write<PlanForm>(g, "/{id:long}/plans", (sp, id, r, _, ct) => sp.GetRequiredService<PlanHandlers>().DraftAsync(id, r, ct));
        g.MapPut("/{id:long}/plans/{planId:long}", (long id, long planId, PlanForm r, PlanHandlers h, CaseQueries q, HttpContext http, CancellationToken ct) =>
            Then(http, q, id, h.ReviseAsync(id, planId, Expect(r, http), ct), ct)).Validates<PlanForm>();
        g.MapPost("/{id:long}/plans/{planId:long}/agree", (long id, long planId, AgreeRequest r, PlanHandlers h, CaseQueries q, HttpContext http, CancellationToken ct) =>
            Then(http, q, id, h.AgreeAsync(id, planId, Expect(r, http), ct), ct)).Validates<AgreeRequest>();
        g.MapPost("/{id:long}/plans/{planId:long}/actions", (long id, long planId, PlanActionForm r, PlanHandlers h, CaseQueries q, HttpContext http, CancellationToken ct) =>
            Then(http, q, id, h.AddActionAsync(id, planId, r, ct), ct)).Validates<PlanActionForm>();
        g.MapPut("/{id:long}/plans/{planId:long}/actions/{line:int}", (long id, long planId, int line, ActionAdjustRequest r, PlanHandlers h, CaseQueries q, HttpContext http, CancellationToken ct) =>
            Then(http, q, id, h.AdjustActionAsync(id, planId, line, r, ct), ct)).Validates<ActionAdjustRequest>();
        g.MapPost("/{id:long}/follow-ups/{fid:long}", (long id, long fid, FollowUpForm r, FollowUpHandlers h, CaseQueries q, HttpContext http, CancellationToken ct) =>
            Then(http, q, id, h.RecordAsync(id, fid, r, ct), ct)).Validates<FollowUpForm>();
        g.MapPost("/{id:long}/follow-ups/{fid:long}/check-in", (long id, long fid, CheckInRequest r, FollowUpHandlers h, CaseQueries q, HttpContext http, CancellationToken ct) =>
            Then(http, q, id, h.CheckInAsync(id, fid, r, ct), ct)).Validates<CheckInRequest>();
        g.MapGet("/{id:long}/records/{recordId:long}/form.pdf", async (long id, long recordId, RecordForms forms, CancellationToken ct) =>
            TypedResults.File(await forms.ProcessRecordAsync(id, recordId, ct), "application/pdf", $"record-{recordId}.pdf"))
            .RequireAuthorization(Policies.ClientRecords);
        g.MapGet("/{id:long}/messages", async (long id, MessageHandlers h, CancellationToken ct) => TypedResults.Ok(await h.ListAsync(id, ct)));
        g.MapPost("/{id:long}/messages", async (long id, MessageRequest r, MessageHandlers h, CancellationToken ct) =>
            TypedResults.Ok(await h.SendAsync(id, r, ct))).Validates<MessageRequest>();
        g.MapPut("/records/{recordId:long}", async (long recordId, GuidanceRecordForm r, RecordHandlers h, CancellationToken ct) =>
        {
            await h.CorrectAsync(recordId, r, ct);
            return TypedResults.NoContent();
        }).Validates<GuidanceRecordForm>().RequireAuthorization(Policies.CaseWork);

        // A service given outside a case (e.g. an unemployment registration at the desk) still joins the worker's timeline.
        api.MapPost("/workers/{id:long}/records", async (long id, GuidanceRecordForm r, RecordHandlers h, CancellationToken ct) =>
            TypedResults.Ok(new { id = await h.AddToWorkerAsync(id, r, ct) }))
            .WithTags("Cases").Validates<GuidanceRecordForm>().RequireAuthorization(Policies.CaseWork);
        return g;
    }

    private static void Write<T>(RouteGroupBuilder g, string pattern, Func<IServiceProvider, long, T, HttpContext, CancellationToken, Task> run)
        where T : class =>
        g.MapPost(pattern, async (long id, T r, CaseQueries q, HttpContext http, CancellationToken ct) =>
        {
            await run(http.RequestServices, id, r, http, ct);
            return Case(http, await q.GetAsync(id, ct));
        }).Validates<T>();

    private static async Task<Ok<CaseView>> Then(HttpContext http, CaseQueries q, long id, Task change, CancellationToken ct)
    {
        await change;
        return Case(http, await q.GetAsync(id, ct));
    }

    private static Ok<CaseView> Case(HttpContext http, CaseView view) => ETags.Ok(http, view, view.Version);

    /// <summary>The If-Match header wins over a version in the body (ETags.ExpectedVersion).</summary>
    private static T Expect<T>(T r, HttpContext http) where T : IVersionedRequest
    {
        r.Version = ETags.ExpectedVersion(http, r.Version);
        return r;
    }
}
