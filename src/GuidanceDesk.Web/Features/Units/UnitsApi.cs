using GuidanceDesk.Web.Infrastructure.Http;
using GuidanceDesk.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Http.HttpResults;

namespace GuidanceDesk.Web.Features.Units;

/// <summary><c>/api/v1/units</c>: service units, their qualification and management documents .</summary>
public static class UnitsApi
{
    private static Ok<UnitView> Versioned(HttpContext http, UnitView view) => ETags.Ok(http, view, view.Version);

    public static RouteGroupBuilder MapUnitsApi(this IEndpointRouteBuilder api)
    {
        var group = api.MapGroup("/units").WithTags("Units").RequireAuthorization(Policies.ReadUnits);

        group.MapGet("/", async (UnitHandlers h, CancellationToken ct) => TypedResults.Ok(await h.ListAsync(ct)));

        group.MapGet("/{id:long}", async (long id, UnitHandlers h, HttpContext http, CancellationToken ct) =>
        {
            var view = await h.GetAsync(id, ct);
            ETags.Set(http, view.Version);
            return TypedResults.Ok(view);
        });

        group.MapPost("/", async Task<Created<UnitView>> (UnitForm form, UnitHandlers h, HttpContext http, CancellationToken ct) =>
        {
            var view = await h.CreateAsync(form, ct);
            ETags.Set(http, view.Version);
            return TypedResults.Created($"/api/v1/units/{view.Id}", view);
        }).Validates<UnitForm>().Idempotent().RequireAuthorization(Policies.ManageUnits);

        group.MapPut("/{id:long}", async (long id, UnitForm form, UnitHandlers h, HttpContext http, CancellationToken ct) =>
            Versioned(http, await h.UpdateAsync(id, form, ETags.ExpectedVersion(http, form.Version), ct)))
            .Validates<UnitForm>().RequireAuthorization(Policies.ManageUnits);

        group.MapPost("/{id:long}/documents", async (long id, DocumentForm form, UnitHandlers h, HttpContext http, CancellationToken ct) =>
            Versioned(http, await h.AddDocumentAsync(id, form, ETags.ExpectedVersion(http, null), ct)))
            .Validates<DocumentForm>().RequireAuthorization(Policies.ManageUnits);

        group.MapDelete("/{id:long}/documents/{number:int}", async (long id, int number, UnitHandlers h, HttpContext http, CancellationToken ct) =>
            Versioned(http, await h.RemoveDocumentAsync(id, number, ETags.ExpectedVersion(http, null), ct)))
            .RequireAuthorization(Policies.ManageUnits);
        return group;
    }

}
