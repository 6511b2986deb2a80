using GuidanceDesk.Web.Data;
using GuidanceDesk.Web.Domain;
using GuidanceDesk.Web.Features.Reports;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace GuidanceDesk.Web.Features.PublicJobs;

/// <summary>
/// 职业指导工作总结 made public (9.2.1): every published quarterly summary, newest first, for anyone. Unit, quarter and
/// the five sections only — not who published it.
/// </summary>
public sealed class SummariesModel(AppDbContext db) : PageModel
{
    public IReadOnlyList<PublicSummary> Summaries { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        var rows = await db.QuarterlySummaries.AsNoTracking().Where(s => s.Status == QuarterlySummaryStatus.Published)
            .OrderByDescending(s => s.Year).ThenByDescending(s => s.Quarter).ThenBy(s => s.ServiceUnitId).Take(100)
            .Join(db.ServiceUnits, s => s.ServiceUnitId, u => u.Id, (s, u) => new { s, u.Name }).ToListAsync(ct);
        Summaries = [.. rows.Select(r => new PublicSummary(r.s.Id, r.Name, r.s.Year, r.s.Quarter, r.s.PublishedAt!.Value, r.s.Sections))];
    }
}
