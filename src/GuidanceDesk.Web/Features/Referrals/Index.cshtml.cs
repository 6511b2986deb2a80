using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace GuidanceDesk.Web.Features.Referrals;

/// <summary>个案转介: referrals in and out of the counselor (or the unit, for its oversight), what waits and what is overdue.</summary>
public sealed class IndexModel(ReferralQueries queries) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public bool All { get; set; }

    public IReadOnlyList<ReferralLine> Lines { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => Lines = await queries.ListAsync(!All, 200, ct);
}
