using GuidanceDesk.Web.Features.Common;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace GuidanceDesk.Web.Features.Placements;

/// <summary>推荐岗位: open vacancies ranked for a worker with the reasons; a click makes the placement.</summary>
public sealed class RecommendModel(MatchingQueries matching, PlacementHandlers handlers, IStringLocalizer<SharedResource> l) : PageModel
{
    [BindProperty]
    public CreatePlacementRequest Input { get; set; } = new();

    public WorkerMatches Matches { get; private set; } = null!;

    public PageError? Error { get; private set; }

    public async Task<IActionResult> OnGetAsync(long workerId, CancellationToken ct)
    {
        Matches = await matching.ForWorkerAsync(workerId, 30, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(long workerId, CancellationToken ct)
    {
        Input.WorkerId = workerId;
        var outcome = await FormSubmission.RunAsync(this, l, nameof(Input), typeof(CreatePlacementRequest), async () =>
        {
            var id = await handlers.CreateAsync(Input, ct);
            TempData["Message"] = l["已生成推荐，请出具推荐信"].Value;
            return Redirect($"/Placements/Details/{id}");
        });
        Error = outcome.Error;
        if (outcome.Done is { } done)
            return done;
        Matches = await matching.ForWorkerAsync(workerId, 30, ct);
        return Page();
    }
}
