using GuidanceDesk.Web.Infrastructure.ReferenceData;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace GuidanceDesk.Web.Features.Reference;

/// <summary>
/// The 2022 occupation classification (职业分类大典), searchable by code, name or job-board alias, with the green and
/// digital occupation marks. Without a query it lists the eight major groups to browse from.
/// </summary>
public sealed class OccupationsModel(OccupationCatalog catalog) : PageModel
{
    public const int Limit = 100;

    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    public IReadOnlyList<Occupation> Results { get; private set; } = [];

    public int Total => catalog.Count;

    public void OnGet() =>
        Results = string.IsNullOrWhiteSpace(Q)
            ? [.. catalog.All.Where(o => o.Level == OccupationLevel.Major)]
            : catalog.Search(Q, Limit);

    public static string LevelLabel(OccupationLevel level) => level switch
    {
        OccupationLevel.Major => "大类", OccupationLevel.Medium => "中类", OccupationLevel.Minor => "小类", _ => "职业（细类）",
    };
}
