using GuidanceDesk.Web.Features.Complaints;
using GuidanceDesk.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace GuidanceDesk.Web.Features.Quality;

/// <summary>
/// 质量监督 (9): one entry in the staff navigation for supervision, evaluation and improvement — complaints, audits and
/// corrective actions now; self-evaluation, satisfaction and third-party evaluation join this hub as they are built.
/// </summary>
public sealed class IndexModel(ComplaintQueries complaints, QualityQueries quality, DisclosureHandlers disclosures, CurrentUser user) : PageModel
{
    public bool SeesComplaints => user.IsInRole(Roles.Head) || user.IsInRole(Roles.Manager) || user.IsInRole(Roles.Counselor);

    public bool EditsDisclosure => disclosures.CanEdit(user.ServiceUnitId);

    public int? OverdueComplaints { get; private set; }

    public int OverdueActions { get; private set; }

    public int OpenActions { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        if (SeesComplaints)
            OverdueComplaints = await complaints.CountOverdueAsync(ct);
        OverdueActions = await quality.CountOverdueActionsAsync(ct);
        OpenActions = (await quality.ActionsAsync(new ActionFilter(Open: true, PageSize: 1), ct)).Total;
    }
}
