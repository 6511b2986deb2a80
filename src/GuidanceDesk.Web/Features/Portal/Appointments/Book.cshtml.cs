using GuidanceDesk.Web.Features.Appointments;
using GuidanceDesk.Web.Features.Common;
using GuidanceDesk.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace GuidanceDesk.Web.Features.Portal;

/// <summary>What the slot picker shows: the free slots (grouped by day on the page) and the one chosen.</summary>
public sealed record SlotChoice(IReadOnlyList<SlotView> Slots, long? Selected);

/// <summary>
/// 预约 in the portal (7.2.2a): the worker picks a free slot of their unit (slots held for employment-assistance targets
/// stay hidden from others until a day before, 7.1.11), what they want help with (5.1 a–e) and how to meet.
/// A slot taken meanwhile is a 409 from the handler: the page says so at the top and keeps everything else.
/// </summary>
[Authorize(Roles = Roles.Worker)]
public sealed class BookModel(AppointmentHandlers handlers, AppointmentQueries queries, IStringLocalizer<SharedResource> l) : PageModel
{
    [BindProperty]
    public BookRequest Input { get; set; } = new();

    public IReadOnlyList<SlotView> Slots { get; private set; } = [];

    public PageError? Error { get; private set; }

    public async Task OnGetAsync(CancellationToken ct) => Slots = await queries.FreeSlotsAsync(new SlotQuery(), ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (Input.SlotId is null)
        {
            // The request's own message also offers staff's choice of counselor, date and time, which a worker does not have.
            ModelState.Remove("Input.SlotId");
            ModelState.AddModelError("Input.SlotId", "请选择一个预约时段");
        }
        var outcome = await FormSubmission.RunAsync(this, l, "Input", typeof(BookRequest), async () =>
        {
            var booked = await handlers.BookAsync(Input, ct);
            TempData["Message"] = l["预约成功：{0}", Fmt.Time(booked.StartsAt)].Value;
            return RedirectToPage("Index");
        });
        Error = outcome.Error;
        if (outcome.Done is { } done)
            return done;
        Slots = await queries.FreeSlotsAsync(new SlotQuery(), ct);
        if (Error is not null && Input.SlotId is { } chosen && !Slots.Any(s => s.Id == chosen))
            SayTaken();
        return Page();
    }

    /// <summary>
    /// The handler's refusal speaks of the counselor's diary ("该职业指导人员在此时间已有预约"); when the chosen slot is no
    /// longer among the free ones (taken, withdrawn or started), the worker is told that plainly, at the top and at the list.
    /// </summary>
    private void SayTaken()
    {
        var message = l["您选的时间已经约不上了（可能刚被别人约走），请另选一个时间"].Value;
        ModelState.Remove("Input.SlotId");
        ModelState.AddModelError("Input.SlotId", message);
        Error = Error! with { Message = message };
    }
}
