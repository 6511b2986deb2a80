using GuidanceDesk.Web.Data;
using GuidanceDesk.Web.Domain;
using GuidanceDesk.Web.Features.Common;
using GuidanceDesk.Web.Infrastructure;
using GuidanceDesk.Web.Infrastructure.ReferenceData;
using GuidanceDesk.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace GuidanceDesk.Web.Features.Market;

/// <summary>工资指导价位: a year's table for everyone on staff; the import (CSV / .xlsx) for managers, heads and admins.</summary>
[RequestSizeLimit(WageImport.MaxBytes + 64 * 1024)]
public sealed class WagesModel(AppDbContext db, WageImport import, OccupationCatalog occupations, AgencyClock clock,
    IStringLocalizer<SharedResource> l) : PageModel
{
    [BindProperty(SupportsGet = true)] public int? Year { get; set; }
    [BindProperty(SupportsGet = true)] public string? Code { get; set; }
    [BindProperty] public int ImportYear { get; set; }
    [BindProperty] public IFormFile? Upload { get; set; }

    public IReadOnlyList<(WageGuidance Row, string? Name)> Rows { get; private set; } = [];
    public IReadOnlyList<int> Years { get; private set; } = [];
    public WageImportReport? Report { get; private set; }
    public PageError? Error { get; private set; }

    public bool CanImport => User.IsInRole(Roles.Manager) || User.IsInRole(Roles.Head) || User.IsInRole(Roles.Admin);

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!CanImport)
            return Forbid();
        var outcome = await FormSubmission.RunAsync(this, l, "", typeof(WagesModel), async () =>
        {
            if (Upload is null || Upload.Length == 0)
                throw new DomainRuleException("请选择要导入的文件", nameof(Upload));
            if (Upload.Length > WageImport.MaxBytes)
                throw new DomainRuleException("文件不能超过 5 MB", nameof(Upload));
            await using var stream = Upload.OpenReadStream();
            Report = await import.ImportAsync(ImportYear, stream, Upload.FileName, ct);
            return Page();
        });
        Error = outcome.Error;
        Year = ImportYear;
        await LoadAsync(ct);
        return outcome.Done ?? Page();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        Years = await db.WageGuidance.Select(w => w.Year).Distinct().OrderByDescending(y => y).ToListAsync(ct);
        Year ??= Years.Count > 0 ? Years[0] : clock.Today.Year;
        if (ImportYear == 0)
            ImportYear = clock.Today.Year;
        var q = db.WageGuidance.AsNoTracking().Where(w => w.Year == Year);
        if (!string.IsNullOrWhiteSpace(Code))
            q = q.Where(w => w.OccupationCode.StartsWith(OccupationCodes.Trimmed(Code)));
        var rows = await q.OrderBy(w => w.OccupationCode).Take(1000).ToListAsync(ct);
        Rows = [.. rows.Select(r => (r, (occupations.Find(r.OccupationCode) ?? occupations.Find(OccupationCodes.Padded(r.OccupationCode)))?.Name))];
    }
}
