using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace GuidanceDesk.Web.Features.Common;

/// <summary>What a form post came to: the result to go on with, or (when null) the form to show again with its error.</summary>
public sealed record FormOutcome(IActionResult? Done, PageError? Error);

/// <summary>
/// The save step every form page shares: run the handler when the input is valid; a refusal by the handler goes next to
/// its field (the user's input is kept), a missing record is a 404, and every message is shown in the user's language.
/// </summary>
public static class FormSubmission
{
    public static async Task<FormOutcome> RunAsync(PageModel page, IStringLocalizer l, string prefix, Type formType,
        Func<Task<IActionResult>> save)
    {
        PageError? error = null;
        if (page.ModelState.IsValid)
        {
            try
            {
                return new FormOutcome(await save(), null);
            }
            catch (Exception e) when (PageErrors.Handles(e))
            {
                error = PageErrors.Apply(e, page.ModelState, l, prefix, formType);
                if (error.Kind == PageErrorKind.NotFound)
                    return new FormOutcome(page.NotFound(), error);
            }
        }
        PageErrors.Localize(page.ModelState, l);
        return new FormOutcome(null, error);
    }

    /// <summary>
    /// A page with several forms binds all of them on every post; the ones not posted bind from nothing and their
    /// errors are not the user's. Keeps only the entries of the form under <paramref name="prefix"/>.
    /// </summary>
    public static void OnlyValidate(PageModel page, string prefix)
    {
        foreach (var key in page.ModelState.Keys.Where(k => !k.StartsWith(prefix + ".", StringComparison.Ordinal) && k != prefix).ToList())
            page.ModelState.Remove(key);
    }
}
