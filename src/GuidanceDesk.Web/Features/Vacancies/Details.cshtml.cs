using GuidanceDesk.Web.Data;
using GuidanceDesk.Web.Features.Common;
using GuidanceDesk.Web.Infrastructure.Http;
using GuidanceDesk.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace GuidanceDesk.Web.Features.Vacancies;

/// <summary>One vacancy for staff: its particulars, and publish / mark filled / withdraw for those who may change it.</summary>
public sealed class DetailsModel(VacancyQueries queries, VacancyHandlers handlers, AppDbContext db, CurrentUser user,
    IStringLocalizer<SharedResource> l) : PageModel
{
    public VacancyView Vacancy { get; private set; } = null!;

    public bool CanEdit { get; private set; }

    [BindProperty]
    public string? Reason { get; set; }

    public async Task<IActionResult> OnGetAsync(long id, CancellationToken ct)
    {
        try
        {
            Vacancy = await queries.GetAsync(id, ct);
        }
        catch (NotFoundException)
        {
            return NotFound();
        }
        var entity = await db.Vacancies.AsNoTracking().FirstAsync(v => v.Id == id, ct);
        CanEdit = user.CanEdit(entity);
        return Page();
    }

    public Task<IActionResult> OnPostOpenAsync(long id, int version, CancellationToken ct) =>
        RunAsync(id, () => handlers.OpenAsync(id, version, ct), "已发布", ct);

    public Task<IActionResult> OnPostFilledAsync(long id, int version, CancellationToken ct) =>
        RunAsync(id, () => handlers.MarkFilledAsync(id, version, ct), "已标记为招满", ct);

    public Task<IActionResult> OnPostWithdrawAsync(long id, int version, CancellationToken ct) =>
        RunAsync(id, () => handlers.WithdrawAsync(id, Reason ?? "", version, ct), "已撤回", ct);

    /// <summary>A refused command comes back as a message on the page; the vacancy is shown as it is now.</summary>
    private async Task<IActionResult> RunAsync(long id, Func<Task<VacancyView>> command, string done, CancellationToken ct)
    {
        try
        {
            await command();
            TempData["Message"] = l[done].Value;
        }
        catch (Exception e) when (PageErrors.Handles(e))
        {
            TempData["Error"] = PageErrors.Apply(e, ModelState, l, "", typeof(object)).Message;
        }
        return RedirectToPage(new { id });
    }
}
