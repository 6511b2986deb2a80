using GuidanceDesk.Web.Data;
using GuidanceDesk.Web.Domain;
using GuidanceDesk.Web.Features.Common;
using GuidanceDesk.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace GuidanceDesk.Web.Features.EmployerCases;

/// <summary>用人单位指导个案: the unit's employer cases, and a new one (6.2.1: situation and needs first).</summary>
public sealed class IndexModel(EmployerCaseHandlers handlers, AppDbContext db, CurrentUser user, IStringLocalizer<SharedResource> l) : PageModel
{
    [BindProperty(SupportsGet = true)] public long? EmployerId { get; set; }
    [BindProperty(SupportsGet = true)] public EmployerCaseStatus? Status { get; set; }
    [BindProperty] public EmployerCaseForm Input { get; set; } = new();

    public IReadOnlyList<EmployerCaseListItem> Cases { get; private set; } = [];
    public IReadOnlyList<SelectListItem> Employers { get; private set; } = [];
    public PageError? Error { get; private set; }
    public bool CanOpen => user.StaffMemberId is not null && !user.IsInRole(Roles.Custodian);

    public async Task OnGetAsync(CancellationToken ct)
    {
        Input.EmployerId = EmployerId;
        await LoadAsync(ct);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!CanOpen)
            return Forbid();
        var outcome = await FormSubmission.RunAsync(this, l, "Input", typeof(EmployerCaseForm), async () =>
        {
            var view = await handlers.OpenAsync(Input, ct);
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
        Cases = await handlers.ListAsync(Status, EmployerId, ct);
        Employers = await user.Scope(db.Employers).AsNoTracking().OrderBy(e => e.Name).Take(500)
            .Select(e => new SelectListItem(e.Name, e.Id.ToString(System.Globalization.CultureInfo.InvariantCulture))).ToListAsync(ct);
    }
}
