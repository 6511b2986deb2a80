using GuidanceDesk.Web.Domain;
using GuidanceDesk.Web.Infrastructure.Http;
using GuidanceDesk.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Http.HttpResults;

namespace GuidanceDesk.Web.Features.EmployerCases;

/// <summary><c>/api/v1/employer-cases</c>: employer guidance cases (6.2) for staff; <c>/api/v1/me/employer-guidance</c> for the employer.</summary>
public static class EmployerCasesApi
{
    public static RouteGroupBuilder MapEmployerCasesApi(this IEndpointRouteBuilder api)
    {
        var group = api.MapGroup("/employer-cases").WithTags("EmployerCases").RequireAuthorization(Policies.ClientRecords);

        group.MapGet("/", async (EmployerCaseStatus? status, long? employerId, EmployerCaseHandlers h, CancellationToken ct) =>
            TypedResults.Ok(await h.ListAsync(status, employerId, ct)));

        group.MapGet("/{id:long}", async (long id, EmployerCaseHandlers h, HttpContext http, CancellationToken ct) =>
        {
            var view = await h.GetAsync(id, ct);
            return ETags.Ok(http, view, view.Version);
        });

        group.MapPost("/", async Task<Created<EmployerCaseView>> (EmployerCaseForm form, EmployerCaseHandlers h, HttpContext http, CancellationToken ct) =>
        {
            var view = await h.OpenAsync(form, ct);
            ETags.Set(http, view.Version);
            return TypedResults.Created($"/api/v1/employer-cases/{view.Id}", view);
        }).Validates<EmployerCaseForm>().Idempotent().RequireAuthorization(Policies.CaseWork);

        group.MapPut("/{id:long}", async (long id, EmployerCaseForm form, EmployerCaseHandlers h, HttpContext http, CancellationToken ct) =>
        {
            var view = await h.DescribeAsync(id, form, ETags.ExpectedVersion(http, form.Version), ct);
            return ETags.Ok(http, view, view.Version);
        }).Validates<EmployerCaseForm>().RequireAuthorization(Policies.CaseWork);

        group.MapPost("/{id:long}/close", async (long id, CloseEmployerCaseForm form, EmployerCaseHandlers h, HttpContext http, CancellationToken ct) =>
        {
            var view = await h.CloseAsync(id, form, ETags.ExpectedVersion(http, form.Version), ct);
            return ETags.Ok(http, view, view.Version);
        }).Validates<CloseEmployerCaseForm>().RequireAuthorization(Policies.CaseWork);

        group.MapPost("/{id:long}/records", async (long id, EmployerRecordForm form, EmployerCaseHandlers h, CancellationToken ct) =>
            TypedResults.Ok(await h.AddRecordAsync(id, form, ct))).Validates<EmployerRecordForm>().RequireAuthorization(Policies.CaseWork);

        group.MapPut("/{id:long}/records/{recordId:long}", async (long id, long recordId, EmployerRecordForm form, EmployerCaseHandlers h,
            HttpContext http, CancellationToken ct) =>
            TypedResults.Ok(await h.CorrectRecordAsync(id, recordId, form, ETags.ExpectedVersion(http, form.Version), ct)))
            .Validates<EmployerRecordForm>().RequireAuthorization(Policies.CaseWork);

        api.MapGet("/me/employer-guidance", async (EmployerCaseHandlers h, CancellationToken ct) => TypedResults.Ok(await h.ForEmployerAsync(ct)))
            .WithTags("Portal").RequireAuthorization(Policies.Portal);
        return group;
    }
}
