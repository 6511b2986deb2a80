using GuidanceDesk.Web.Features.Complaints;
using GuidanceDesk.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace GuidanceDesk.Web.Features.Quality;

/// <summary>
/// 质量监督 (9): one entry in the staff navigation for supervision, evaluation and improvement — complaints, audits and
/// corrective actions (9.1); satisfaction, self-evaluation, third-party evaluation and the statistics (9.2). Each link shows
/// only to those whose policy opens it, asked of the same policies the pages carry.
/// </summary>
public sealed class IndexModel(ComplaintQueries complaints, QualityQueries quality, DisclosureHandlers disclosures, CurrentUser user,
    IAuthorizationService authorization) : PageModel
{
    public bool SeesSurveys { get; private set; }

    public bool EntersPaperForms { get; private set; }

    public bool ReviewsQuality { get; private set; }

    public bool SeesEvaluations { get; private set; }

    public bool SeesComplaints => user.IsInRole(Roles.Head) || user.IsInRole(Roles.Manager) || user.IsInRole(Roles.Counselor);

    public bool EditsDisclosure => disclosures.CanEdit(user.ServiceUnitId);

    public int? OverdueComplaints { get; private set; }

    public int OverdueActions { get; private set; }

    public int OpenActions { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        if (SeesComplaints)
            OverdueComplaints = await complaints.CountOverdueAsync(ct);
        OverdueActions = await quality.CountOverdueActionsAsync(ct);
        OpenActions = (await quality.ActionsAsync(new ActionFilter(Open: true, PageSize: 1), ct)).Total;
        SeesSurveys = await AllowedAsync(Policies.SurveyRead);
        EntersPaperForms = await AllowedAsync(Policies.SurveyEntry);
        ReviewsQuality = await AllowedAsync(Policies.QualityReview);
        SeesEvaluations = await AllowedAsync(Policies.EvaluationRead);
    }

    private async Task<bool> AllowedAsync(string policy) => (await authorization.AuthorizeAsync(User, policy)).Succeeded;
}
