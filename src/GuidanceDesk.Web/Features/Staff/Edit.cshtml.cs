using GuidanceDesk.Web.Features.Common;
using GuidanceDesk.Web.Infrastructure.Http;
using GuidanceDesk.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.Extensions.Localization;

namespace GuidanceDesk.Web.Features.Staff;

/// <summary>修改工作人员资料 (4.6.1, 7.1.3), for the roles that manage staff; a stale edit is refused with the input kept.</summary>
[Authorize(Policy = Policies.ManageStaff)]
public sealed class EditModel(StaffHandlers handlers, IStringLocalizer<SharedResource> l) : PageModel, IStaffFormPage
{
    [BindProperty]
    public StaffForm Input { get; set; } = new();

    public IReadOnlyList<SelectListItem> Units => [];

    public PageError? Error { get; private set; }

    public long Id { get; private set; }

    public async Task<IActionResult> OnGetAsync(long id, CancellationToken ct)
    {
        Id = id;
        try
        {
            Input = StaffPages.FromView(await handlers.GetAsync(id, ct));
            return Page();
        }
        catch (NotFoundException)
        {
            return NotFound();
        }
    }

    public async Task<IActionResult> OnPostAsync(long id, CancellationToken ct)
    {
        Id = id;
        var outcome = await FormSubmission.RunAsync(this, l, "Input", typeof(StaffForm), async () =>
        {
            await handlers.UpdateAsync(id, Input, Input.Version, ct);
            TempData["Message"] = l["已保存修改"].Value;
            return RedirectToPage("Details", new { id });
        });
        Error = outcome.Error;
        if (outcome.Done is { } done)
            return done;
        return Page();
    }
}
