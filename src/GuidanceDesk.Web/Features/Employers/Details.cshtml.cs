using GuidanceDesk.Web.Infrastructure.Http;
using GuidanceDesk.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace GuidanceDesk.Web.Features.Employers;

/// <summary>One employer's record; contact phones masked (R-4.4d). The read is audited by the handler.</summary>
public sealed class DetailsModel(EmployerHandlers handlers, IAuthorizationService authorization) : PageModel
{
    public EmployerView Employer { get; private set; } = null!;

    /// <summary>Editing shows the contacts' full phones, so it follows the reveal policy.</summary>
    public bool CanEdit { get; private set; }

    public async Task<IActionResult> OnGetAsync(long id, CancellationToken ct)
    {
        try
        {
            Employer = await handlers.GetAsync(id, audited: true, ct);
        }
        catch (NotFoundException)
        {
            return NotFound();
        }
        CanEdit = (await authorization.AuthorizeAsync(User, Policies.RevealIdentifiers)).Succeeded;
        return Page();
    }
}
