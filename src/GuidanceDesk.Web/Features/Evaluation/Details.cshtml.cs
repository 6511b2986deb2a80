using GuidanceDesk.Web.Data;
using GuidanceDesk.Web.Features.Common;
using GuidanceDesk.Web.Features.Quality;
using GuidanceDesk.Web.Features.Quality.Conformance;
using GuidanceDesk.Web.Infrastructure.Security;
using GuidanceDesk.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace GuidanceDesk.Web.Features.Evaluation;

/// <summary>
/// One third-party evaluation. The evaluator, while the grant is open, sees the conformance report, draws and reads its
/// sample (de-identified), records findings and concludes; the head and managers read the findings; the head may revoke.
/// </summary>
public sealed class DetailsModel(AppDbContext db, EvaluationAccess access, EvaluationHandlers handlers, EvaluationQueries queries,
    QualityQueries quality, CurrentUser user, AgencyClock clock, IStringLocalizer<SharedResource> l) : PageModel
{
    [BindProperty] public SampleForm Sample { get; set; } = new() { Size = 20 };
    [BindProperty] public FindingForm Finding { get; set; } = new();
    [BindProperty] public ConclusionForm Closing { get; set; } = new();
    [BindProperty] public StepForm Step { get; set; } = new();
    [BindProperty] public RaiseActionRequest Raise { get; set; } = new();
    [BindProperty] public int? RaiseLine { get; set; }

    public EvaluationView Evaluation { get; private set; } = null!;
    public ConformanceReport? Report { get; private set; }
    public IReadOnlyList<SampledCase> Cases { get; private set; } = [];
    public bool Working => access.IsEvaluator && Evaluation.OpenToday;
    /// <summary>The unit's managers and the head turn findings into corrective actions (9.1.3).</summary>
    public bool CanRaise => !access.IsEvaluator && (user.IsInRole(Roles.Head) || user.IsInRole(Roles.Manager));
    public RaiseForm? RaiseFields { get; private set; }
    public bool RaiseFailed { get; private set; }
    public bool CanRevoke => access.IsHead && Evaluation.Status == Domain.ThirdPartyEvaluationStatus.Active;

    public async Task<IActionResult> OnGetAsync(long id, CancellationToken ct)
    {
        await LoadAsync(id, ct);
        return Page();
    }

    public async Task<IActionResult> OnGetExportAsync(long id, CancellationToken ct)
    {
        var e = await access.OpenForEvaluatorAsync(id, ct);
        var bytes = await queries.ExportAsync(e, ct);
        return File(bytes, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", $"third-party-evaluation-{id}.xlsx");
    }

    public Task<IActionResult> OnPostSampleAsync(long id, CancellationToken ct) =>
        RunAsync(id, nameof(Sample), typeof(SampleForm), () => handlers.DrawSampleAsync(id, Sample, ct), "已随机抽取样本", ct);

    public Task<IActionResult> OnPostFindingAsync(long id, CancellationToken ct) =>
        RunAsync(id, nameof(Finding), typeof(FindingForm), () => handlers.AddFindingAsync(id, Finding, ct), "评价发现已记录", ct);

    public Task<IActionResult> OnPostConcludeAsync(long id, CancellationToken ct) =>
        RunAsync(id, nameof(Closing), typeof(ConclusionForm), () => handlers.CompleteAsync(id, Closing, ct), "评价已完成，数据访问已关闭", ct);

    public Task<IActionResult> OnPostRevokeAsync(long id, CancellationToken ct) =>
        RunAsync(id, nameof(Step), typeof(StepForm), () => handlers.RevokeAsync(id, Step, ct), "授权已撤销", ct);

    public async Task<IActionResult> OnPostRaiseAsync(long id, CancellationToken ct)
    {
        long actionId = 0;
        var result = await RunAsync(id, nameof(Raise), typeof(RaiseActionRequest), async () =>
            actionId = await handlers.RaiseFromFindingAsync(id, RaiseLine ?? 0, Raise, ct), "已提出纠正预防措施", ct);
        if (actionId > 0)
            return Redirect($"/Quality/Action?id={actionId}");
        RaiseFailed = true;
        return result;
    }

    private async Task<IActionResult> RunAsync(long id, string prefix, Type form, Func<Task> action, string done, CancellationToken ct)
    {
        FormSubmission.OnlyValidate(this, prefix);
        var outcome = await FormSubmission.RunAsync(this, l, prefix, form, async () =>
        {
            await action();
            TempData["Message"] = l[done].Value;
            return Redirect($"/Evaluation/Details/{id}");
        });
        if (outcome.Done is { } result)
            return result;
        if (outcome.Error is { Kind: PageErrorKind.Stale } e)
            TempData["Error"] = e.Message;
        await LoadAsync(id, ct);
        return Page();
    }

    private async Task LoadAsync(long id, CancellationToken ct)
    {
        var e = await access.LoadAsync(id, ct);
        Evaluation = await EvaluationApi.ViewAsync(e, db, clock, ct);
        if (CanRaise && Evaluation.Findings.Any(f => f.CorrectiveActionId is null))
            RaiseFields = new RaiseForm(await quality.OwnersAsync(e.ServiceUnitId, ct), null, clock.Today.AddDays(30));
        if (Working)
        {
            Report = await queries.ReportAsync(e, ct);
            Cases = await queries.SampleAsync(e, withHistory: false, ct);
        }
    }
}
