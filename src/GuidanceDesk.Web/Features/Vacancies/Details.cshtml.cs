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
    Market.WageLookup wages, Infrastructure.AgencyClock clock, IStringLocalizer<SharedResource> l) : PageModel
{
    public VacancyView Vacancy { get; private set; } = null!;

    public bool CanEdit { get; private set; }

    public Market.WageGuidanceView? Wage { get; private set; }

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
        Wage = await wages.FindAsync(Vacancy.OccupationCode, clock.Today.Year, ct);
        return Page();
    }

    public Task<IActionResult> OnPostOpenAsync(long id, int version, CancellationToken ct) =>
        VacancyPages.CommandAsync(this, l, id, () => handlers.OpenAsync(id, version, ct), "已发布");

    public Task<IActionResult> OnPostFilledAsync(long id, int version, CancellationToken ct) =>
        VacancyPages.CommandAsync(this, l, id, () => handlers.MarkFilledAsync(id, version, ct), "已标记为招满");

    public Task<IActionResult> OnPostWithdrawAsync(long id, int version, CancellationToken ct) =>
        VacancyPages.CommandAsync(this, l, id, () => handlers.WithdrawAsync(id, Reason ?? "", version, ct), "已撤回");
}
