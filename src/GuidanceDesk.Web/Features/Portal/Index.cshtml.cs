using GuidanceDesk.Web.Features.Employers;
using GuidanceDesk.Web.Features.Workers;
using GuidanceDesk.Web.Infrastructure.Http;
using GuidanceDesk.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace GuidanceDesk.Web.Features.Portal;

/// <summary>
/// The worker's or employer's own record, on their phone. The handlers scope a portal user to themself and show
/// their own identifiers unmasked; the read is audited like any other ("self").
/// </summary>
public sealed class IndexModel(WorkerQueries workers, EmployerHandlers employers, CurrentUser user) : PageModel
{
    public WorkerView? Worker { get; private set; }

    public EmployerView? Employer { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        try
        {
            if (user.IsInRole(Roles.Worker) && user.WorkerId is { } w)
                Worker = await workers.GetAsync(w, audited: true, ct);
            else if (user.IsInRole(Roles.Employer) && user.EmployerId is { } e)
                Employer = await employers.GetAsync(e, audited: true, ct);
        }
        catch (NotFoundException)
        {
            // An account whose record was removed: the page says it is not linked rather than failing.
        }
    }
}
