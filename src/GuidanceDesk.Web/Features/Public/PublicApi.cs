namespace GuidanceDesk.Web.Features.PublicJobs;

/// <summary><c>/api/v1/public</c>: what anyone may read without signing in (4.2d): open vacancies.</summary>
public static class PublicApi
{
    public static RouteGroupBuilder MapPublicApi(this IEndpointRouteBuilder api)
    {
        var group = api.MapGroup("/public").WithTags("Public").AllowAnonymous();
        group.MapGet("/vacancies", async ([AsParameters] JobQuery query, JobSearch search, CancellationToken ct) =>
            TypedResults.Ok(await search.SearchAsync(query, ct)));
        return group;
    }
}
