using GuidanceDesk.Web.Domain;
using Microsoft.AspNetCore.Mvc;

namespace GuidanceDesk.Web.Features.Risk;

/// <summary>
/// A red banner on the case page while the worker has a risk alert that is not closed (8.2): whoever opens the case
/// sees it first, whoever holds the case. Nothing at all when there is none.
/// </summary>
public sealed class RiskBannerViewComponent(RiskQueries queries) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync(long workerId)
    {
        var open = (await queries.ForWorkerAsync(workerId, HttpContext.RequestAborted)).Where(a => a.Status != RiskAlertStatus.Closed).ToList();
        return open.Count == 0 ? Content(string.Empty) : View("/Features/Risk/_Banner.cshtml", open);
    }
}
