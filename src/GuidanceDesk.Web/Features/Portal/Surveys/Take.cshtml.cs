using GuidanceDesk.Web.Features.Common;
using GuidanceDesk.Web.Features.Surveys;
using GuidanceDesk.Web.Infrastructure.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace GuidanceDesk.Web.Features.Portal;

/// <summary>One satisfaction feedback form, phone-sized: each item a row of ten buttons, then a comment.</summary>
public sealed class SurveyTakeModel(SurveyHandlers surveys, IStringLocalizer<SharedResource> l) : PageModel
{
    public SurveyFormView Form { get; private set; } = null!;

    [BindProperty] public SurveyAnswersRequest Input { get; set; } = new();

    public PageError? Error { get; private set; }

    public async Task OnGetAsync(long id, CancellationToken ct) => Form = await surveys.FormAsync(id, ct);

    public async Task<IActionResult> OnPostAsync(long id, CancellationToken ct)
    {
        Form = await surveys.FormAsync(id, ct);
        try
        {
            await surveys.SubmitAsync(id, Input, ct);
            TempData["Message"] = l["感谢您的评价！"].Value;
            return Redirect("/Portal/Surveys");
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

        return Page();
    }
}
