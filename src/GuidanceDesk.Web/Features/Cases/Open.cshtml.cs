using GuidanceDesk.Web.Features.Common;
using GuidanceDesk.Web.Features.Workers;
using GuidanceDesk.Web.Infrastructure.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace GuidanceDesk.Web.Features.Cases;

/// <summary>Opens a guidance case for a worker (the start of 6.1); a worker with an open case is sent to it.</summary>
public sealed class OpenModel(CaseHandlers handlers, WorkerQueries workers, IStringLocalizer<SharedResource> l) : PageModel
{
    [BindProperty]
    public OpenCaseRequest Input { get; set; } = new();

    public WorkerView? Worker { get; private set; }

    public PageError? Error { get; private set; }

    public async Task<IActionResult> OnGetAsync(long workerId, long? appointmentId, CancellationToken ct)
    {
        Input.WorkerId = workerId;
        Input.AppointmentId = appointmentId;
        return await LoadAsync(workerId, ct) ? Page() : NotFound();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var outcome = await FormSubmission.RunAsync(this, l, nameof(Input), typeof(OpenCaseRequest), async () =>
        {
            var id = await handlers.OpenAsync(Input, ct);
            TempData["Message"] = l["已建立个案，请先搜集职业信息"].Value;
            return Redirect($"/Cases/Details/{id}");
        });
        Error = outcome.Error;
        if (outcome.Done is { } done)
            return done;
        // The worker already has an open case: go there rather than ask again.
        if (Error is { Kind: PageErrorKind.Duplicate, ExistingId: { } existing })
            return Redirect($"/Cases/Details/{existing}");
        return await LoadAsync(Input.WorkerId ?? 0, ct) ? Page() : NotFound();
    }

    private async Task<bool> LoadAsync(long workerId, CancellationToken ct)
    {
        try
        {
            Worker = await workers.GetAsync(workerId, audited: false, ct);
            return true;
        }
        catch (NotFoundException)
        {
            return false;
        }
    }
}
