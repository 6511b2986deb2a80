using GuidanceDesk.Web.Features.Common;
using GuidanceDesk.Web.Features.Units;
using GuidanceDesk.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.Extensions.Localization;

namespace GuidanceDesk.Web.Features.Employers;

/// <summary>登记用人单位: one record per unified social credit code; a second registration links to the first.</summary>
public sealed class CreateModel(EmployerHandlers handlers, UnitHandlers units, CurrentUser user, IStringLocalizer<SharedResource> l)
    : PageModel, IEmployerFormPage
{
    [BindProperty]
    public EmployerForm Input { get; set; } = new();

    public IReadOnlyList<SelectListItem> Units { get; private set; } = [];

    public bool IsEdit => false;

    public PageError? Error { get; private set; }

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        FormRows.DropBlank(Input.Contacts, "Input.Contacts", ModelState, Request.Form);
        var outcome = await FormSubmission.RunAsync(this, l, "Input", typeof(EmployerForm), async () =>
        {
            var view = await handlers.RegisterAsync(Input, ct);
            TempData["Message"] = l["已登记"].Value;
            return RedirectToPage("Details", new { id = view.Id });
        });
        Error = outcome.Error;
        if (outcome.Done is { } done)
            return done;
        await LoadAsync(ct);
        return Page();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        EmployerPages.PadContacts(Input);
        Units = await EmployerPages.UnitsAsync(units, user, ct);
    }
}
