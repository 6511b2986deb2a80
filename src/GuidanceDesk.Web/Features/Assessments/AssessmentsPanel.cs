using Microsoft.AspNetCore.Mvc;

namespace GuidanceDesk.Web.Features.Assessments;

/// <summary>
/// The worker's assessment plans and reports as a card on the worker and case pages: the reports are the case's
/// archive kind 7.2.2e, so they are listed where the case's other forms are.
/// </summary>
public sealed class AssessmentsPanelViewComponent(AssessmentQueries queries) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync(long workerId, bool canWork)
    {
        var plans = await queries.PlansAsync(workerId, false, 20, HttpContext.RequestAborted);
        return View("/Features/Assessments/_Panel.cshtml", new AssessmentsPanel(workerId, canWork, plans));
    }
}

public sealed record AssessmentsPanel(long WorkerId, bool CanWork, IReadOnlyList<PlanListItem> Plans);
