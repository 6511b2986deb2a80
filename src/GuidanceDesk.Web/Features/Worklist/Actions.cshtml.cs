using GuidanceDesk.Web.Features.Common;
using GuidanceDesk.Web.Infrastructure.Notifications;
using GuidanceDesk.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace GuidanceDesk.Web.Features.Worklist;

/// <summary>The worklist's small posts (save or delete a filter, dismiss a reminder); each goes back to the home page.</summary>
public sealed class ActionsModel(SavedFilters filters, Outbox outbox, CurrentUser user, IStringLocalizer<SharedResource> l) : PageModel
{
    public IActionResult OnGet() => Redirect("/");

    public async Task<IActionResult> OnPostSaveFilterAsync(string? name, string? query, CancellationToken ct)
    {
        try
        {
            if (string.IsNullOrWhiteSpace(name))
                throw new Domain.DomainRuleException("请填写筛选名称", "name");
            await filters.SaveAsync(name, query ?? "", ct);
            TempData["Message"] = l["已保存筛选"].Value;
        }
        catch (Exception e) when (PageErrors.Handles(e))
        {
            TempData["Error"] = PageErrors.Apply(e, ModelState, l, "", typeof(object)).Message;
        }
        return Redirect("/" + (string.IsNullOrEmpty(query) ? "" : "?" + query));
    }

    public async Task<IActionResult> OnPostDeleteFilterAsync(long id, CancellationToken ct)
    {
        try
        {
            await filters.DeleteAsync(id, ct);
        }
        catch (Infrastructure.Http.NotFoundException)
        {
            // Already gone (another tab): nothing to do.
        }
        return Redirect("/");
    }

    public async Task<IActionResult> OnPostReadAsync(long id, CancellationToken ct)
    {
        await outbox.MarkReadAsync(id, user.UserId!, ct);
        return Redirect("/");
    }
}
