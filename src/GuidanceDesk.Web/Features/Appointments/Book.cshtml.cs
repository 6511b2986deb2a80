using GuidanceDesk.Web.Data;
using GuidanceDesk.Web.Domain;
using GuidanceDesk.Web.Features.Common;
using GuidanceDesk.Web.Features.Workers;
using GuidanceDesk.Web.Infrastructure;
using GuidanceDesk.Web.Infrastructure.Http;
using GuidanceDesk.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace GuidanceDesk.Web.Features.Appointments;

/// <summary>
/// Staff register a booking for a worker (预约登记, 7.2.2a): into a published slot, or a walk-in / phone booking at a
/// time agreed with the worker. Double-booking a counselor is refused; targets see the slots held for them (7.1.11).
/// </summary>
public sealed class BookModel(AppointmentHandlers handlers, AppointmentQueries queries, WorkerQueries workers, AppDbContext db,
    CurrentUser user, AgencyClock clock, IStringLocalizer<SharedResource> l) : PageModel
{
    [BindProperty]
    public BookRequest Input { get; set; } = new();

    public WorkerView Worker { get; private set; } = null!;

    public IReadOnlyList<SlotView> Slots { get; private set; } = [];

    public List<SelectListItem> Counselors { get; private set; } = [];

    public PageError? Error { get; private set; }

    public async Task<IActionResult> OnGetAsync(long workerId, CancellationToken ct)
    {
        var now = clock.Now;
        Input = new BookRequest
        {
            WorkerId = workerId, Source = BookingSource.WalkIn, CounselorId = user.StaffMemberId,
            Date = clock.Today, Time = new TimeOnly(now.Hour, now.Minute),
        };
        return await LoadAsync(workerId, ct) ? Page() : NotFound();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var outcome = await FormSubmission.RunAsync(this, l, nameof(Input), typeof(BookRequest), async () =>
        {
            var booked = await handlers.BookAsync(Input, ct);
            TempData["Message"] = l["已登记预约"].Value;
            return Redirect($"/Appointments?Date={Fmt.Date(AgencyClock.DateOf(booked.StartsAt))}&All=true");
        });
        Error = outcome.Error;
        if (outcome.Done is { } done)
            return done;
        return await LoadAsync(Input.WorkerId ?? 0, ct) ? Page() : NotFound();
    }

    private async Task<bool> LoadAsync(long workerId, CancellationToken ct)
    {
        try
        {
            Worker = await workers.GetAsync(workerId, audited: false, ct);
        }
        catch (NotFoundException)
        {
            return false;
        }
        Slots = await queries.FreeSlotsAsync(new SlotQuery(workerId), ct);
        Counselors = await CounselorChoices.ForUnitAsync(db, Worker.ServiceUnitId, ct);
        return true;
    }
}
