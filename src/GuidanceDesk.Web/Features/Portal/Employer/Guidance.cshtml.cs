using GuidanceDesk.Web.Features.EmployerCases;
using GuidanceDesk.Web.Features.Market;
using GuidanceDesk.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace GuidanceDesk.Web.Features.Portal.Employer;

/// <summary>
/// 用人单位门户 · 指导与建议: the guidance the agency gave this employer (6.2.1–6.2.4, online and offline, 6.2.5) and
/// the adjustments suggested for its posts that are hard to fill (6.2.3), with the figures behind them.
/// </summary>
[Authorize(Roles = Roles.Employer)]
public sealed class GuidanceModel(EmployerCaseHandlers handlers, HardToFillQueries hardToFill) : PageModel
{
    public IReadOnlyList<EmployerRecordView> Records { get; private set; } = [];

    public IReadOnlyList<HardToFillItem> HardToFill { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        Records = await handlers.ForEmployerAsync(ct);
        HardToFill = await hardToFill.ListAsync(ct);
    }
}
