using GuidanceDesk.Web.Domain;
using GuidanceDesk.Web.Features.Appointments;
using GuidanceDesk.Web.Features.Common;
using GuidanceDesk.Web.Infrastructure.Http;
using GuidanceDesk.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace GuidanceDesk.Web.Features.Portal;

/// <summary>
/// 改约: the worker moves their own booking to another free slot. Only slots that can be held the way the
/// appointment was booked (face to face or online) are offered; the version read here guards against a change by
/// staff in the meantime.
/// </summary>
[Authorize(Roles = Roles.Worker)]
public sealed class RescheduleModel(AppointmentHandlers handlers, AppointmentQueries queries, TimeProvider time,
    IStringLocalizer<SharedResource> l) : PageModel
{
    [BindProperty]
    public RescheduleRequest Input { get; set; } = new();

    public AppointmentView Appointment { get; private set; } = null!;

    public IReadOnlyList<SlotView> Slots { get; private set; } = [];

    public bool CanChange { get; private set; }

    public PageError? Error { get; private set; }

    public async Task<IActionResult> OnGetAsync(long id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
            return NotFound();
        Input.Version = Appointment.Version;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(long id, CancellationToken ct)
    {
        var outcome = await FormSubmission.RunAsync(this, l, "Input", typeof(RescheduleRequest), async () =>
        {
            var moved = await handlers.RescheduleAsync(id, Input, Input.Version, ct);
            TempData["Message"] = l["已改到 {0}", Fmt.Time(moved.StartsAt)].Value;
            return RedirectToPage("Index");
        });
        Error = outcome.Error;
        if (outcome.Done is { } done)
            return done;
        return await LoadAsync(id, ct) ? Page() : NotFound();
    }

    private async Task<bool> LoadAsync(long id, CancellationToken ct)
    {
        try
        {
            Appointment = await queries.GetAsync(id, ct);
        }
        catch (NotFoundException)
        {
            return false;
        }
        CanChange = Appointment.Status == AppointmentStatus.Booked && Appointment.StartsAt > time.GetUtcNow();
        if (CanChange)
            Slots = [.. (await queries.FreeSlotsAsync(new SlotQuery(), ct)).Where(s => s.Channel is null || s.Channel == Appointment.Channel)];
        return true;
    }
}
