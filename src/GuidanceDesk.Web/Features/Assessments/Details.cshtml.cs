using GuidanceDesk.Web.Features.Common;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace GuidanceDesk.Web.Features.Assessments;

/// <summary>One assessment plan: the worker's agreement and consent, the assessments and their progress, the report.</summary>
public sealed class DetailsModel(AssessmentQueries queries, PlanHandlers plans, AnswerHandlers answers, ReportHandlers reports,
    IStringLocalizer<SharedResource> l) : PageModel
{
    [BindProperty]
    public AgreePlanRequest Agree { get; set; } = new();

    [BindProperty]
    public ReasonRequest Cancel { get; set; } = new();

    public PlanView Plan { get; private set; } = null!;

    public PageError? Error { get; private set; }

    public async Task<IActionResult> OnGetAsync(long id, CancellationToken ct)
    {
        Plan = await queries.PlanAsync(id, ct);
        Agree.Version = Plan.Version;
        Cancel.Version = Plan.Version;
        return Page();
    }

    public Task<IActionResult> OnPostAgreeAsync(long id, CancellationToken ct) =>
        RunAsync(id, nameof(Agree), typeof(AgreePlanRequest), async () =>
        {
            await plans.AgreeAsync(id, Agree, ct);
            return Done(id, "已记录劳动者确认和测评授权");
        }, ct);

    public Task<IActionResult> OnPostCancelAsync(long id, CancellationToken ct) =>
        RunAsync(id, nameof(Cancel), typeof(ReasonRequest), async () =>
        {
            await plans.CancelAsync(id, Cancel, ct);
            return Done(id, "测评方案已取消");
        }, ct);

    public Task<IActionResult> OnPostVoidAsync(long id, long assessmentId, string? reason, CancellationToken ct)
    {
        ModelState.Clear();
        return RunAsync(id, nameof(Cancel), typeof(ReasonRequest), async () =>
        {
            await answers.VoidAsync(assessmentId, new ReasonRequest { Reason = reason }, ct);
            return Done(id, "该测评已作废");
        }, ct);
    }

    public Task<IActionResult> OnPostReportAsync(long id, CancellationToken ct)
    {
        ModelState.Clear();
        return RunAsync(id, "Report", typeof(CreateReportRequest), async () =>
        {
            var reportId = await reports.CreateAsync(id, ct);
            return Redirect($"/Assessments/Report/{reportId}");
        }, ct);
    }

    private RedirectResult Done(long id, string message)
    {
        TempData["Message"] = l[message].Value;
        return Redirect($"/Assessments/Details/{id}");
    }

    private async Task<IActionResult> RunAsync(long id, string prefix, Type form, Func<Task<IActionResult>> save, CancellationToken ct)
    {
        var outcome = await FormSubmission.RunAsync(this, l, prefix, form, save);
        Error = outcome.Error;
        if (outcome.Done is { } done)
            return done;
        Plan = await queries.PlanAsync(id, ct);
        return Page();
    }
}
