using Microsoft.AspNetCore.Mvc;

namespace GuidanceDesk.Web.Features.Referrals;

/// <summary>
/// The case's referrals as a card on the case page: the whole chain of each (sent, consented, accepted or declined,
/// interview booked, outcome) and its referral form, which is the case's archive kind 7.2.2f.
/// </summary>
public sealed class ReferralsPanelViewComponent(ReferralQueries queries) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync(long caseId, bool canWork)
    {
        var referrals = await queries.ForCaseAsync(caseId, HttpContext.RequestAborted);
        return View("/Features/Referrals/_Panel.cshtml", new ReferralsPanel(caseId, canWork, referrals));
    }
}

public sealed record ReferralsPanel(long CaseId, bool CanWork, IReadOnlyList<ReferralView> Referrals);
