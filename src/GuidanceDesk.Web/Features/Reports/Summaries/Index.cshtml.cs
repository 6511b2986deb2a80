using GuidanceDesk.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace GuidanceDesk.Web.Features.Reports.Summaries;

/// <summary>季度总结 (9.2.1): the unit's quarterly summaries, newest first, and the way to draft this quarter's.</summary>
public sealed class IndexModel(SummaryHandlers handlers, Quality.Conformance.QualityScope scope, AgencyClock clock) : PageModel
{
    public IReadOnlyList<SummaryView> Summaries { get; private set; } = [];
    public bool CityLevel => scope.IsCityLevel;
    public int Year => clock.Today.Year;
    public int Quarter => (clock.Today.Month + 2) / 3;

    public async Task OnGetAsync(CancellationToken ct) => Summaries = await handlers.ListAsync(null, ct);
}
