using GuidanceDesk.Web.Features.Common;
using GuidanceDesk.Web.Infrastructure.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace GuidanceDesk.Web.Features.Surveys;

/// <summary>
/// 纸质反馈表录入: the unit's custodian, manager or head types in a paper form for one open invitation (the scan itself is
/// uploaded to the case archive as kind g by the custodian). The same checks as the portal.
/// </summary>
public sealed class PaperModel(SurveyHandlers surveys, IStringLocalizer<SharedResource> l) : PageModel
{
    public IReadOnlyList<InvitationView> Open { get; private set; } = [];

    public InvitationView? Selected { get; private set; }

    [BindProperty] public SurveyAnswersRequest Input { get; set; } = new();

    public PageError? Error { get; private set; }

    public async Task OnGetAsync(long? id, CancellationToken ct) => await LoadAsync(id, ct);

    public async Task<IActionResult> OnPostAsync(long id, CancellationToken ct)
    {
        try
        {
            await surveys.EnterPaperAsync(id, Input, ct);
            TempData["Message"] = l["纸质反馈表已录入，将自动归档。"].Value;
            return Redirect("/Surveys/Paper");
        }
        catch (InvalidContentException e)
        {
            foreach (var (field, messages) in e.Errors)
                ModelState.AddModelError(field, l[messages[0]]);
            Error = new PageError(PageErrorKind.Rule, l[e.Message]);
        }
        catch (Exception e) when (PageErrors.Handles(e))
        {
            Error = PageErrors.Apply(e, ModelState, l, nameof(Input), typeof(SurveyAnswersRequest));
        }

        await LoadAsync(id, ct);
        return Page();
    }

    private async Task LoadAsync(long? id, CancellationToken ct)
    {
        Open = await surveys.OpenForUnitAsync(ct);
        Selected = Open.FirstOrDefault(i => i.Id == id);
    }
}
