using GuidanceDesk.Web.Features.Common;
using GuidanceDesk.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace GuidanceDesk.Web.Features.Units;

/// <summary>新建服务单位. The handler allows it to city-level administrators only and says so otherwise.</summary>
[Authorize(Policy = Policies.ManageUnits)]
public sealed class CreateModel(UnitHandlers handlers, IStringLocalizer<SharedResource> l) : PageModel
{
    [BindProperty]
    public UnitForm Input { get; set; } = new();

    public PageError? Error { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var outcome = await FormSubmission.RunAsync(this, l, "Input", typeof(UnitForm), async () =>
        {
            var view = await handlers.CreateAsync(Input, ct);
            TempData["Message"] = l["已新建服务单位"].Value;
            return RedirectToPage("Details", new { id = view.Id });
        });
        Error = outcome.Error;
        if (outcome.Done is { } done)
            return done;
        return Page();
    }
}
