using GuidanceDesk.Web.Domain;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace GuidanceDesk.Web.Features.Risk;

/// <summary>The unit's risk alerts (8.2): those not closed first (unacknowledged on top), then the recently closed; or one status.</summary>
public sealed class IndexModel(RiskQueries queries) : PageModel
{
    public const int RecentClosed = 20;

    [BindProperty(SupportsGet = true)]
    public RiskAlertStatus? Status { get; set; }

    public IReadOnlyList<RiskAlertLine> Open { get; private set; } = [];

    public IReadOnlyList<RiskAlertLine> Closed { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        if (Status is { } s)
        {
            var lines = await queries.ListAsync(s, 200, ct);
            if (s == RiskAlertStatus.Closed)
                Closed = lines;
            else
                Open = lines;
            return;
        }
        Open = await queries.OpenAsync(200, ct);
        Closed = await queries.ListAsync(RiskAlertStatus.Closed, RecentClosed, ct);
    }
}
