using GuidanceDesk.Web.Features.Common;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace GuidanceDesk.Web.Features.Placements;

/// <summary>推荐候选人: job seekers ranked for a vacancy, shown without identifiers; a click puts one forward.</summary>
public sealed class CandidatesModel(CandidateQueries candidates, PlacementHandlers handlers, IStringLocalizer<SharedResource> l) : PageModel
{
    [BindProperty]
    public CreatePlacementRequest Input { get; set; } = new();

    public VacancyCandidates Result { get; private set; } = null!;

    public PageError? Error { get; private set; }

    public async Task<IActionResult> OnGetAsync(long vacancyId, CancellationToken ct)
    {
        Result = await candidates.ForVacancyAsync(vacancyId, 30, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(long vacancyId, CancellationToken ct)
    {
        Input.VacancyId = vacancyId;
        var outcome = await FormSubmission.RunAsync(this, l, nameof(Input), typeof(CreatePlacementRequest), async () =>
        {
            var id = await handlers.CreateAsync(Input, ct);
            TempData["Message"] = l["已生成推荐，请出具推荐信"].Value;
            return Redirect($"/Placements/Details/{id}");
        });
        Error = outcome.Error;
        if (outcome.Done is { } done)
            return done;
        Result = await candidates.ForVacancyAsync(vacancyId, 30, ct);
        return Page();
    }
}
