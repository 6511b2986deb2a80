using GuidanceDesk.Web.Features.Placements;
using GuidanceDesk.Web.Features.Workers;
using GuidanceDesk.Web.Infrastructure.Http;
using GuidanceDesk.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace GuidanceDesk.Web.Features.Portal;

/// <summary>
/// 我的信息: the worker's own record on their phone. The handlers scope a portal user to themself and show their own
/// identifiers unmasked; the read is audited like any other ("self"). The worker also makes the PIPL art. 24 choice
/// about automated recommendations here.
/// </summary>
[Authorize(Roles = Roles.Worker)]
public sealed class ProfileModel(WorkerQueries workers, CurrentUser user, RecommendationChoiceHandler choice) : PageModel
{
    public WorkerView? Worker { get; private set; }

    public bool RefusesRecommendations { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        try
        {
            if (user.WorkerId is { } w)
            {
                Worker = await workers.GetAsync(w, audited: true, ct);
                RefusesRecommendations = await choice.RefusesAsync(w, ct);
            }
        }
        catch (NotFoundException)
        {
            // An account whose record was removed: the page says it is not linked rather than failing.
        }
    }

    public async Task<IActionResult> OnPostRecommendationsAsync(bool refuses, CancellationToken ct)
    {
        if (user.WorkerId is not { } w)
            return NotFound();
        await choice.SetAsync(w, refuses, ct);
        TempData["Message"] = refuses ? "已记录：不接受自动化推荐" : "已记录：接受自动化推荐";
        return Redirect("/Portal/Profile#recommendations");
    }
}
