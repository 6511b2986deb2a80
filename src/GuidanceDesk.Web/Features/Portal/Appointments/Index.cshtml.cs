using GuidanceDesk.Web.Features.Appointments;
using GuidanceDesk.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace GuidanceDesk.Web.Features.Portal;

/// <summary>我的预约 (7.2.2a): the worker's own appointments, those still ahead first, each with what can still be done.</summary>
[Authorize(Roles = Roles.Worker)]
public sealed class AppointmentsModel(PortalQueries portal, TimeProvider time) : PageModel
{
    public IReadOnlyList<AppointmentView> Appointments { get; private set; } = [];

    public DateTimeOffset Now { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        Now = time.GetUtcNow();
        Appointments = await portal.AppointmentsAsync(ct);
    }

    /// <summary>Only a booking that has not started can be moved or cancelled (the handlers refuse the rest).</summary>
    public bool CanChange(AppointmentView a) => a.Status == Domain.AppointmentStatus.Booked && a.StartsAt > Now;
}
