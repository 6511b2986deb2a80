using GuidanceDesk.Web.Data;
using GuidanceDesk.Web.Features.Common;
using GuidanceDesk.Web.Infrastructure;
using GuidanceDesk.Web.Infrastructure.Http;
using GuidanceDesk.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace GuidanceDesk.Web.Features.Vacancies;

/// <summary>登记 / 修改岗位 by staff: a new vacancy is saved as a draft of the chosen employer; the version guards edits.</summary>
[Authorize(Policy = Policies.CaseWork)]
public sealed class EditModel(VacancyHandlers handlers, VacancyQueries queries, AppDbContext db, CurrentUser user, AgencyClock clock,
    IStringLocalizer<SharedResource> l) : PageModel, IVacancyFormPage
{
    [BindProperty]
    public VacancyForm Input { get; set; } = new();

    public IReadOnlyList<SelectListItem> Employers { get; private set; } = [];

    public PageError? Error { get; private set; }

    public long? Id { get; private set; }

    public async Task<IActionResult> OnGetAsync(long? id, long? employerId, CancellationToken ct)
    {
        Id = id;
        if (id is { } existing)
        {
            try
            {
                Input = VacancyPages.FromView(await queries.GetAsync(existing, ct));
            }
            catch (NotFoundException)
            {
                return NotFound();
            }
        }
        else
        {
            Input = VacancyPages.New(clock.Today, employerId);
        }
        await LoadEmployersAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(long? id, CancellationToken ct)
    {
        Id = id;
        var outcome = await FormSubmission.RunAsync(this, l, "Input", typeof(VacancyForm), async () =>
        {
            var view = id is { } existing ? await handlers.UpdateAsync(existing, Input, Input.Version, ct) : await handlers.CreateAsync(Input, ct);
            TempData["Message"] = (id is null ? l["已保存为草稿，核对无误后请发布"] : l["已保存修改"]).Value;
            return RedirectToPage("Details", new { id = view.Id });
        });
        Error = outcome.Error;
        if (outcome.Done is { } done)
            return done;
        await LoadEmployersAsync(ct);
        return Page();
    }

    /// <summary>New vacancies only: the employers of the unit (the one asked for first, if any), by name.</summary>
    private async Task LoadEmployersAsync(CancellationToken ct)
    {
        if (Id is not null)
            return;
        var chosen = Input.EmployerId;
        var rows = await user.Scope(db.Employers).AsNoTracking().OrderBy(e => e.Id == chosen ? 0 : 1).ThenBy(e => e.Name).Take(500)
            .Select(e => new { e.Id, e.Name }).ToListAsync(ct);
        Employers = [.. rows.Select(e => new SelectListItem(e.Name, Fmt.Id(e.Id)))];
    }
}
