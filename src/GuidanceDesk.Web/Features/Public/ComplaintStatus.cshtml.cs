using GuidanceDesk.Web.Features.Common;
using GuidanceDesk.Web.Features.Complaints;
using GuidanceDesk.Web.Features.Quality;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;

namespace GuidanceDesk.Web.Features.PublicService;

/// <summary>
/// 投诉进度查询 (9.1.1): the tracking number and the phone's last 4 digits show the status and the reply, and let the
/// complainant say whether they are satisfied. Both are posts (the digits stay out of URLs and logs), rate-limited.
/// </summary>
[ResponseCache(Duration = 0, NoStore = true)]
[RequestSizeLimit(ComplaintsApi.MaxBodyBytes)]
[EnableRateLimiting(QualitySetup.LookupLimit)]
public sealed class ComplaintStatusModel(ComplaintQueries queries, ComplaintWorkflow workflow, IStringLocalizer<SharedResource> l) : PageModel
{
    [BindProperty] public ComplaintLookupRequest Lookup { get; set; } = new();
    [BindProperty] public ComplaintFeedbackRequest Feedback { get; set; } = new();

    public ComplaintStatusView? Status { get; private set; }

    public PageError? Error { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        FormSubmission.OnlyValidate(this, nameof(Lookup));
        var outcome = await FormSubmission.RunAsync(this, l, nameof(Lookup), typeof(ComplaintLookupRequest), async () =>
        {
            Status = await queries.StatusAsync(await queries.FindForComplainantAsync(Lookup.TrackingNumber, Lookup.PhoneLast4, ct), ct);
            return Page();
        });
        return Shown(outcome);
    }

    public async Task<IActionResult> OnPostFeedbackAsync(CancellationToken ct)
    {
        FormSubmission.OnlyValidate(this, nameof(Feedback));
        var outcome = await FormSubmission.RunAsync(this, l, nameof(Feedback), typeof(ComplaintFeedbackRequest), async () =>
        {
            var complaint = await queries.FindForComplainantAsync(Lookup.TrackingNumber, Lookup.PhoneLast4, ct);
            await workflow.FeedbackAsync(complaint, Feedback, ct);
            Status = await queries.StatusAsync(complaint, ct);
            TempData["Message"] = l[Feedback.Satisfied == true ? "感谢您的评价，投诉已办结" : "已收到您的意见，我们将重新办理"].Value;
            return Page();
        });
        if (outcome.Done is null && Status is null)
            Status = await TryStatusAsync(ct);
        return Shown(outcome);
    }

    private IActionResult Shown(FormOutcome outcome)
    {
        Error = outcome.Error;
        // A wrong number or wrong digits is shown on the form, not as a missing page: the person typed it.
        if (outcome.Error?.Kind == PageErrorKind.NotFound)
        {
            ModelState.AddModelError(nameof(Lookup) + "." + nameof(Lookup.TrackingNumber), l["未找到该投诉，请核对投诉编号和联系电话后4位"].Value);
            return Page();
        }
        return outcome.Done ?? Page();
    }

    private async Task<ComplaintStatusView?> TryStatusAsync(CancellationToken ct)
    {
        try
        {
            return await queries.StatusAsync(await queries.FindForComplainantAsync(Lookup.TrackingNumber, Lookup.PhoneLast4, ct), ct);
        }
        catch (Infrastructure.Http.NotFoundException)
        {
            return null;
        }
    }
}
