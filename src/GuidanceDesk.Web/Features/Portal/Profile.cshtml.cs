using GuidanceDesk.Web.Features.Workers;
using GuidanceDesk.Web.Infrastructure.Http;
using GuidanceDesk.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace GuidanceDesk.Web.Features.Portal;

/// <summary>
/// 我的信息: the worker's own record on their phone. The handlers scope a portal user to themself and show their own
/// identifiers unmasked; the read is audited like any other ("self").
/// </summary>
[Authorize(Roles = Roles.Worker)]
public sealed class ProfileModel(WorkerQueries workers, CurrentUser user) : PageModel
{
    public WorkerView? Worker { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        try
        {
            if (user.WorkerId is { } w)
                Worker = await workers.GetAsync(w, audited: true, ct);
        }
        catch (NotFoundException)
        {
            // An account whose record was removed: the page says it is not linked rather than failing.
        }
    }
}
