using GuidanceDesk.Web.Features.Common;
using GuidanceDesk.Web.Features.Staff;
using GuidanceDesk.Web.Features.Units;
using GuidanceDesk.Web.Infrastructure.Http;
using GuidanceDesk.Web.Infrastructure.ReferenceData;
using GuidanceDesk.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace GuidanceDesk.Web.Features.Workers;

/// <summary>
/// 修改劳动者信息. The form sends the full ID and phone back (the handler re-checks and may correct them), so opening it
/// reveals them: only roles allowed to reveal may edit, and the reveal is audited with the reason "edit".
/// The version read here travels in a hidden field so that a concurrent change is refused, not overwritten.
/// </summary>
[Authorize(Policy = Policies.RevealIdentifiers)]
public sealed class EditModel(WorkerQueries queries, WorkerHandlers handlers, StaffHandlers staff, UnitHandlers units, CurrentUser user,
    DivisionCatalog divisions, IStringLocalizer<SharedResource> l) : PageModel, IWorkerFormPage
{
    [BindProperty]
    public WorkerForm Input { get; set; } = new();

    public WorkerFormLists Lists { get; private set; } = WorkerFormLists.Empty;

    public PageError? Error { get; private set; }

    public long Id { get; private set; }

    public async Task<IActionResult> OnGetAsync(long id, CancellationToken ct)
    {
        Id = id;
        try
        {
            var view = await queries.GetAsync(id, audited: true, ct);
            var identifiers = await queries.RevealAsync(id, "修改劳动者信息（编辑页面）", ct);
            Input = WorkerPages.FromView(view, identifiers);
        }
        catch (NotFoundException)
        {
            return NotFound();
        }
        await LoadAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(long id, CancellationToken ct)
    {
        Id = id;
        WorkerPages.DropBlankRows(Input, ModelState, Request.Form);
        var outcome = await FormSubmission.RunAsync(this, l, "Input", typeof(WorkerForm), async () =>
        {
            await handlers.UpdateAsync(id, Input, Input.Version, ct);
            TempData["Message"] = l["已保存修改"].Value;
            return RedirectToPage("Details", new { id });
        });
        Error = outcome.Error;
        if (outcome.Done is { } done)
            return done;
        await LoadAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostTownshipsAsync(long id, CancellationToken ct)
    {
        Id = id;
        ModelState.Clear();
        await LoadAsync(ct);
        return Page();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        WorkerPages.PadRows(Input);
        Lists = await WorkerPages.ListsAsync(Input, staff, units, user, divisions, l, ct) with { Units = [] };
    }
}
