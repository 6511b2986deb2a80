using GuidanceDesk.Web.Infrastructure.Http;
using GuidanceDesk.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Http.HttpResults;

namespace GuidanceDesk.Web.Features.Staff;

/// <summary><c>/api/v1/staff</c>: staff profiles, certificates, training hours and the 4.6 checks.</summary>
public static class StaffApi
{
    private static Ok<StaffView> Versioned(HttpContext http, StaffView view) => ETags.Ok(http, view, view.Version);

    public static RouteGroupBuilder MapStaffApi(this IEndpointRouteBuilder api)
    {
        var group = api.MapGroup("/staff").WithTags("Staff").RequireAuthorization(Policies.ReadStaff);

        group.MapGet("/", async (long? unitId, bool? includeInactive, StaffHandlers h, CancellationToken ct) =>
            TypedResults.Ok(await h.ListAsync(unitId, includeInactive ?? false, ct)));

        group.MapGet("/{id:long}", async (long id, StaffHandlers h, HttpContext http, CancellationToken ct) =>
            Versioned(http, await h.GetAsync(id, ct)));

        group.MapPost("/", async Task<Created<StaffView>> (StaffForm form, StaffHandlers h, HttpContext http, CancellationToken ct) =>
        {
            var view = await h.CreateAsync(form, ct);
            ETags.Set(http, view.Version);
            return TypedResults.Created($"/api/v1/staff/{view.Id}", view);
        }).Validates<StaffForm>().Idempotent().RequireAuthorization(Policies.ManageStaff);

        group.MapPut("/{id:long}", async (long id, StaffForm form, StaffHandlers h, HttpContext http, CancellationToken ct) =>
            Versioned(http, await h.UpdateAsync(id, form, ETags.ExpectedVersion(http, form.Version), ct)))
            .Validates<StaffForm>().RequireAuthorization(Policies.ManageStaff);

        group.MapPost("/{id:long}/certificates", async (long id, CertificateForm form, StaffHandlers h, HttpContext http, CancellationToken ct) =>
            Versioned(http, await h.AddCertificateAsync(id, form, ETags.ExpectedVersion(http, null), ct)))
            .Validates<CertificateForm>().RequireAuthorization(Policies.ManageStaff);

        group.MapDelete("/{id:long}/certificates/{line:int}", async (long id, int line, StaffHandlers h, HttpContext http, CancellationToken ct) =>
            Versioned(http, await h.RemoveCertificateAsync(id, line, ETags.ExpectedVersion(http, null), ct)))
            .RequireAuthorization(Policies.ManageStaff);

        group.MapPost("/{id:long}/trainings", async (long id, TrainingForm form, StaffHandlers h, HttpContext http, CancellationToken ct) =>
            Versioned(http, await h.AddTrainingAsync(id, form, ETags.ExpectedVersion(http, null), ct)))
            .Validates<TrainingForm>().RequireAuthorization(Policies.ManageStaff);

        group.MapDelete("/{id:long}/trainings/{line:int}", async (long id, int line, StaffHandlers h, HttpContext http, CancellationToken ct) =>
            Versioned(http, await h.RemoveTrainingAsync(id, line, ETags.ExpectedVersion(http, null), ct)))
            .RequireAuthorization(Policies.ManageStaff);
        return group;
    }

}
