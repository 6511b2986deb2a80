using GuidanceDesk.Web.Data;
using GuidanceDesk.Web.Features.Common;
using GuidanceDesk.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace GuidanceDesk.Web.Features.Risk;

/// <summary>
/// Raising a risk alert on a worker (8.2): any guidance staff member of the worker's unit, whoever holds the case. After
/// raising, the alert's page opens with the crisis hotline and the immediate steps on top.
/// </summary>
public sealed class RaiseModel(AppDbContext db, CurrentUser user, RiskHandlers handlers, DutyRoster roster, IStringLocalizer<SharedResource> l)
    : PageModel
{
    [BindProperty]
    public RaiseAlertRequest Input { get; set; } = new();

    public string WorkerName { get; private set; } = "";

    /// <summary>Who will be told at once (the on-duty list without the one raising it).</summary>
    public IReadOnlyList<OnDuty> WillNotify { get; private set; } = [];

    public PageError? Error { get; private set; }

    public async Task<IActionResult> OnGetAsync(long workerId, long? caseId, CancellationToken ct)
    {
        Input.WorkerId = workerId;
        Input.CaseId = caseId;
        return await LoadAsync(ct) ? Page() : NotFound();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var outcome = await FormSubmission.RunAsync(this, l, nameof(Input), typeof(RaiseAlertRequest), async () =>
        {
            var id = await handlers.RaiseAsync(Input, ct);
            TempData["Message"] = l["风险预警已提出，值守人员已收到通知"].Value;
            return Redirect($"/Risk/Details/{Fmt.Id(id)}?raised=true");
        });
        Error = outcome.Error;
        if (outcome.Done is { } done)
            return done;
        return await LoadAsync(ct) ? Page() : NotFound();
    }

    private async Task<bool> LoadAsync(CancellationToken ct)
    {
        var worker = await user.Scope(db.Workers).Where(w => w.Id == Input.WorkerId).Select(w => new { w.Name, w.ServiceUnitId })
            .FirstOrDefaultAsync(ct);
        if (worker is null)
            return false;
        WorkerName = worker.Name;
        WillNotify = [.. (await roster.ForUnitAsync(worker.ServiceUnitId, ct)).People.Where(p => p.UserId != user.UserId)];
        return true;
    }
}
