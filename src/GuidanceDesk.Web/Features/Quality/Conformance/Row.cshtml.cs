using GuidanceDesk.Web.Data;
using GuidanceDesk.Web.Domain;
using GuidanceDesk.Web.Infrastructure;
using GuidanceDesk.Web.Infrastructure.Audit;
using Microsoft.AspNetCore.Mvc;

namespace GuidanceDesk.Web.Features.Quality.Conformance;

/// <summary>The records behind one row of the report, failing ones first (at most 500).</summary>
public sealed class RowModel(AppDbContext db, QualityScope scope, AgencyClock clock, ConformanceReports reports, AuditLog audit)
    : ConformancePage(db, scope, clock)
{
    public const int Limit = 500;

    [BindProperty(SupportsGet = true)]
    public string Key { get; set; } = "";

    public IConformanceRule? Rule { get; private set; }
    public IReadOnlyList<DrillRow> Rows { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        if (!await ResolveAsync(ct))
            return;
        (Rule, Rows) = await reports.DrillAsync(Key, UnitId, Period, Limit, ct);
        // The rows name cases and workers by number: listing them is a read of those records' existence.
        audit.Read(AuditAction.Search, "ConformanceRow", Key, UnitId, $"{Rows.Count} records");
    }
}
