using GuidanceDesk.Web.Data;
using GuidanceDesk.Web.Domain;
using GuidanceDesk.Web.Features.Common;
using GuidanceDesk.Web.Infrastructure;
using GuidanceDesk.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace GuidanceDesk.Web.Features.Appointments;

/// <summary>Counselors publish bookable time; the first slot of each block is held for employment-assistance targets.</summary>
public sealed class SlotsModel(SlotHandlers handlers, AppDbContext db, CurrentUser user, AgencyClock clock, TimeProvider time,
    IStringLocalizer<SharedResource> l) : PageModel
{
    [BindProperty]
    public PublishSlotsRequest Input { get; set; } = new();

    public List<SelectListItem> Counselors { get; private set; } = [];

    public IReadOnlyList<(CounselorSlot Slot, string Counselor, bool Booked)> Upcoming { get; private set; } = [];

    public PageError? Error { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        Input = new PublishSlotsRequest { CounselorId = user.StaffMemberId, Date = clock.Today.AddDays(1), From = new TimeOnly(9, 0), To = new TimeOnly(11, 30) };
        await LoadAsync(ct);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var outcome = await FormSubmission.RunAsync(this, l, nameof(Input), typeof(PublishSlotsRequest), async () =>
        {
            var slots = await handlers.PublishAsync(Input, ct);
            TempData["Message"] = l["已发布 {0} 个时段", slots.Count].Value;
            return RedirectToPage();
        });
        Error = outcome.Error;
        if (outcome.Done is { } done)
            return done;
        await LoadAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostWithdrawAsync(long id, CancellationToken ct)
    {
        try
        {
            await handlers.WithdrawAsync(id, ct);
            TempData["Message"] = l["已撤回时段"].Value;
        }
        catch (Exception e) when (PageErrors.Handles(e))
        {
            TempData["Error"] = PageErrors.Apply(e, ModelState, l, "", typeof(object)).Message;
        }
        return RedirectToPage();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        var unit = user.ServiceUnitId;
        Counselors = await CounselorChoices.ForUnitAsync(db, unit, ct);
        var now = time.GetUtcNow();
        var rows = await db.CounselorSlots.Where(s => s.ServiceUnitId == unit && !s.IsWithdrawn && s.StartsAt > now)
            .OrderBy(s => s.StartsAt).Take(200)
            .Select(s => new
            {
                Slot = s,
                Name = db.StaffMembers.Where(m => m.Id == s.CounselorId).Select(m => m.Name).FirstOrDefault(),
                Booked = db.Appointments.Any(a => a.SlotId == s.Id && a.Status == AppointmentStatus.Booked),
            }).ToListAsync(ct);
        Upcoming = [.. rows.Select(r => (r.Slot, r.Name ?? "", r.Booked))];
    }
}
