using GuidanceDesk.Web.Features.Common;
using GuidanceDesk.Web.Features.Staff;
using GuidanceDesk.Web.Features.Units;
using GuidanceDesk.Web.Infrastructure;
using GuidanceDesk.Web.Infrastructure.ReferenceData;
using GuidanceDesk.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace GuidanceDesk.Web.Features.Workers;

/// <summary>登记劳动者 (6.1.1, R-4.4): the worker's basic situation plus the service agreement (7.2.1), in one transaction.</summary>
public sealed class RegisterModel(WorkerHandlers handlers, StaffHandlers staff, UnitHandlers units, CurrentUser user,
    DivisionCatalog divisions, AgencyClock clock, IStringLocalizer<SharedResource> l) : PageModel, IWorkerFormPage
{
    [BindProperty]
    public WorkerForm Input { get; set; } = new();

    [BindProperty]
    public ServiceAgreementForm Agreement { get; set; } = new();

    /// <summary>Only city-level staff choose; the handler puts everyone else's registrations into their own unit.</summary>
    [BindProperty]
    public long? ServiceUnitId { get; set; }

    public WorkerFormLists Lists { get; private set; } = WorkerFormLists.Empty;

    public PageError? Error { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        Agreement.GivenOn = clock.Today;
        // New registrations default to the counselor registering them, who is usually the one who will guide.
        Input.CounselorId = user.StaffMemberId;
        await LoadAsync(ct);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        WorkerPages.DropBlankRows(Input, ModelState, Request.Form);
        var outcome = await FormSubmission.RunAsync(this, l, "Input", typeof(WorkerForm), async () =>
        {
            var view = await handlers.RegisterAsync(Input, Agreement, ServiceUnitId, ct);
            TempData["Message"] = l["已登记"].Value;
            return RedirectToPage("Details", new { id = view.Id });
        });
        Error = outcome.Error;
        if (outcome.Done is { } done)
            return done;
        await LoadAsync(ct);
        return Page();
    }

    /// <summary>Without JavaScript, "更新街道列表" posts here: re-show the form with the chosen district's townships.</summary>
    public async Task<IActionResult> OnPostTownshipsAsync(CancellationToken ct)
    {
        ModelState.Clear();
        await LoadAsync(ct);
        return Page();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        WorkerPages.PadRows(Input);
        Lists = await WorkerPages.ListsAsync(Input, staff, units, user, divisions, l, ct);
    }
}
