using GuidanceDesk.Web.Domain;
using GuidanceDesk.Web.Features.Common;
using GuidanceDesk.Web.Features.Quality.Conformance;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace GuidanceDesk.Web.Features.Reports.Summaries;

/// <summary>
/// One quarter's summary: drafted from the figures on request, the five sections edited (with the version, so a stale
/// edit is refused rather than overwriting), and published by the head.
/// </summary>
public sealed class EditModel(SummaryHandlers handlers, QualityScope scope, IStringLocalizer<SharedResource> l) : PageModel
{
    [BindProperty(SupportsGet = true)] public int Year { get; set; }
    [BindProperty(SupportsGet = true)] public int Quarter { get; set; }
    [BindProperty(SupportsGet = true)] public long? Unit { get; set; }
    [BindProperty] public SummarySectionsForm Sections { get; set; } = new();

    public SummaryView? Summary { get; private set; }
    public PageError? Error { get; private set; }
    public bool IsHead => scope.IsHead;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (Quarter is < 1 or > 4)
            return NotFound();
        await LoadAsync(ct);
        return Page();
    }

    public Task<IActionResult> OnPostDraftAsync(CancellationToken ct) => RunAsync(async () =>
        await handlers.DraftAsync(new SummaryDraftForm { UnitId = Unit, Year = Year, Quarter = Quarter }, ct), "已根据本季度数据生成草稿", ct);

    public Task<IActionResult> OnPostSaveAsync(long id, CancellationToken ct) =>
        RunAsync(() => handlers.EditAsync(id, Sections, ct), "总结已保存", ct);

    public Task<IActionResult> OnPostPublishAsync(long id, CancellationToken ct) => RunAsync(async () =>
    {
        await handlers.EditAsync(id, Sections, ct);
        await handlers.PublishAsync(id, null, ct);
    }, "总结已发布，已在公开页面展示", ct);

    private async Task<IActionResult> RunAsync(Func<Task> action, string done, CancellationToken ct)
    {
        FormSubmission.OnlyValidate(this, nameof(Sections));
        var outcome = await FormSubmission.RunAsync(this, l, nameof(Sections), typeof(SummarySectionsForm), async () =>
        {
            await action();
            TempData["Message"] = l[done].Value;
            return Redirect($"/Reports/Summaries/Edit?year={Year}&quarter={Quarter}&unit={Summary?.ServiceUnitId ?? Unit}");
        });
        Error = outcome.Error;
        if (outcome.Done is { } result)
            return result;
        if (Error is { Kind: PageErrorKind.Stale } e)
            TempData["Error"] = e.Message;
        await LoadAsync(ct, keepInput: true);
        return Page();
    }

    private async Task LoadAsync(CancellationToken ct, bool keepInput = false)
    {
        var s = await handlers.FindAsync(Unit, Year, Quarter, ct);
        Summary = s is null ? null : await handlers.ViewAsync(s, ct);
        if (s is null || keepInput)
            return;
        Unit = s.ServiceUnitId;
        Sections = new SummarySectionsForm
        {
            Work = s.Sections.Work, Outcomes = s.Sections.Outcomes, Satisfaction = s.Sections.Satisfaction,
            Problems = s.Sections.Problems, Improvements = s.Sections.Improvements, Version = s.Version,
        };
    }

    public static IReadOnlyList<(string Field, string Label)> Parts { get; } =
    [
        (nameof(SummarySections.Work), "一、工作开展情况"), (nameof(SummarySections.Outcomes), "二、服务成效"),
        (nameof(SummarySections.Satisfaction), "三、服务对象满意度"), (nameof(SummarySections.Problems), "四、发现的问题"),
        (nameof(SummarySections.Improvements), "五、改进措施"),
    ];

    public static string Text(SummarySections s, string field) => field switch
    {
        nameof(SummarySections.Work) => s.Work,
        nameof(SummarySections.Outcomes) => s.Outcomes,
        nameof(SummarySections.Satisfaction) => s.Satisfaction,
        nameof(SummarySections.Problems) => s.Problems,
        _ => s.Improvements,
    };
}
