using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace GuidanceDesk.Web.Features.Assessments;

/// <summary>The counselor's assessment work: plans waiting for agreement, assessments under way, reports to write or feed back.</summary>
public sealed class IndexModel(AssessmentQueries queries) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public bool All { get; set; }

    [BindProperty(SupportsGet = true)]
    public long? WorkerId { get; set; }

    public IReadOnlyList<PlanListItem> Plans { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => Plans = await queries.PlansAsync(WorkerId, !All, 200, ct);
}
