using GuidanceDesk.Web.Infrastructure.Http;
using GuidanceDesk.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Http.HttpResults;

namespace GuidanceDesk.Web.Features.Vacancies;

/// <summary><c>/api/v1/vacancies</c>: staff and employers record and run vacancies.</summary>
public static class VacanciesApi
{
    public static RouteGroupBuilder MapVacanciesApi(this IEndpointRouteBuilder api)
    {
        var group = api.MapGroup("/vacancies").WithTags("Vacancies").RequireAuthorization(Policies.Vacancies);

        group.MapGet("/", async ([AsParameters] VacancySearch search, VacancyQueries q, CancellationToken ct) =>
            TypedResults.Ok(await q.SearchAsync(search, ct)));

        group.MapGet("/{id:long}", async (long id, VacancyQueries q, HttpContext http, CancellationToken ct) =>
        {
            var view = await q.GetAsync(id, ct);
            return ETags.Ok(http, view, view.Version);
        });

        group.MapPost("/", async Task<Created<VacancyView>> (VacancyForm form, VacancyHandlers h, HttpContext http, CancellationToken ct) =>
        {
            var view = await h.CreateAsync(form, ct);
            ETags.Set(http, view.Version);
            return TypedResults.Created($"/api/v1/vacancies/{view.Id}", view);
        }).Validates<VacancyForm>().Idempotent();

        group.MapPut("/{id:long}", async (long id, VacancyForm form, VacancyHandlers h, HttpContext http, CancellationToken ct) =>
            Answer(http, await h.UpdateAsync(id, form, ETags.ExpectedVersion(http, form.Version), ct))).Validates<VacancyForm>();

        group.MapPost("/{id:long}/open", async (long id, VacancyHandlers h, HttpContext http, CancellationToken ct) =>
            Answer(http, await h.OpenAsync(id, ETags.ExpectedVersion(http, null), ct)));

        group.MapPost("/{id:long}/filled", async (long id, VacancyHandlers h, HttpContext http, CancellationToken ct) =>
            Answer(http, await h.MarkFilledAsync(id, ETags.ExpectedVersion(http, null), ct)));

        group.MapPost("/{id:long}/withdraw", async (long id, WithdrawRequest body, VacancyHandlers h, HttpContext http, CancellationToken ct) =>
            Answer(http, await h.WithdrawAsync(id, body.Reason, ETags.ExpectedVersion(http, body.Version), ct))).Validates<WithdrawRequest>();
        return group;
    }

    private static Ok<VacancyView> Answer(HttpContext http, VacancyView view)
    {
        ETags.Set(http, view.Version);
        return TypedResults.Ok(view);
    }
}
