using GuidanceDesk.Web.Infrastructure.Backups;
using GuidanceDesk.Web.Infrastructure.Http;
using GuidanceDesk.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace GuidanceDesk.Web.Features.Admin;

/// <summary>/Admin/Backups: the backup runs with their verification, where they go, and 立即备份.</summary>
[Authorize(Policy = Policies.BackupManage)]
public sealed class BackupsModel(BackupHandlers backups, BackupEnvironment env, IOptions<BackupOptions> options) : PageModel
{
    public IReadOnlyList<BackupRunView> Runs { get; private set; } = [];

    public BackupFreshness Freshness { get; private set; } = new(null, null, "err");

    public string Directory => env.Directory;

    public BackupOptions Options => options.Value;

    [TempData]
    public string? Outcome { get; set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        Freshness = await backups.FreshnessAsync(ct);
        Runs = (await backups.ListAsync(new PageRequest(1, 50), ct)).Items;
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var run = await backups.RunNowAsync(ct);
        Outcome = run is null ? "busy" : run.Verification == Domain.BackupVerification.Verified ? "verified" : "failed";
        return RedirectToPage();
    }
}
