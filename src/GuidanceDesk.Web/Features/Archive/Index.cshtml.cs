using GuidanceDesk.Web.Domain;
using GuidanceDesk.Web.Features.Common;
using GuidanceDesk.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace GuidanceDesk.Web.Features.Archive;

/// <summary>
/// The custodian's desk (7.2.1–7.2.2): the unit's cases whose archive misses something, items past their retention
/// date with disposal, and the retention rule of each kind. Head and managers see it; the custodian acts on it.
/// </summary>
[Authorize(Policy = Policies.ArchiveKeep)]
public sealed class IndexModel(Data.AppDbContext db, ArchiveCompleteness completeness, ArchiveKeeping keeping, ArchiveAccess access, IStringLocalizer<SharedResource> l) : PageModel
{
    public const int PageSize = 50;

    public int Cases { get; private set; }

    public IReadOnlyList<IncompleteCase> Incomplete { get; private set; } = [];

    public int IncompleteCount { get; private set; }

    public IReadOnlyList<ArchiveItemView> Due { get; private set; } = [];

    public IReadOnlyList<RetentionRuleView> Rules { get; private set; } = [];

    public bool IsCustodian => access.IsCustodian;

    /// <summary>City-level staff choose the unit to check; staff of a unit always see their own.</summary>
    [BindProperty(SupportsGet = true)]
    public long? Unit { get; set; }

    public IReadOnlyList<(long Id, string Name)> Units { get; private set; } = [];

    public bool CityLevel => access.UnitId is null;

    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    [TempData]
    public string? Message { get; set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        if (CityLevel)
            Units = [.. (await db.ServiceUnits.OrderBy(u => u.Name).Select(u => new { u.Id, u.Name }).ToListAsync(ct)).Select(u => (u.Id, u.Name))];
        if ((access.UnitId ?? Unit) is { } unit)
        {
            var result = await completeness.ScanAsync(unit, ct);
            Cases = result.Cases;
            IncompleteCount = result.Incomplete.Count;
            PageNumber = Math.Max(1, PageNumber);
            Incomplete = [.. result.Incomplete.Skip((PageNumber - 1) * PageSize).Take(PageSize)];
        }

        Due = await keeping.DueForDisposalAsync(ct);
        Rules = await keeping.RulesAsync(ct);
    }

    public Task<IActionResult> OnPostDisposeAsync(long itemId, string? reason, CancellationToken ct) =>
        RunAsync(() => keeping.DisposeAsync(itemId, reason ?? "", ct), "已销毁并留存销毁记录", ct);

    public Task<IActionResult> OnPostRuleAsync(ArchiveKind kind, int years, string? basis, int version, CancellationToken ct) =>
        RunAsync(() => keeping.SetRuleAsync(kind, years, basis ?? "", version, ct), "保管期限已更新", ct);

    private async Task<IActionResult> RunAsync(Func<Task> action, string done, CancellationToken ct)
    {
        try
        {
            await action();
            Message = l[done];
            return RedirectToPage();
        }
        catch (Exception e) when (PageErrors.Handles(e))
        {
            PageErrors.Apply(e, ModelState, l, "", typeof(object));
        }

        await OnGetAsync(ct);
        return Page();
    }
}
