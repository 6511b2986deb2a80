using GuidanceDesk.Web.Data;
using GuidanceDesk.Web.Domain;
using GuidanceDesk.Web.Infrastructure;
using GuidanceDesk.Web.Infrastructure.Audit;
using Microsoft.AspNetCore.Mvc;

namespace GuidanceDesk.Web.Features.Quality.Conformance;

/// <summary>符合性报告 (9.2.2): one row per measurable clause for the unit and period, with exports and the way into a self-inspection.</summary>
public sealed class IndexModel(AppDbContext db, QualityScope scope, AgencyClock clock, ConformanceReports reports, ConformanceExport export,
    AuditLog audit) : ConformancePage(db, scope, clock)
{
    public ConformanceReport? Report { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        if (await ResolveAsync(ct))
            Report = await reports.ComputeAsync(UnitId, Period, ct);
    }

    public async Task<IActionResult> OnGetExportAsync(string format, CancellationToken ct)
    {
        if (!await ResolveAsync(ct))
            return Page();
        var report = await reports.ComputeAsync(UnitId, Period, ct);
        audit.Read(AuditAction.Export, "ConformanceReport", null, UnitId, format);
        var file = export.File(format, report.UnitName, report.Period, report.Rows, null);
        return File(file.Bytes, file.ContentType, file.Name);
    }

    /// <summary>Quick picks: this year, last year and the quarters of this year so far.</summary>
    public IEnumerable<(string Label, DateOnly From, DateOnly To)> Presets()
    {
        var y = Today.Year;
        yield return ("本年", new DateOnly(y, 1, 1), Today);
        yield return ("上年", new DateOnly(y - 1, 1, 1), new DateOnly(y - 1, 12, 31));
        for (var q = 1; q <= (Today.Month + 2) / 3; q++)
        {
            var p = ConformancePeriod.Quarter(y, q);
            yield return ($"{q}季度", p.From, p.To < Today ? p.To : Today);
        }
    }
}
