using GuidanceDesk.Web.Features.Surveys;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace GuidanceDesk.Web.Features.Portal;

/// <summary>满意度调查 in the portal (9.2.1): the worker's or employer's open invitations, and the ones already answered.</summary>
public sealed class SurveysModel(SurveyHandlers surveys) : PageModel
{
    public IReadOnlyList<InvitationView> Invitations { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => Invitations = await surveys.MineAsync(openOnly: false, ct);
}
