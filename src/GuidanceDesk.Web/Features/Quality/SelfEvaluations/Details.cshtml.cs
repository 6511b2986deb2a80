using GuidanceDesk.Web.Domain;
using GuidanceDesk.Web.Features.Common;
using GuidanceDesk.Web.Features.Quality.Conformance;
using GuidanceDesk.Web.Infrastructure.Audit;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace GuidanceDesk.Web.Features.Quality.SelfEvaluations;

/// <summary>
/// One self-inspection: the conformance report as taken (refreshable while open), the checklist the head answers, the
/// managers' self-assessments and the head's appraisal. Each step is its own small form carrying the version.
/// </summary>
public sealed class DetailsModel(SelfEvaluationHandlers handlers, ConformanceReports reports, QualityScope scope,
    AuditLog audit, IStringLocalizer<SharedResource> l) : PageModel
{
    [BindProperty] public VersionForm Refresh { get; set; } = new();
    [BindProperty] public ChecklistAnswerForm Inspection { get; set; } = new();
    [BindProperty] public ManagerAssessmentForm Assessment { get; set; } = new();
    [BindProperty] public AppraisalForm Appraisal { get; set; } = new();

    public SelfEvaluationView Evaluation { get; private set; } = null!;
    public PageError? Error { get; private set; }
    public bool IsHead => scope.IsHead;
    public bool IsManager => scope.IsManager;
    public bool Open => Evaluation.Status == SelfEvaluationStatus.Open;

    public async Task<IActionResult> OnGetAsync(long id, CancellationToken ct)
    {
        await LoadAsync(id, ct);
        audit.Read(AuditAction.View, SelfEvaluationHandlers.EntityType, id.ToString(System.Globalization.CultureInfo.InvariantCulture), Evaluation.ServiceUnitId, null);
        return Page();
    }

    public async Task<IActionResult> OnGetExportAsync(long id, string format, CancellationToken ct)
    {
        var file = await handlers.ExportAsync(id, format, ct);
        return File(file.Bytes, file.ContentType, file.Name);
    }

    public Task<IActionResult> OnPostRefreshAsync(long id, CancellationToken ct) =>
        RunAsync(id, nameof(Refresh), typeof(VersionForm), () => handlers.RefreshAsync(id, Refresh.Version, ct), "符合性报告已按最新数据重新计算", ct);

    public Task<IActionResult> OnPostAnswerAsync(long id, string key, CancellationToken ct) =>
        RunAsync(id, nameof(Inspection), typeof(ChecklistAnswerForm), () => handlers.AnswerAsync(id, key, Inspection, ct), "检查结果已记录", ct);

    public Task<IActionResult> OnPostAssessAsync(long id, CancellationToken ct) =>
        RunAsync(id, nameof(Assessment), typeof(ManagerAssessmentForm), () => handlers.AssessAsync(id, Assessment, ct), "自我评价已保存", ct);

    public Task<IActionResult> OnPostSignAsync(long id, CancellationToken ct) =>
        RunAsync(id, nameof(Appraisal), typeof(AppraisalForm), () => handlers.SignAsync(id, Appraisal, ct), "考评结论已签署，自查考评完成", ct);

    private async Task<IActionResult> RunAsync(long id, string prefix, Type form, Func<Task> action, string done, CancellationToken ct)
    {
        FormSubmission.OnlyValidate(this, prefix);
        var outcome = await FormSubmission.RunAsync(this, l, prefix, form, async () =>
        {
            await action();
            TempData["Message"] = l[done].Value;
            return Redirect($"/Quality/SelfEvaluations/Details/{id}");
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
        var e = await handlers.LoadAsync(id, ct);
        Evaluation = SelfEvaluationView.Of(e, await reports.UnitNameAsync(e.ServiceUnitId, ct));
        var mine = e.Assessments.FirstOrDefault(a => a.UserId == scope.UserId);
        if (mine is not null && Assessment.Findings is null)
        {
            Assessment.Rating = mine.Rating;
            Assessment.Findings = mine.Findings;
            Assessment.Improvements = mine.Improvements;
        }
    }

    public string ReportQuery => $"unit={Evaluation.ServiceUnitId}&from={Fmt.Date(Evaluation.PeriodFrom)}&to={Fmt.Date(Evaluation.PeriodTo)}";
}
