using GuidanceDesk.Web.Features.Common;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace GuidanceDesk.Web.Features.Assessments;

/// <summary>Keying in a paper answer sheet: the answers as one string of digits, checked against the item list beside it.</summary>
public sealed class PaperModel(AssessmentQueries queries, AnswerHandlers handlers, IStringLocalizer<SharedResource> l) : PageModel
{
    [BindProperty]
    public PaperSheetRequest Input { get; set; } = new();

    public TakeView Sheet { get; private set; } = null!;

    public PageError? Error { get; private set; }

    public async Task<IActionResult> OnGetAsync(long id, CancellationToken ct)
    {
        Sheet = await queries.TakeAsync(id, ct);
        Input.Answers = string.Concat(Sheet.Answers.Select(a => a is { } v ? (char)('0' + v) : '-'));
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(long id, CancellationToken ct)
    {
        var outcome = await FormSubmission.RunAsync(this, l, nameof(Input), typeof(PaperSheetRequest), async () =>
        {
            await handlers.EnterPaperAsync(id, Input, ct);
            TempData["Message"] = l["纸质答卷已录入并计分"].Value;
            return Redirect($"/Assessments/Result/{id}");
        });
        Error = outcome.Error;
        if (outcome.Done is { } done)
            return done;
        Sheet = await queries.TakeAsync(id, ct);
        return Page();
    }
}
