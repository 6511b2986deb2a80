using GuidanceDesk.Web.Domain;
using GuidanceDesk.Web.Features.Common;
using GuidanceDesk.Web.Infrastructure;
using GuidanceDesk.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace GuidanceDesk.Web.Features.Quality;

/// <summary>内部监督和审核 (9.1.2): the audits and recorded outside supervision in reach; managers plan a new one here.</summary>
public sealed class AuditsModel(QualityQueries quality, AuditHandlers audits, QualityAccess access, CurrentUser user, AgencyClock clock,
    Units.UnitHandlers units, IStringLocalizer<SharedResource> l) : PageModel
{
    [BindProperty(SupportsGet = true)] public AuditStatus? Status { get; set; }
    [BindProperty] public AuditRequest Input { get; set; } = new();

    public IReadOnlyList<AuditListItem> Lines { get; private set; } = [];

    public IReadOnlyList<SelectListItemData> Units { get; private set; } = [];

    public bool CanPlan => access.Manages;

    public PageError? Error { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        Input.ServiceUnitId = user.ServiceUnitId;
        Input.PlannedStart = clock.Today;
        Input.PlannedEnd = clock.Today;
        await LoadAsync(ct);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!CanPlan)
            return Forbid();
        var outcome = await FormSubmission.RunAsync(this, l, nameof(Input), typeof(AuditRequest), async () =>
        {
            var id = await audits.CreateAsync(Input, ct);
            TempData["Message"] = l["审核已登记"].Value;
            return Redirect($"/Quality/Audit?id={id}");
        });
        Error = outcome.Error;
        if (outcome.Done is { } done)
            return done;
        await LoadAsync(ct);
        return Page();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        Lines = await quality.AuditsAsync(null, Status, ct);
        if (CanPlan)
            Units = [.. (await units.ListAsync(ct)).Where(u => access.ManagesUnit(u.Id)).Select(u => new SelectListItemData(u.Id, u.Name))];
    }
}

/// <summary>An option of a select list.</summary>
public sealed record SelectListItemData(long Id, string Name);
