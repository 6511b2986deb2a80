using GuidanceDesk.Web.Features.Common;
using GuidanceDesk.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace GuidanceDesk.Web.Features.Assessments;

/// <summary>The counselor writes the comprehensive evaluation, keeps the suggestions that fit, issues the report and records the feedback.</summary>
public sealed class ReportModel(ReportModelBuilder builder, ReportHandlers handlers, CareerReportPdf pdf,
    AgencyClock clock, IStringLocalizer<SharedResource> l) : PageModel
{
    [BindProperty]
    public ReportEditRequest Input { get; set; } = new();

    [BindProperty]
    public FeedbackRequest Feedback { get; set; } = new();

    public ReportView Report { get; private set; } = null!;

    public CareerReportModel Body { get; private set; } = null!;

    public PageError? Error { get; private set; }

    public async Task<IActionResult> OnGetAsync(long id, CancellationToken ct)
    {
        await LoadAsync(id, ct);
        Input.Evaluation = Report.Evaluation;
        Input.NextSteps = Report.NextSteps;
        Input.Occupations = [.. Report.Suggestions.Select(s => s.Code)];
        return Page();
    }

    public async Task<IActionResult> OnGetPdfAsync(long id, CancellationToken ct)
    {
        var model = await builder.BuildAsync(id, ct);
        return File(pdf.Render(model), "application/pdf", $"{model.ReportNumber}.pdf");
    }

    public Task<IActionResult> OnPostSaveAsync(long id, bool issue, CancellationToken ct) =>
        RunAsync(id, nameof(Input), typeof(ReportEditRequest), async () =>
        {
            await handlers.EditAsync(id, Input, ct);
            if (issue)
                await handlers.IssueAsync(id, null, ct);
            TempData["Message"] = l[issue ? "报告已出具，已归入个案档案" : "报告草稿已保存"].Value;
            return Redirect($"/Assessments/Report/{id}");
        }, ct);

    public Task<IActionResult> OnPostFeedbackAsync(long id, CancellationToken ct) =>
        RunAsync(id, nameof(Feedback), typeof(FeedbackRequest), async () =>
        {
            await handlers.FeedbackAsync(id, Feedback, ct);
            TempData["Message"] = l["已记录报告反馈"].Value;
            return Redirect($"/Assessments/Report/{id}");
        }, ct);

    private async Task LoadAsync(long id, CancellationToken ct)
    {
        (Report, Body) = await builder.PageAsync(id, ct);
        Input.Version ??= Report.Version;
        Feedback.Version ??= Report.Version;
        Feedback.On ??= clock.Today;
    }

    private async Task<IActionResult> RunAsync(long id, string prefix, Type form, Func<Task<IActionResult>> save, CancellationToken ct)
    {
        var outcome = await FormSubmission.RunAsync(this, l, prefix, form, save);
        Error = outcome.Error;
        if (outcome.Done is { } done)
            return done;
        await LoadAsync(id, ct);
        return Page();
    }
}
