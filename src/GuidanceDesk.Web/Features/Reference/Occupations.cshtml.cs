using GuidanceDesk.Web.Domain;
using GuidanceDesk.Web.Features.Market;
using GuidanceDesk.Web.Infrastructure;
using GuidanceDesk.Web.Infrastructure.ReferenceData;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace GuidanceDesk.Web.Features.Reference;

/// <summary>
/// The 2022 occupation classification (职业分类大典), searchable by code, name or job-board alias, with the green and
/// digital occupation marks. Without a query it lists the eight major groups to browse from.
/// </summary>
public sealed class OccupationsModel(OccupationCatalog catalog, WageLookup wages, AgencyClock clock) : PageModel
{
    public const int Limit = 100;

    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    public IReadOnlyList<Occupation> Results { get; private set; } = [];

    public int Total => catalog.Count;

    /// <summary>The wage guidance that applies to each result (its own row or its group's), this year or the latest table.</summary>
    public IReadOnlyDictionary<string, WageFacts> Wages { get; private set; } = new Dictionary<string, WageFacts>();

    public async Task OnGetAsync(CancellationToken ct)
    {
        Results = string.IsNullOrWhiteSpace(Q)
            ? [.. catalog.All.Where(o => o.Level == OccupationLevel.Major)]
            : catalog.Search(Q, Limit);
        var (_, rows) = await wages.TableAsync(clock.Today.Year, ct);
        Wages = Results.Select(o => (o.Code, Wage: WageLookup.Pick(rows, o.Code))).Where(x => x.Wage is not null)
            .DistinctBy(x => x.Code).ToDictionary(x => x.Code, x => x.Wage!);
    }

    public static string LevelLabel(OccupationLevel level) => level switch
    {
        OccupationLevel.Major => "大类", OccupationLevel.Medium => "中类", OccupationLevel.Minor => "小类", _ => "职业（细类）",
    };
}
