using GuidanceDesk.Web.Features.Common;
using GuidanceDesk.Web.Features.Units;
using GuidanceDesk.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.Extensions.Localization;

namespace GuidanceDesk.Web.Features.Staff;

/// <summary>添加工作人员: into the user's own unit, or a chosen one for city-level administrators.</summary>
[Authorize(Policy = Policies.ManageStaff)]
public sealed class CreateModel(StaffHandlers handlers, UnitHandlers units, CurrentUser user, IStringLocalizer<SharedResource> l)
    : PageModel, IStaffFormPage
{
    [BindProperty]
    public StaffForm Input { get; set; } = new();

    public IReadOnlyList<SelectListItem> Units { get; private set; } = [];

    public PageError? Error { get; private set; }

    public async Task OnGetAsync(CancellationToken ct) => Units = await StaffPages.UnitsAsync(units, user, ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var outcome = await FormSubmission.RunAsync(this, l, "Input", typeof(StaffForm), async () =>
        {
            var view = await handlers.CreateAsync(Input, ct);
            TempData["Message"] = l["已添加工作人员"].Value;
            return RedirectToPage("Details", new { id = view.Id });
        });
        Error = outcome.Error;
        if (outcome.Done is { } done)
            return done;
        Units = await StaffPages.UnitsAsync(units, user, ct);
        return Page();
    }
}
