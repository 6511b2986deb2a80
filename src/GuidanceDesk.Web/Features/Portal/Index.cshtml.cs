using GuidanceDesk.Web.Features.Employers;
using GuidanceDesk.Web.Infrastructure.Http;
using GuidanceDesk.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace GuidanceDesk.Web.Features.Portal;

/// <summary>
/// The portal's home. A worker sees their next appointment, their guidance and whatever waits for them (goals to
/// confirm, a plan to agree to, a check-in, unread messages); their registered record is on <see cref="ProfileModel"/>.
/// An employer sees their own record, as before. Reads are scoped to the signed-in user and audited ("self").
/// </summary>
public sealed class IndexModel(PortalQueries portal, EmployerHandlers employers, CurrentUser user) : PageModel
{
    public PortalSummary? Summary { get; private set; }

    public EmployerView? Employer { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        try
        {
            if (user.IsInRole(Roles.Worker) && user.WorkerId is not null)
                Summary = await portal.SummaryAsync(ct);
            else if (user.IsInRole(Roles.Employer) && user.EmployerId is { } e)
                Employer = await employers.GetAsync(e, audited: true, ct);
        }
        catch (NotFoundException)
        {
            // An account whose record was removed: the page says it is not linked rather than failing.
        }
    }
}
