using GuidanceDesk.Web.Domain;
using GuidanceDesk.Web.Infrastructure.Http;
using GuidanceDesk.Web.Infrastructure.Security;

namespace GuidanceDesk.Web.Features.Training;

/// <summary>
/// <c>/api/v1/training-providers</c>, <c>/api/v1/training-courses</c> (the registry of 7.1.5; read by guidance staff, kept by
/// managers, heads and the admin) and <c>/api/v1/cases/{caseId}/training-recommendations</c> (5.1d). A provider's or
/// course's version is its ETag; a stale If-Match gets 409. Recommending a provider that may not be recommended is 422.
/// </summary>
public static class TrainingApi
{
    public static void MapTrainingApi(this IEndpointRouteBuilder api)
    {
        var p = api.MapGroup("/training-providers").WithTags("TrainingProviders").RequireAuthorization(Policies.TrainingRead);
        p.MapGet("/", async (string? district, string? occupation, bool? recommendable, bool? alert, string? q, bool? all,
            TrainingQueries h, CancellationToken ct) =>
            TypedResults.Ok(await h.ProvidersAsync(new ProviderFilter(district, occupation, recommendable, alert ?? false, q, all ?? false), ct)));
        p.MapGet("/{id:long}", async (long id, TrainingQueries h, HttpContext http, CancellationToken ct) => Provider(http, await h.ProviderAsync(id, ct)));
        p.MapPost("/", async (ProviderRequest r, ProviderHandlers h, TrainingQueries q, HttpContext http, CancellationToken ct) =>
        {
            var view = await q.ProviderAsync(await h.CreateAsync(r, ct), ct);
            ETags.Set(http, view.Version);
            return TypedResults.Created($"/api/v1/training-providers/{view.Id}", view);
        }).Validates<ProviderRequest>().Idempotent().RequireAuthorization(Policies.TrainingManage);
        Change<ProviderRequest>(p, "/{id:long}", (h, id, r, ct) => h.UpdateAsync(id, r, ct), HttpMethods.Put);
        Change<QualificationRequest>(p, "/{id:long}/qualifications", (h, id, r, ct) => h.AddQualificationAsync(id, r, ct));
        p.MapPut("/{id:long}/qualifications/{line:int}", async (long id, int line, QualificationRequest r, ProviderHandlers h, TrainingQueries q,
            HttpContext http, CancellationToken ct) =>
        {
            r.ReplacesLine = line;
            r.Version = ETags.ExpectedVersion(http, r.Version);
            await h.AddQualificationAsync(id, r, ct);
            return Provider(http, await q.ProviderAsync(id, ct));
        }).Validates<QualificationRequest>().RequireAuthorization(Policies.TrainingManage);
        Change<CheckRequest>(p, "/{id:long}/checks", (h, id, r, ct) => h.RecordCheckAsync(id, r, ct));
        Change<RetireRequest>(p, "/{id:long}/retire", (h, id, r, ct) => h.RetireAsync(id, r, ct));

        var c = api.MapGroup("/training-courses").WithTags("TrainingCourses").RequireAuthorization(Policies.TrainingRead);
        c.MapGet("/", async (long? providerId, string? occupation, SkillLevel? level, bool? subsidy, DateOnly? startingAfter,
            bool? recommendable, bool? ended, TrainingQueries h, CancellationToken ct) =>
            TypedResults.Ok(await h.CoursesAsync(new CourseFilter(providerId, occupation, level, subsidy, startingAfter, recommendable, ended ?? false), ct)));
        c.MapGet("/{id:long}", async (long id, TrainingQueries h, HttpContext http, CancellationToken ct) =>
        {
            var view = await h.CourseAsync(id, ct);
            return ETags.Ok(http, view, view.Version);
        });
        c.MapPost("/", async (CourseRequest r, CourseHandlers h, TrainingQueries q, HttpContext http, CancellationToken ct) =>
        {
            var view = await q.CourseAsync(await h.CreateAsync(r, ct), ct);
            ETags.Set(http, view.Version);
            return TypedResults.Created($"/api/v1/training-courses/{view.Id}", view);
        }).Validates<CourseRequest>().Idempotent().RequireAuthorization(Policies.TrainingManage);
        c.MapPut("/{id:long}", async (long id, CourseRequest r, CourseHandlers h, TrainingQueries q, HttpContext http, CancellationToken ct) =>
        {
            r.Version = ETags.ExpectedVersion(http, r.Version);
            await h.UpdateAsync(id, r, ct);
            var view = await q.CourseAsync(id, ct);
            return ETags.Ok(http, view, view.Version);
        }).Validates<CourseRequest>().RequireAuthorization(Policies.TrainingManage);

        var rec = api.MapGroup("/cases/{caseId:long}/training-recommendations").WithTags("TrainingRecommendations")
            .RequireAuthorization(Policies.CaseWork);
        rec.MapGet("/", async (long caseId, RecommendationHandlers h, CancellationToken ct) => TypedResults.Ok(await h.ForCaseAsync(caseId, ct)));
        rec.MapPost("/", async (long caseId, RecommendRequest r, RecommendationHandlers h, CancellationToken ct) =>
        {
            var id = await h.RecommendAsync(caseId, r, ct);
            return TypedResults.Created($"/api/v1/cases/{caseId}/training-recommendations/{id}", await h.GetAsync(caseId, id, ct));
        }).Validates<RecommendRequest>().Idempotent();
    }

    /// <summary>A change of a provider: run it, answer with the provider as it is now (and its new ETag).</summary>
    private static void Change<T>(RouteGroupBuilder g, string pattern, Func<ProviderHandlers, long, T, CancellationToken, Task> change,
        string method = "POST") where T : class, Cases.IVersionedRequest
    {
        g.MapMethods(pattern, [method], async (long id, T r, ProviderHandlers h, TrainingQueries q, HttpContext http, CancellationToken ct) =>
        {
            r.Version = ETags.ExpectedVersion(http, r.Version);
            await change(h, id, r, ct);
            return Provider(http, await q.ProviderAsync(id, ct));
        }).Validates<T>().RequireAuthorization(Policies.TrainingManage);
    }

    private static Microsoft.AspNetCore.Http.HttpResults.Ok<ProviderView> Provider(HttpContext http, ProviderView view) =>
        ETags.Ok(http, view, view.Version);
}
