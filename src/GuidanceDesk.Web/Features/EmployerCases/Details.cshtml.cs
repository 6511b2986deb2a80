using GuidanceDesk.Web.Data;
using GuidanceDesk.Web.Domain;
using GuidanceDesk.Web.Features.Common;
using GuidanceDesk.Web.Features.Market;
using GuidanceDesk.Web.Infrastructure;
using GuidanceDesk.Web.Infrastructure.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace GuidanceDesk.Web.Features.EmployerCases;

/// <summary>
/// One employer case: the situation and needs, the analysis of a chosen vacancy (market position, wage guidance,
/// hard-to-fill findings), the guidance records, a new record, closing.
/// </summary>
public sealed class DetailsModel(EmployerCaseHandlers handlers, HardToFillScan scan, AppDbContext db, AgencyClock clock,
    IStringLocalizer<SharedResource> l) : PageModel
{
    [BindProperty(SupportsGet = true)] public long? VacancyId { get; set; }
    [BindProperty] public EmployerRecordForm Record { get; set; } = new();
    [BindProperty] public CloseEmployerCaseForm Closing { get; set; } = new();

    public EmployerCaseView View { get; private set; } = null!;
    public HardToFillView? Analysis { get; private set; }
    public IReadOnlyList<SelectListItem> Vacancies { get; private set; } = [];
    public PageError? Error { get; private set; }

    public async Task<IActionResult> OnGetAsync(long id, CancellationToken ct)
    {
        try
        {
            await LoadAsync(id, ct);
        }
        catch (NotFoundException)
        {
            return NotFound();
        }
        Record.Date = clock.Today;
        Record.Time = TimeOnly.FromDateTime(clock.Now.DateTime);
        Record.VacancyId = VacancyId;
        Record.Kind = VacancyId is null ? null : EmployerGuidanceKind.VacancyAnalysis;
        return Page();
    }

    public async Task<IActionResult> OnPostRecordAsync(long id, CancellationToken ct)
    {
        ModelState.Remove("Closing.Note");
        var outcome = await FormSubmission.RunAsync(this, l, "Record", typeof(EmployerRecordForm), async () =>
        {
            await handlers.AddRecordAsync(id, Record, ct);
            TempData["Message"] = l["已保存指导记录"].Value;
            return RedirectToPage("Details", new { id });
        });
        return await AfterAsync(id, outcome, ct);
    }

    public async Task<IActionResult> OnPostCloseAsync(long id, CancellationToken ct)
    {
        foreach (var key in ModelState.Keys.Where(k => k.StartsWith("Record.", StringComparison.Ordinal)).ToList())
            ModelState.Remove(key);
        var outcome = await FormSubmission.RunAsync(this, l, "Closing", typeof(CloseEmployerCaseForm), async () =>
        {
            await handlers.CloseAsync(id, Closing, Closing.Version, ct);
            return RedirectToPage("Details", new { id });
        });
        return await AfterAsync(id, outcome, ct);
    }

    private async Task<IActionResult> AfterAsync(long id, FormOutcome outcome, CancellationToken ct)
    {
        Error = outcome.Error;
        if (outcome.Done is { } done)
            return done;
        VacancyId = Record.VacancyId;
        await LoadAsync(id, ct);
        return Page();
    }

    private async Task LoadAsync(long id, CancellationToken ct)
    {
        View = await handlers.GetAsync(id, ct);
        Closing.Version ??= View.Version;
        Vacancies = await db.Vacancies.AsNoTracking().Where(v => v.EmployerId == View.EmployerId && v.Status != VacancyStatus.Draft)
            .OrderByDescending(v => v.PublishedAt).Take(100)
            .Select(v => new SelectListItem(v.Title + (v.Status == VacancyStatus.Open ? "" : "（已结束）"), v.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)))
            .ToListAsync(ct);
        if (VacancyId is { } vid)
        {
            var v = await db.Vacancies.FirstOrDefaultAsync(x => x.Id == vid && x.EmployerId == View.EmployerId, ct);
            Analysis = v is null ? null : await scan.AssessAsync(v, ct);
        }
    }
}
