using GuidanceDesk.Web.Data;
using GuidanceDesk.Web.Domain;
using GuidanceDesk.Web.Features.Quality.Conformance;
using GuidanceDesk.Web.Infrastructure;
using GuidanceDesk.Web.Infrastructure.Audit;
using Microsoft.AspNetCore.Mvc;

namespace GuidanceDesk.Web.Features.Reports;

/// <summary>统计报表 (9.2.1): the unit's (or the city's) service volumes, cases, outcomes, special groups, caseloads and satisfaction for a period.</summary>
public sealed class IndexModel(AppDbContext db, QualityScope scope, AgencyClock clock, StatisticsQueries statistics, AuditLog audit)
    : ConformancePage(db, scope, clock)
{
    public ReportStatistics? Statistics { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        if (await ResolveAsync(ct))
            Statistics = await statistics.ComputeAsync(UnitId, Period, ct);
    }

    public async Task<IActionResult> OnGetExportAsync(CancellationToken ct)
    {
        if (!await ResolveAsync(ct))
            return Page();
        var s = await statistics.ComputeAsync(UnitId, Period, ct);
        audit.Read(AuditAction.Export, "ReportStatistics", null, UnitId, "xlsx");
        return File(ReportsExport.ToXlsx(s), ReportsExport.Xlsx, "statistics.xlsx");
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

    public static string Percent(double? rate) => rate is { } r ? (r * 100).ToString("0.#", System.Globalization.CultureInfo.InvariantCulture) + "%" : "—";

    public static string Number(double? value) => value is { } v ? v.ToString("0.#", System.Globalization.CultureInfo.InvariantCulture) : "—";
}
