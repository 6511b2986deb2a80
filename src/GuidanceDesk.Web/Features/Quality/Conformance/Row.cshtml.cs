using GuidanceDesk.Web.Data;
using GuidanceDesk.Web.Domain;
using GuidanceDesk.Web.Features.Common;
using GuidanceDesk.Web.Infrastructure;
using GuidanceDesk.Web.Infrastructure.Audit;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace GuidanceDesk.Web.Features.Quality.Conformance;

/// <summary>
/// One row of the report: its figure against the target, the records behind it (failing ones first, at most 500), the
/// actions already raised from it, and — for a failing or warning row — the form that raises one (9.1.3).
/// </summary>
public sealed class RowModel(AppDbContext db, QualityScope scope, AgencyClock clock, ConformanceReports reports, ConformanceActions actions,
    QualityQueries quality, AuditLog audit, IStringLocalizer<SharedResource> l)
    : ConformancePage(db, scope, clock)
{
    public const int Limit = 500;

    [BindProperty(SupportsGet = true)]
    public string Key { get; set; } = "";

    [BindProperty]
    public RaiseActionRequest Raise { get; set; } = new();

    public IConformanceRule? Rule { get; private set; }
    public ConformanceRow? Result { get; private set; }
    public IReadOnlyList<DrillRow> Rows { get; private set; } = [];
    public IReadOnlyList<RaisedAction> Raised { get; private set; } = [];
    public RaiseForm? RaiseFields { get; private set; }
    public bool RaiseFailed { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        if (await ResolveAsync(ct))
            await LoadAsync(ct);
    }

    public async Task<IActionResult> OnPostRaiseAsync(CancellationToken ct)
    {
        FormSubmission.OnlyValidate(this, nameof(Raise));
        if (!await ResolveAsync(ct))
            return Page();
        long id = 0;
        var outcome = await FormSubmission.RunAsync(this, l, nameof(Raise), typeof(RaiseActionRequest), async () =>
        {
            id = await actions.RaiseAsync(Key, UnitId, Period, Raise, ct);
            TempData["Message"] = l["已提出纠正预防措施"].Value;
            return Redirect($"/Quality/Action?id={id}");
        });
        if (outcome.Done is { } done)
            return done;
        RaiseFailed = true;
        await LoadAsync(ct);
        return Page();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        (Rule, Result) = await reports.EvaluateAsync(Key, UnitId, Period, ct);
        (_, Rows) = await reports.DrillAsync(Key, UnitId, Period, Limit, ct);
        Raised = await actions.RaisedAsync(Key, UnitId, Period, ct);
        if (Result.Level is ConformanceLevel.Fail or ConformanceLevel.Warn)
            RaiseFields = new RaiseForm(await quality.OwnersAsync(UnitId, ct), ConformanceActions.Problem(Rule, Result), Today.AddDays(30));
        // The rows name cases and workers by number: listing them is a read of those records' existence.
        audit.Read(AuditAction.Search, "ConformanceRow", Key, UnitId, $"{Rows.Count} records");
    }
}
