using GuidanceDesk.Web.Features.Common;
using GuidanceDesk.Web.Features.Complaints;
using GuidanceDesk.Web.Features.Quality;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace GuidanceDesk.Web.Features.Portal;

/// <summary>我的投诉 (9.1.1): a signed-in worker or employer files a complaint linked to them, follows it and rates the reply.</summary>
[RequestSizeLimit(ComplaintsApi.MaxBodyBytes)]
public sealed class ComplaintsModel(ComplaintQueries queries, ComplaintIntake intake, ComplaintWorkflow workflow, DisclosureHandlers disclosures,
    IStringLocalizer<SharedResource> l) : PageModel
{
    [BindProperty] public ComplaintRequest Input { get; set; } = new();
    [BindProperty] public ComplaintFeedbackRequest Feedback { get; set; } = new();
    [BindProperty] public long FeedbackFor { get; set; }

    public IReadOnlyList<ComplaintStatusView> Mine { get; private set; } = [];

    public IReadOnlyList<PublicUnit> Units { get; private set; } = [];

    public PageError? Error { get; private set; }

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public Task<IActionResult> OnPostAsync(CancellationToken ct) => RunAsync(nameof(Input), typeof(ComplaintRequest), async () =>
    {
        var receipt = await intake.FromPortalAsync(Input, ct);
        return l["投诉已受理，编号 {0}，我们将在 {1} 前答复", receipt.TrackingNumber, Fmt.Date(receipt.DueOn)].Value;
    }, ct);

    public Task<IActionResult> OnPostFeedbackAsync(CancellationToken ct) => RunAsync(nameof(Feedback), typeof(ComplaintFeedbackRequest), async () =>
    {
        await workflow.FeedbackAsync(await queries.FindOwnAsync(FeedbackFor, ct), Feedback, ct);
        return l[Feedback.Satisfied == true ? "感谢您的评价，投诉已办结" : "已收到您的意见，我们将重新办理"].Value;
    }, ct);

    private async Task<IActionResult> RunAsync(string prefix, Type form, Func<Task<string>> step, CancellationToken ct)
    {
        FormSubmission.OnlyValidate(this, prefix);
        var outcome = await FormSubmission.RunAsync(this, l, prefix, form, async () =>
        {
            TempData["Message"] = await step();
            return RedirectToPage();
        });
        Error = outcome.Error;
        if (outcome.Done is { } done)
            return done;
        await LoadAsync(ct);
        return Page();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        Mine = await queries.OwnListAsync(ct);
        Units = await disclosures.PublicAsync(ct);
    }
}
