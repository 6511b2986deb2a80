using GuidanceDesk.Web.Infrastructure.Http;
using GuidanceDesk.Web.Infrastructure.Security;

namespace GuidanceDesk.Web.Features.Admin;

/// <summary><c>/api/v1/backups</c> (Admin): the backup runs, and a backup with its verification now (4.4c).</summary>
public static class BackupsApi
{
    public static RouteGroupBuilder MapBackupsApi(this IEndpointRouteBuilder api)
    {
        var group = api.MapGroup("/backups").WithTags("Backups").RequireAuthorization(Policies.BackupManage);

        group.MapGet("/", async (int? page, int? pageSize, BackupHandlers h, CancellationToken ct) =>
        {
            var freshness = await h.FreshnessAsync(ct);
            var runs = await h.ListAsync(new PageRequest(page ?? 1, pageSize ?? 20), ct);
            return TypedResults.Ok(new { freshness, runs });
        });

        // Synchronous: the answer is the finished, verified (or failed) run. Minutes on a city-sized database.
        group.MapPost("/", async (BackupHandlers h, CancellationToken ct) =>
            await h.RunNowAsync(ct) is { } run
                ? Results.Created($"/api/v1/backups/{run.Id}", run)
                : Results.Problem(title: "另一个备份正在进行，请稍后再试", statusCode: StatusCodes.Status409Conflict));
        return group;
    }
}
