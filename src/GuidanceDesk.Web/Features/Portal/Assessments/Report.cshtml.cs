using GuidanceDesk.Web.Features.Assessments;
using GuidanceDesk.Web.Features.Common;
using GuidanceDesk.Web.Infrastructure;
using GuidanceDesk.Web.Infrastructure.Http;
using GuidanceDesk.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace GuidanceDesk.Web.Features.Portal;

/// <summary>
/// The worker's own career-tendency analysis report (7.1.7), once issued: the same body as the counselor's page, the PDF,
/// and the worker's comments on it. The handler records a worker's comments as online feedback of today.
/// </summary>
[Authorize(Roles = Roles.Worker)]
public sealed class AssessmentReportModel(ReportModelBuilder builder, ReportHandlers handlers, CareerReportPdf pdf,
    AgencyClock clock, IStringLocalizer<SharedResource> l) : PageModel
{
    [BindProperty]
    public FeedbackRequest Feedback { get; set; } = new();

    public ReportView Report { get; private set; } = null!;

    public CareerReportModel Body { get; private set; } = null!;

    public PageError? Error { get; private set; }

    public async Task<IActionResult> OnGetAsync(long id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
            return NotFound();
        Feedback.Comments = Report.WorkerComments;
        return Page();
    }

    public async Task<IActionResult> OnGetPdfAsync(long id, CancellationToken ct)
    {
        try
        {
            var model = await builder.BuildAsync(id, ct);
            return File(pdf.Render(model), "application/pdf", $"{model.ReportNumber}.pdf");
        }
        catch (NotFoundException)
        {
            return NotFound();
        }
    }

    public async Task<IActionResult> OnPostFeedbackAsync(long id, CancellationToken ct)
    {
        // A worker's comments are dated today and online by the handler; the date the staff form asks for is not posted.
        Feedback.On ??= clock.Today;
        ModelState.Remove("Feedback.On");
        if (string.IsNullOrWhiteSpace(Feedback.Comments))
            ModelState.AddModelError("Feedback.Comments", "请写下您的意见");
        var outcome = await FormSubmission.RunAsync(this, l, nameof(Feedback), typeof(FeedbackRequest), async () =>
        {
            await handlers.FeedbackAsync(id, Feedback, ct);
            TempData["Message"] = l["谢谢！您的意见已经告诉职业指导人员"].Value;
            return Redirect($"/Portal/Assessments/Report/{id}");
        });
        Error = outcome.Error;
        if (outcome.Done is { } done)
            return done;
        return await LoadAsync(id, ct) ? Page() : NotFound();
    }

    private async Task<bool> LoadAsync(long id, CancellationToken ct)
    {
        try
        {
            (Report, Body) = await builder.PageAsync(id, ct);
        }
        catch (NotFoundException)
        {
            return false;
        }
        Feedback.Version ??= Report.Version;
        return true;
    }
}
