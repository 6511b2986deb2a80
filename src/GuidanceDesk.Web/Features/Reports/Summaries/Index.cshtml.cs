using GuidanceDesk.Web.Data;
using GuidanceDesk.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace GuidanceDesk.Web.Features.Reports.Summaries;

/// <summary>季度总结 (9.2.1): the unit's quarterly summaries, newest first, and the way to draft this quarter's.</summary>
public sealed class IndexModel(SummaryHandlers handlers, Quality.Conformance.QualityScope scope, AppDbContext db, AgencyClock clock) : PageModel
{
    /// <summary>City-level staff choose the unit by name.</summary>
    public IReadOnlyList<(long Id, string Name)> Units { get; private set; } = [];
    public IReadOnlyList<SummaryView> Summaries { get; private set; } = [];
    public bool CityLevel => scope.IsCityLevel;
    public int Year => clock.Today.Year;
    public int Quarter => (clock.Today.Month + 2) / 3;

    public async Task OnGetAsync(CancellationToken ct)
    {
        Summaries = await handlers.ListAsync(null, ct);
        if (CityLevel)
            Units = [.. (await db.ServiceUnits.AsNoTracking().OrderBy(u => u.Name).Select(u => new { u.Id, u.Name }).ToListAsync(ct)).Select(u => (u.Id, u.Name))];
    }
}
