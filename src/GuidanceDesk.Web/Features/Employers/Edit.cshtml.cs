using GuidanceDesk.Web.Features.Common;
using GuidanceDesk.Web.Infrastructure.Http;
using GuidanceDesk.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.Extensions.Localization;

namespace GuidanceDesk.Web.Features.Employers;

/// <summary>
/// 修改用人单位信息. Contacts are sent back whole, so the form is filled with their full phone numbers
/// (EmployerHandlers.GetForEditAsync, audited), so only roles that may see identifiers in full may edit.
/// The version travels in a hidden field against lost updates.
/// </summary>
[Authorize(Policy = Policies.RevealIdentifiers)]
public sealed class EditModel(EmployerHandlers handlers, IStringLocalizer<SharedResource> l) : PageModel, IEmployerFormPage
{
    [BindProperty]
    public EmployerForm Input { get; set; } = new();

    public IReadOnlyList<SelectListItem> Units => [];

    public bool IsEdit => true;

    public PageError? Error { get; private set; }

    public long Id { get; private set; }

    public async Task<IActionResult> OnGetAsync(long id, CancellationToken ct)
    {
        Id = id;
        try
        {
            Input = EmployerPages.FromView(await handlers.GetForEditAsync(id, ct));
        }
        catch (NotFoundException)
        {
            return NotFound();
        }
        EmployerPages.PadContacts(Input);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(long id, CancellationToken ct)
    {
        Id = id;
        FormRows.DropBlank(Input.Contacts, "Input.Contacts", ModelState, Request.Form);
        var outcome = await FormSubmission.RunAsync(this, l, "Input", typeof(EmployerForm), async () =>
        {
            await handlers.UpdateAsync(id, Input, Input.Version, ct);
            TempData["Message"] = l["已保存修改"].Value;
            return RedirectToPage("Details", new { id });
        });
        Error = outcome.Error;
        if (outcome.Done is { } done)
            return done;
        EmployerPages.PadContacts(Input);
        return Page();
    }
}
