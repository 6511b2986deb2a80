using GuidanceDesk.Web.Infrastructure.Files;
using GuidanceDesk.Web.Domain;
using GuidanceDesk.Web.Features.Archive;
using GuidanceDesk.Web.Infrastructure.Http;
using GuidanceDesk.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Http.HttpResults;

namespace GuidanceDesk.Web.Features.GroupSessions;

/// <summary>
/// <c>/api/v1/group-sessions</c> (7.1.2, 7.2.2d): guidance staff of the unit plan and run group sessions. A session's
/// version is its ETag: an edit needs If-Match (or <c>version</c>) and a stale one gets 409. Uploads are the request
/// body itself, streamed (<c>?title=&amp;fileName=</c>), as in the archive. Every step answers with the session as it is now.
/// </summary>
public static class GroupSessionsApi
{
    public static void MapGroupSessionsApi(this IEndpointRouteBuilder api)
    {
        var g = api.MapGroup("/group-sessions").WithTags("GroupSessions").RequireAuthorization(Policies.CaseWork);
        g.MapGet("/", async (DateOnly? from, DateOnly? to, GroupSessionStatus? status, MaterialsState? materials, int? page, int? pageSize,
            GroupSessionQueries q, CancellationToken ct) =>
            TypedResults.Ok(await q.ListAsync(new GroupSessionFilter(from, to, status, materials, page ?? 1, pageSize ?? 50), ct)));
        g.MapPost("/", async Task<Created<GroupSessionView>> (GroupSessionRequest r, GroupSessionHandlers h, GroupSessionQueries q,
            HttpContext http, CancellationToken ct) =>
        {
            var view = await q.GetAsync(await h.CreateAsync(r, ct), ct);
            ETags.Set(http, view.Version);
            return TypedResults.Created($"/api/v1/group-sessions/{view.Id}", view);
        }).Validates<GroupSessionRequest>().Idempotent();
        g.MapGet("/{id:long}", async (long id, GroupSessionQueries q, HttpContext http, CancellationToken ct) => View(http, await q.GetAsync(id, ct)));
        Step<GroupSessionRequest>(g, "/{id:long}", (s, id, r, ct) => s.Sessions.UpdateAsync(id, r, ct), HttpMethods.Put);
        Step<SessionReasonRequest>(g, "/{id:long}/cancel", (s, id, r, ct) => s.Sessions.CancelAsync(id, r, ct));
        Step<AddParticipantRequest>(g, "/{id:long}/participants", (s, id, r, ct) => s.Sessions.AddParticipantAsync(id, r, ct));
        g.MapDelete("/{id:long}/participants/{workerId:long}", async (long id, long workerId, GroupSessionSteps s, GroupSessionQueries q,
            HttpContext http, CancellationToken ct) =>
        {
            await s.Sessions.RemoveParticipantAsync(id, workerId, ETags.ExpectedVersion(http, null), ct);
            return View(http, await q.GetAsync(id, ct));
        });
        g.MapPost("/{id:long}/participants/{workerId:long}/recording-consent", async (long id, long workerId, RecordingConsentRequest r,
            GroupSessionSteps s, GroupSessionQueries q, HttpContext http, CancellationToken ct) =>
        {
            await s.Sessions.RecordingConsentAsync(id, workerId, r, ct);
            return View(http, await q.GetAsync(id, ct));
        }).Validates<RecordingConsentRequest>();

        g.MapPost("/{id:long}/materials", async (long id, string? title, string? fileName, HttpContext http, MaterialHandlers h,
            GroupSessionQueries q, CancellationToken ct) =>
        {
            StreamedUploads.AllowBody(http, h.Rules.MaxBytes);
            var line = await h.UploadAsync(id, title, http.Request.Body, fileName ?? "upload", ct);
            var view = await q.GetAsync(id, ct);
            ETags.Set(http, view.Version);
            return TypedResults.Created($"/api/v1/group-sessions/{id}/materials/{line}/content", view);
        });
        g.MapDelete("/{id:long}/materials/{line:int}", async (long id, int line, MaterialHandlers h, GroupSessionQueries q, HttpContext http,
            CancellationToken ct) =>
        {
            await h.RemoveAsync(id, line, ct);
            return View(http, await q.GetAsync(id, ct));
        });
        g.MapGet("/{id:long}/materials/{line:int}/content", async (long id, int line, MaterialHandlers h, CancellationToken ct) =>
            StoredFileResults.Stream(await h.OpenAsync(id, line, ct)));
        Step<SessionStepRequest>(g, "/{id:long}/materials/ready", (s, id, r, ct) => s.Materials.ReadyAsync(id, r.Version, ct));
        Step<SessionStepRequest>(g, "/{id:long}/materials/send", (s, id, r, ct) => s.Materials.SendAsync(id, r.Version, ct));
        Step<SessionReasonRequest>(g, "/{id:long}/late-reason", (s, id, r, ct) => s.Attendance.LateReasonAsync(id, r, ct));
        Step<MarkHeldRequest>(g, "/{id:long}/held", (s, id, r, ct) => s.Attendance.MarkHeldAsync(id, r, ct));
        g.MapPost("/{id:long}/recording", async (long id, string? fileName, HttpContext http, RecordingHandlers h, GroupSessionQueries q,
            CancellationToken ct) =>
        {
            StreamedUploads.AllowBody(http, h.Rules.MaxBytes);
            await h.UploadAsync(id, http.Request.Body, fileName ?? "recording", ct);
            var view = await q.GetAsync(id, ct);
            ETags.Set(http, view.Version);
            return TypedResults.Created($"/api/v1/group-sessions/{id}", view);
        });
    }

    /// <summary>A step of the session: run it, answer with the session as it is now (and its new ETag).</summary>
    private static void Step<T>(RouteGroupBuilder g, string pattern, Func<GroupSessionSteps, long, T, CancellationToken, Task> step,
        string method = "POST") where T : class, Cases.IVersionedRequest
    {
        g.MapMethods(pattern, [method], async (long id, T r, GroupSessionSteps s, GroupSessionQueries q, HttpContext http, CancellationToken ct) =>
        {
            r.Version = ETags.ExpectedVersion(http, r.Version);
            await step(s, id, r, ct);
            return View(http, await q.GetAsync(id, ct));
        }).Validates<T>();
    }

    private static Ok<GroupSessionView> View(HttpContext http, GroupSessionView view)
    {
        ETags.Set(http, view.Version);
        return TypedResults.Ok(view);
    }
}

/// <summary>The handler sets of a session, for the step endpoints.</summary>
public sealed record GroupSessionSteps(GroupSessionHandlers Sessions, MaterialHandlers Materials, AttendanceHandlers Attendance);
