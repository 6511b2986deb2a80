using GuidanceDesk.Web.Infrastructure.Http;
using GuidanceDesk.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Http.HttpResults;

namespace GuidanceDesk.Web.Features.Appointments;

/// <summary><c>/api/v1/appointments</c>: booking (portal and desk), the day's queue, slots (7.2.2a, 7.1.11).</summary>
public static class AppointmentsApi
{
    public static RouteGroupBuilder MapAppointmentsApi(this IEndpointRouteBuilder api)
    {
        var group = api.MapGroup("/appointments").WithTags("Appointments").RequireAuthorization(Policies.Guidance);

        group.MapGet("/", async ([AsParameters] AppointmentQuery q, AppointmentQueries queries, CancellationToken ct) =>
            TypedResults.Ok(await queries.ListAsync(q, ct)));

        group.MapGet("/{id:long}", async (long id, AppointmentQueries queries, HttpContext http, CancellationToken ct) =>
        {
            var view = await queries.GetAsync(id, ct);
            return ETags.Ok(http, view, view.Version);
        });

        group.MapPost("/", async Task<Created<AppointmentView>> (BookRequest r, AppointmentHandlers h, HttpContext http, CancellationToken ct) =>
        {
            var view = await h.BookAsync(r, ct);
            ETags.Set(http, view.Version);
            return TypedResults.Created($"/api/v1/appointments/{view.Id}", view);
        }).Validates<BookRequest>().Idempotent();

        group.MapPost("/{id:long}/reschedule", async (long id, RescheduleRequest r, AppointmentHandlers h, HttpContext http, CancellationToken ct) =>
            Versioned(http, await h.RescheduleAsync(id, r, ETags.ExpectedVersion(http, r.Version), ct)))
            .Validates<RescheduleRequest>();

        group.MapPost("/{id:long}/cancel", async (long id, CancelRequest r, AppointmentHandlers h, HttpContext http, CancellationToken ct) =>
            Versioned(http, await h.CancelAsync(id, r.Reason, ETags.ExpectedVersion(http, r.Version), ct)))
            .Validates<CancelRequest>();

        group.MapPost("/{id:long}/no-show", async (long id, AppointmentHandlers h, HttpContext http, CancellationToken ct) =>
            Versioned(http, await h.MarkNoShowAsync(id, ct))).RequireAuthorization(Policies.CaseWork);

        group.MapPost("/{id:long}/arrived", async (long id, AppointmentHandlers h, HttpContext http, CancellationToken ct) =>
            Versioned(http, await h.MarkArrivedAsync(id, ct))).RequireAuthorization(Policies.CaseWork);

        group.MapGet("/{id:long}/form.pdf", async (long id, AppointmentForms forms, CancellationToken ct) =>
            TypedResults.File(await forms.RegistrationFormAsync(id, ct), "application/pdf", $"appointment-{id}.pdf"))
            .RequireAuthorization(Policies.ClientRecords);

        group.MapGet("/slots", async ([AsParameters] SlotQuery q, AppointmentQueries queries, CancellationToken ct) =>
            TypedResults.Ok(await queries.FreeSlotsAsync(q, ct)));

        group.MapPost("/slots", async (PublishSlotsRequest r, SlotHandlers h, CancellationToken ct) =>
            TypedResults.Ok(await h.PublishAsync(r, ct)))
            .Validates<PublishSlotsRequest>().RequireAuthorization(Policies.CaseWork);

        group.MapDelete("/slots/{id:long}", async (long id, SlotHandlers h, CancellationToken ct) =>
        {
            await h.WithdrawAsync(id, ct);
            return TypedResults.NoContent();
        }).RequireAuthorization(Policies.CaseWork);
        return group;
    }

    private static Ok<AppointmentView> Versioned(HttpContext http, AppointmentView view)
    {
        ETags.Set(http, view.Version);
        return TypedResults.Ok(view);
    }
}
