using GuidanceDesk.Web.Features.Common;
using GuidanceDesk.Web.Infrastructure.Http;
using GuidanceDesk.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace GuidanceDesk.Web.Features.Workers;

/// <summary>
/// One worker's record, identifiers masked (R-4.4d). Staff allowed to (policy RevealIdentifiers) may show the full ID
/// and phone once, stating why; the reveal is audited and the values are not kept in the page beyond that response.
/// </summary>
public sealed class DetailsModel(WorkerQueries queries, WorkerHandlers handlers, IAuthorizationService authorization,
    Data.AppDbContext db, IStringLocalizer<SharedResource> l) : PageModel
{
    public WorkerView Worker { get; private set; } = null!;

    public RevealedIdentifiers? Revealed { get; private set; }

    public bool CanReveal { get; private set; }

    /// <summary>The worker's open guidance case (one at most), so the page offers "open case" or "go to case".</summary>
    public long? OpenCaseId { get; private set; }

    public bool CanWork { get; private set; }

    /// <summary>The head sees who accessed the record (访问记录, 4.6.2b).</summary>
    public bool CanSeeAccess { get; private set; }

    [BindProperty]
    public string? Reason { get; set; }

    public async Task<IActionResult> OnGetAsync(long id, CancellationToken ct) => await LoadAsync(id, audited: true, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostRevealAsync(long id, CancellationToken ct)
    {
        if (!await MayRevealAsync())
            return Forbid();
        if (string.IsNullOrWhiteSpace(Reason))
            ModelState.AddModelError(nameof(Reason), l["请说明查看完整信息的理由"]);
        else if (Reason.Trim().Length > 200)
            ModelState.AddModelError(nameof(Reason), l["理由不能超过200个字"]);
        else
        {
            try
            {
                Revealed = await queries.RevealAsync(id, Reason.Trim(), ct);
            }
            catch (NotFoundException)
            {
                return NotFound();
            }
        }
        // The record itself was already logged when the page was opened; the reveal has its own entry.
        return await LoadAsync(id, audited: false, ct) ? Page() : NotFound();
    }

    public async Task<IActionResult> OnPostWithdrawAsync(long id, long consentId, CancellationToken ct)
    {
        try
        {
            await handlers.WithdrawConsentAsync(id, consentId, ct);
            TempData["Message"] = l["已撤回该授权"].Value;
        }
        catch (NotFoundException)
        {
            return NotFound();
        }
        catch (Domain.DomainRuleException e)
        {
            TempData["Error"] = l[e.Message].Value;
        }
        return RedirectToPage(new { id });
    }

    private async Task<bool> LoadAsync(long id, bool audited, CancellationToken ct)
    {
        try
        {
            Worker = await queries.GetAsync(id, audited, ct);
        }
        catch (NotFoundException)
        {
            return false;
        }
        CanReveal = await MayRevealAsync();
        CanWork = (await authorization.AuthorizeAsync(User, Policies.CaseWork)).Succeeded;
        CanSeeAccess = (await authorization.AuthorizeAsync(User, Policies.AuditLog)).Succeeded;
        OpenCaseId = await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.FirstOrDefaultAsync(
            db.GuidanceCases.Where(c => c.WorkerId == id && c.Stage != Domain.CaseStage.Closed).Select(c => (long?)c.Id), ct);
        return true;
    }

    private async Task<bool> MayRevealAsync() => (await authorization.AuthorizeAsync(User, Policies.RevealIdentifiers)).Succeeded;
}
