using GuidanceDesk.Web.Features.Common;
using GuidanceDesk.Web.Infrastructure;
using GuidanceDesk.Web.Infrastructure.Http;
using GuidanceDesk.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace GuidanceDesk.Web.Features.Units;

/// <summary>
/// A unit's qualification and management documents by kind (4.1). Roles that manage units add and remove documents
/// here; each change carries the version the user saw, so two people editing at once cannot overwrite each other.
/// </summary>
public sealed class DetailsModel(UnitHandlers handlers, IAuthorizationService authorization, AgencyClock clock,
    IStringLocalizer<SharedResource> l) : PageModel
{
    public UnitView Unit { get; private set; } = null!;

    public bool CanManage { get; private set; }

    public PageError? Error { get; private set; }

    public DateOnly Today => clock.Today;

    [BindProperty]
    public DocumentForm Document { get; set; } = new();

    [BindProperty]
    public int? Version { get; set; }

    public async Task<IActionResult> OnGetAsync(long id, CancellationToken ct)
    {
        Document.EffectiveOn = clock.Today;
        return await LoadAsync(id, ct) ? Page() : NotFound();
    }

    public async Task<IActionResult> OnPostAddDocumentAsync(long id, CancellationToken ct)
    {
        if (!await MayManageAsync())
            return Forbid();
        var outcome = await FormSubmission.RunAsync(this, l, nameof(Document), typeof(DocumentForm), async () =>
        {
            await handlers.AddDocumentAsync(id, Document, Version, ct);
            TempData["Message"] = l["已添加管理制度文件"].Value;
            return RedirectToPage(new { id });
        });
        Error = outcome.Error;
        if (outcome.Done is { } result)
            return result;
        return await LoadAsync(id, ct) ? Page() : NotFound();
    }

    public async Task<IActionResult> OnPostRemoveDocumentAsync(long id, int number, CancellationToken ct)
    {
        if (!await MayManageAsync())
            return Forbid();
        try
        {
            await handlers.RemoveDocumentAsync(id, number, Version, ct);
            TempData["Message"] = l["已删除管理制度文件"].Value;
        }
        catch (NotFoundException)
        {
            return NotFound();
        }
        catch (Exception e) when (PageErrors.Handles(e))
        {
            TempData["Error"] = PageErrors.Apply(e, ModelState, l, nameof(Document), typeof(DocumentForm)).Message;
        }
        return RedirectToPage(new { id });
    }

    private async Task<bool> LoadAsync(long id, CancellationToken ct)
    {
        try
        {
            Unit = await handlers.GetAsync(id, ct);
        }
        catch (NotFoundException)
        {
            return false;
        }
        CanManage = await MayManageAsync();
        return true;
    }

    private async Task<bool> MayManageAsync() => (await authorization.AuthorizeAsync(User, Policies.ManageUnits)).Succeeded;
}
