using GuidanceDesk.Web.Infrastructure.Http;
using GuidanceDesk.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Http.HttpResults;

namespace GuidanceDesk.Web.Features.Employers;

/// <summary><c>/api/v1/employers</c>: the employer registry .</summary>
public static class EmployersApi
{
    public static RouteGroupBuilder MapEmployersApi(this IEndpointRouteBuilder api)
    {
        var group = api.MapGroup("/employers").WithTags("Employers").RequireAuthorization(Policies.ClientRecords);

        group.MapGet("/", async ([AsParameters] EmployerSearch search, EmployerHandlers h, CancellationToken ct) =>
            TypedResults.Ok(await h.SearchAsync(search, ct)));

        group.MapGet("/{id:long}", async (long id, EmployerHandlers h, HttpContext http, CancellationToken ct) =>
        {
            var view = await h.GetAsync(id, audited: true, ct);
            return ETags.Ok(http, view, view.Version);
        });

        group.MapPost("/", async Task<Created<EmployerView>> (EmployerForm form, EmployerHandlers h, HttpContext http, CancellationToken ct) =>
        {
            var view = await h.RegisterAsync(form, ct);
            ETags.Set(http, view.Version);
            return TypedResults.Created($"/api/v1/employers/{view.Id}", view);
        }).Validates<EmployerForm>().Idempotent();

        group.MapPut("/{id:long}", async (long id, EmployerForm form, EmployerHandlers h, HttpContext http, CancellationToken ct) =>
        {
            var view = await h.UpdateAsync(id, form, ETags.ExpectedVersion(http, form.Version), ct);
            ETags.Set(http, view.Version);
            return TypedResults.Ok(view);
        }).Validates<EmployerForm>();

        api.MapGet("/me/employer", async (CurrentUser user, EmployerHandlers h, CancellationToken ct) =>
            user.EmployerId is { } self ? Results.Ok(await h.GetAsync(self, audited: true, ct)) : Results.NotFound())
            .WithTags("Portal").RequireAuthorization(Policies.Portal);
        return group;
    }
}
