using GuidanceDesk.Web.Infrastructure.Files;
using GuidanceDesk.Web.Infrastructure.Http;
using GuidanceDesk.Web.Infrastructure.Security;

namespace GuidanceDesk.Web.Features.GroupSessions;

/// <summary>
/// <c>/api/v1/portal/group-sessions</c>: the worker's side of group sessions — the list (open ones of their unit and their
/// own), sign-up (<c>recordingConsent</c> optional), cancelling, and the materials once sent to them.
/// </summary>
public static class PortalSessionsApi
{
    public static void MapPortalGroupSessionsApi(this IEndpointRouteBuilder api)
    {
        var g = api.MapGroup("/portal/group-sessions").WithTags("Portal").RequireAuthorization(Policies.Portal);
        g.MapGet("/", async (PortalSessions p, CancellationToken ct) => TypedResults.Ok(await p.ListAsync(ct)));
        g.MapPost("/{id:long}/sign-up", async (long id, SignUpRequest? r, PortalSessions p, CancellationToken ct) =>
        {
            await p.SignUpAsync(id, r ?? new SignUpRequest(), ct);
            return TypedResults.Ok((await p.ListAsync(ct)).First(s => s.Id == id));
        }).ValidatesIfPresent<SignUpRequest>();
        g.MapPost("/{id:long}/cancel", async (long id, PortalSessions p, CancellationToken ct) =>
        {
            await p.CancelAsync(id, ct);
            return TypedResults.NoContent();
        });
        g.MapGet("/{id:long}/materials/{line:int}/content", async (long id, int line, PortalSessions p, CancellationToken ct) =>
            StoredFileResults.Stream(await p.OpenMaterialAsync(id, line, ct)));
    }
}
