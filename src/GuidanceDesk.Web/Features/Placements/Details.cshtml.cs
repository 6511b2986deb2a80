using GuidanceDesk.Web.Features.Common;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace GuidanceDesk.Web.Features.Placements;

/// <summary>One placement: why it was made, its history, the referral letter, and the outcome form.</summary>
public sealed class DetailsModel(PlacementQueries queries, PlacementHandlers handlers, OutcomeHandler outcomes, ReferralLetter letter,
    IStringLocalizer<SharedResource> l) : PageModel
{
    [BindProperty]
    public PlacementOutcomeRequest Input { get; set; } = new();

    public PlacementView Placement { get; private set; } = null!;

    public PageError? Error { get; private set; }

    public async Task<IActionResult> OnGetAsync(long id, CancellationToken ct)
    {
        Placement = await queries.GetAsync(id, ct);
        Input.Version = Placement.Version;
        Input.MonthlyPay = Placement.PayMin;
        return Page();
    }

    public async Task<IActionResult> OnGetLetterAsync(long id, CancellationToken ct) =>
        File(await letter.PrintAsync(id, ct), "application/pdf", $"职业介绍信-{id}.pdf");

    public Task<IActionResult> OnPostReferAsync(long id, CancellationToken ct)
    {
        ModelState.Clear();
        return RunAsync(id, () => handlers.ReferAsync(id, Input.Version, ct), "已出具推荐信", ct);
    }

    public Task<IActionResult> OnPostOutcomeAsync(long id, CancellationToken ct) =>
        RunAsync(id, () => outcomes.RecordAsync(id, Input, ct), "已记录推荐结果", ct);

    private async Task<IActionResult> RunAsync(long id, Func<Task> save, string done, CancellationToken ct)
    {
        var outcome = await FormSubmission.RunAsync(this, l, nameof(Input), typeof(PlacementOutcomeRequest), async () =>
        {
            await save();
            TempData["Message"] = l[done].Value;
            return Redirect($"/Placements/Details/{id}");
        });
        Error = outcome.Error;
        if (outcome.Done is { } result)
            return result;
        Placement = await queries.GetAsync(id, ct);
        return Page();
    }
}
