using GuidanceDesk.Web.Domain;
using GuidanceDesk.Web.Features.Common;
using GuidanceDesk.Web.Infrastructure.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace GuidanceDesk.Web.Features.Portal;

/// <summary>
/// A one-button step in the portal (confirm the goals, agree to the plan): there is no input to keep, so the page
/// goes back to itself with the outcome as the notice at the top — the handler's refusal in the worker's language,
/// or, when staff changed the record meanwhile, a request to read it again before confirming.
/// </summary>
public static class PortalActions
{
    public static async Task<IActionResult> RunAsync(PageModel page, IStringLocalizer l, Func<Task> action, string done)
    {
        try
        {
            await action();
            page.TempData["Message"] = l[done].Value;
        }
        catch (NotFoundException)
        {
            return page.NotFound();
        }
        catch (Exception e) when (e is StaleWriteException or DbUpdateConcurrencyException)
        {
            page.TempData["Error"] = l["内容刚刚有更新，请重新看一遍再确认"].Value;
        }
        catch (Exception e) when (e is DomainRuleException or ConflictException)
        {
            page.TempData["Error"] = l[e.Message].Value;
        }
        return page.RedirectToPage();
    }

    /// <summary>The message for the top of a form page after a refusal; field errors also sit next to their fields.</summary>
    public static string? TopMessage(PageError? error, IStringLocalizer l) => error?.Kind switch
    {
        PageErrorKind.Stale => l["内容刚刚有更新，请重新看一遍再确认"].Value,
        PageErrorKind.Rule or PageErrorKind.Duplicate => error.Message,
        _ => null,
    };
}
