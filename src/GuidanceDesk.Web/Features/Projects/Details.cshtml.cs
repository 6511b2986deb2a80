using GuidanceDesk.Web.Domain;
using GuidanceDesk.Web.Features.Common;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace GuidanceDesk.Web.Features.Projects;

/// <summary>
/// One guidance project: its design, live progress against each indicator, schedule, linked cases and assessment plans
/// (with a search to link more), and — once the manager completes it — the evaluation; exports as Excel and PDF.
/// Each action posts its own small form; a refusal shows above the page and keeps what was typed.
/// </summary>
public sealed class DetailsModel(ProjectQueries queries, LinkedQueries linked, ProjectHandlers handlers, LinkHandlers links,
    EvaluationHandler evaluation, ProjectAccess access, IStringLocalizer<SharedResource> l) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    [BindProperty] public ProjectStepRequest Step { get; set; } = new();
    [BindProperty] public EvaluationForm Evaluation { get; set; } = new();
    [BindProperty] public LinkPlanRequest PlanLink { get; set; } = new();

    public ProjectView Project { get; private set; } = null!;
    public ProgressView Progress { get; private set; } = null!;
    public IReadOnlyList<LinkedCaseRow> Cases { get; private set; } = [];
    public IReadOnlyList<LinkedPlanRow> Plans { get; private set; } = [];
    public IReadOnlyList<CandidateCase> Candidates { get; private set; } = [];
    public PageError? Error { get; private set; }

    public bool CanDesign => access.CanDesign;
    public bool CanReadClients => access.CanReadClients;
    public bool Running => Project.Status == ProjectStatus.Active;

    public async Task<IActionResult> OnGetAsync(long id, CancellationToken ct)
    {
        await LoadAsync(id, ct);
        return Page();
    }

    public Task<IActionResult> OnPostActivateAsync(long id, CancellationToken ct) =>
        RunAsync(id, nameof(Step), typeof(ProjectStepRequest), () => handlers.ActivateAsync(id, Step, ct), "项目已启动，可以关联个案和测评", ct);

    public Task<IActionResult> OnPostCancelAsync(long id, CancellationToken ct) =>
        RunAsync(id, nameof(Step), typeof(ProjectStepRequest), () => handlers.CancelAsync(id, Step, ct), "项目已取消", ct);

    public Task<IActionResult> OnPostEvaluateAsync(long id, CancellationToken ct) =>
        RunAsync(id, nameof(Evaluation), typeof(EvaluationForm), () => evaluation.EvaluateAsync(id, Evaluation, ct), "考核评估已完成，项目已结束", ct);

    public Task<IActionResult> OnPostLinkCaseAsync(long id, long caseId, CancellationToken ct) =>
        RunAsync(id, "", typeof(object), () => links.LinkCaseAsync(id, caseId, ct), "个案已关联到项目", ct);

    public Task<IActionResult> OnPostUnlinkCaseAsync(long id, long caseId, CancellationToken ct) =>
        RunAsync(id, "", typeof(object), () => links.UnlinkCaseAsync(id, caseId, ct), "个案已移出项目", ct);

    public Task<IActionResult> OnPostLinkPlanAsync(long id, CancellationToken ct) =>
        RunAsync(id, nameof(PlanLink), typeof(LinkPlanRequest), () => links.LinkPlanAsync(id, PlanLink.PlanId ?? 0, ct), "测评方案已关联到项目", ct);

    public Task<IActionResult> OnPostUnlinkPlanAsync(long id, long planId, CancellationToken ct) =>
        RunAsync(id, "", typeof(object), () => links.UnlinkPlanAsync(id, planId, ct), "测评方案已移出项目", ct);

    private async Task<IActionResult> RunAsync(long id, string prefix, Type form, Func<Task> action, string done, CancellationToken ct)
    {
        FormSubmission.OnlyValidate(this, prefix);
        var outcome = await FormSubmission.RunAsync(this, l, prefix, form, async () =>
        {
            await action();
            TempData["Message"] = l[done].Value;
            return Redirect($"/Projects/Details/{id}");
        });
        Error = outcome.Error;
        if (outcome.Done is { } result)
            return result;
        if (Error is { Kind: PageErrorKind.Stale } e)
            TempData["Error"] = e.Message;
        await LoadAsync(id, ct);
        return Page();
    }

    private async Task LoadAsync(long id, CancellationToken ct)
    {
        Project = await queries.GetAsync(id, ct);
        Progress = await queries.ProgressAsync(id, ct);
        Plans = await linked.PlansAsync(id, ct);
        if (CanReadClients)
        {
            Cases = await linked.CasesAsync(id, ct);
            if (Running)
                Candidates = await linked.CandidatesAsync(id, Q, ct);
        }
        if (Evaluation.Achieved.Count == 0)
            Evaluation.Achieved = [.. Progress.Indicators.Where(i => i.Actual is null).Select(i => new AchievedForm { Line = i.Line })];
    }
}
