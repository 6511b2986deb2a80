using GuidanceDesk.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace GuidanceDesk.Web.Features.Admin;

/// <summary>
/// /Admin/Keys: which key protects identifiers now, which retired keys are still configured, and how many stored
/// values still use them, so the admin knows when a retired key may be removed. 立即重新加密 runs the background job now.
/// </summary>
[Authorize(Policy = Policies.BackupManage)]
public sealed class KeysModel(PersonalDataProtector protector, PersonalDataRekeyJob rekey, RekeyProgress progress) : PageModel
{
    public string CurrentVersion => protector.CurrentVersion;

    public IReadOnlyList<string> RetiredVersions { get; private set; } = [];

    public int Remaining { get; private set; }

    [TempData]
    public string? Outcome { get; set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        RetiredVersions = [.. protector.RetiredVersions.Order(StringComparer.Ordinal)];
        Remaining = await rekey.RemainingAsync(ct);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        // A manual run starts over even if this instance finished once: another instance may have written old values
        // before it was restarted with the new key.
        progress.CompletedVersion = null;
        await rekey.RunAsync(ct);
        Outcome = "done";
        return RedirectToPage();
    }
}
