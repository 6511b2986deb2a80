using GuidanceDesk.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace GuidanceDesk.Web.Features.Market;

/// <summary>招聘困难岗位 (6.2.3): the vacancies the scan flagged, with the evidence and the adjustments to propose.</summary>
public sealed class HardToFillModel(HardToFillQueries queries, HardToFillScan scan) : PageModel
{
    public IReadOnlyList<HardToFillItem> Items { get; private set; } = [];

    public ScanCounts? Scanned { get; private set; }

    public bool CanScan => User.IsInRole(Roles.Manager) || User.IsInRole(Roles.Head) || User.IsInRole(Roles.Admin);

    public async Task OnGetAsync(CancellationToken ct) => Items = await queries.ListAsync(ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!CanScan)
            return Forbid();
        Scanned = await scan.ScanAllAsync(ct);
        Items = await queries.ListAsync(ct);
        return Page();
    }

    public static string ReasonText(Domain.HardToFillReasons r) => string.Join("、", Enum.GetValues<Domain.HardToFillReasons>()
        .Where(x => x != Domain.HardToFillReasons.None && r.HasFlag(x)).Select(x => x switch
        {
            Domain.HardToFillReasons.OpenTooLong => "超期未招满",
            Domain.HardToFillReasons.PayBelowGuidanceLow => "薪酬低于指导价低位数",
            Domain.HardToFillReasons.OfferBelowGuidanceMedian => "薪酬低于指导价中位数",
            _ => "市场供不应求",
        }));
}
