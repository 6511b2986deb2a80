using GuidanceDesk.Web.Data;
using GuidanceDesk.Web.Features.Common;
using GuidanceDesk.Web.Infrastructure;
using GuidanceDesk.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace GuidanceDesk.Web.Features.Assessments;

/// <summary>A new assessment plan for a worker (7.1.6): purpose, instruments, mode and date, then the worker agrees.</summary>
public sealed class PlanModel(AppDbContext db, CurrentUser user, AssessmentQueries queries, PlanHandlers handlers, AgencyClock clock,
    IStringLocalizer<SharedResource> l) : PageModel
{
    [BindProperty]
    public AssessmentPlanRequest Input { get; set; } = new();

    public string WorkerName { get; private set; } = "";

    public IReadOnlyList<InstrumentView> Instruments { get; private set; } = [];

    public PageError? Error { get; private set; }

    public async Task<IActionResult> OnGetAsync(long workerId, CancellationToken ct)
    {
        Input.WorkerId = workerId;
        Input.PlannedOn = clock.Today;
        Input.Purpose = "了解职业兴趣、个性特点和工作价值观，为确定求职方向和制定就业计划提供依据。";
        if (!await LoadAsync(ct))
            return NotFound();
        Input.InstrumentIds = [.. Instruments.Where(i => i.Kind == Domain.InstrumentKind.Interest).Select(i => i.Id)];
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var outcome = await FormSubmission.RunAsync(this, l, nameof(Input), typeof(AssessmentPlanRequest), async () =>
        {
            var id = await handlers.CreateAsync(Input, ct);
            TempData["Message"] = l["测评方案已建立，请与劳动者确认"].Value;
            return Redirect($"/Assessments/Details/{id}");
        });
        Error = outcome.Error;
        if (outcome.Done is { } done)
            return done;
        await LoadAsync(ct);
        return Page();
    }

    private async Task<bool> LoadAsync(CancellationToken ct)
    {
        WorkerName = await user.Scope(db.Workers).Where(w => w.Id == Input.WorkerId).Select(w => w.Name).FirstOrDefaultAsync(ct) ?? "";
        Instruments = await queries.InstrumentsAsync(false, ct);
        return WorkerName.Length > 0;
    }
}
