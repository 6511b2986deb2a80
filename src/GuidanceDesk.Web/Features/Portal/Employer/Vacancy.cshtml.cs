using GuidanceDesk.Web.Features.Common;
using GuidanceDesk.Web.Features.Vacancies;
using GuidanceDesk.Web.Infrastructure;
using GuidanceDesk.Web.Infrastructure.Http;
using GuidanceDesk.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.Extensions.Localization;

namespace GuidanceDesk.Web.Features.Portal.Employer;

/// <summary>
/// The employer writes or changes one of their vacancies, and publishes, fills or withdraws it: the same handlers as
/// the staff pages, scoped to the signed-in employer.
/// </summary>
[Authorize(Roles = Roles.Employer)]
public sealed class VacancyModel(VacancyHandlers handlers, VacancyQueries queries, AgencyClock clock, Market.WageLookup wages,
    IStringLocalizer<SharedResource> l)
    : PageModel, IVacancyFormPage
{
    [BindProperty]
    public VacancyForm Input { get; set; } = new();

    public IReadOnlyList<SelectListItem> Employers => [];

    public VacancyView? Existing { get; private set; }

    public PageError? Error { get; private set; }

    public Market.WageGuidanceView? Wage { get; private set; }

    [BindProperty]
    public string? Reason { get; set; }

    public async Task<IActionResult> OnGetAsync(long? id, CancellationToken ct)
    {
        if (id is not { } existing)
        {
            Input = VacancyPages.New(clock.Today, null);
            return Page();
        }
        try
        {
            Existing = await queries.GetAsync(existing, ct);
        }
        catch (NotFoundException)
        {
            return NotFound();
        }
        Input = VacancyPages.FromView(Existing);
        Wage = await wages.FindAsync(Existing.OccupationCode, clock.Today.Year, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(long? id, CancellationToken ct)
    {
        var outcome = await FormSubmission.RunAsync(this, l, "Input", typeof(VacancyForm), async () =>
        {
            var view = id is { } existing ? await handlers.UpdateAsync(existing, Input, Input.Version, ct) : await handlers.CreateAsync(Input, ct);
            TempData["Message"] = (view.Status == Domain.VacancyStatus.Draft ? l["已保存为草稿，核对无误后请点“发布”"] : l["已保存修改"]).Value;
            return RedirectToPage(new { id = view.Id });
        });
        Error = outcome.Error;
        if (outcome.Done is { } done)
            return done;
        if (id is { } again)
            Existing = await queries.GetAsync(again, ct);
        return Page();
    }

    public Task<IActionResult> OnPostOpenAsync(long id, int version, CancellationToken ct) =>
        VacancyPages.CommandAsync(this, l, id, () => handlers.OpenAsync(id, version, ct), "已发布");

    public Task<IActionResult> OnPostFilledAsync(long id, int version, CancellationToken ct) =>
        VacancyPages.CommandAsync(this, l, id, () => handlers.MarkFilledAsync(id, version, ct), "已标记为招满");

    public Task<IActionResult> OnPostWithdrawAsync(long id, int version, CancellationToken ct) =>
        VacancyPages.CommandAsync(this, l, id, () => handlers.WithdrawAsync(id, Reason ?? "", version, ct), "已撤回");
}
