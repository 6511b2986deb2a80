using GuidanceDesk.Web.Features.Placements;
using GuidanceDesk.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace GuidanceDesk.Web.Features.Portal;

/// <summary>为我推荐的岗位: the worker's own ranked vacancies with the reasons, unless they refused automated recommendations.</summary>
[Authorize(Roles = Roles.Worker)]
public sealed class RecommendationsModel(MatchingQueries matching, PlacementQueries placements, CurrentUser user) : PageModel
{
    public WorkerMatches? Matches { get; private set; }

    public IReadOnlyList<PlacementRow> Placements { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        if (user.WorkerId is not { } w)
            return;
        Matches = await matching.ForWorkerAsync(w, 10, ct);
        Placements = (await placements.SearchAsync(new PlacementQuery(WorkerId: w, PageSize: 20), ct)).Items;
    }
}
