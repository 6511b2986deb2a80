using GuidanceDesk.Web.Domain;
using GuidanceDesk.Web.Features.Common;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace GuidanceDesk.Web.Features.Referrals;

/// <summary>
/// One case referral: the form, the chain of steps and the step each person may take now — the sender records the
/// worker's consent and sends, the receiver accepts or declines and books the interview (8.1.4), the sender records an
/// agency's reply. Each step posts its own small form; a refusal shows next to that form's fields.
/// </summary>
public sealed class DetailsModel(ReferralQueries queries, ReferralHandlers sender, ReferralReceiverHandlers receiver,
    Microsoft.Extensions.Options.IOptions<ReferralOptions> options, IStringLocalizer<SharedResource> l)
    : PageModel
{
    [BindProperty] public UpdateReferralFormRequest FormInput { get; set; } = new();
    [BindProperty] public ReferralConsentRequest Consent { get; set; } = new();
    [BindProperty] public ReferralNoteRequest Note { get; set; } = new();
    [BindProperty] public AgencyReplyRequest Reply { get; set; } = new();
    [BindProperty] public BookInterviewRequest Interview { get; set; } = new() { Minutes = 60 };
    [BindProperty] public ReferralOutcomeRequest Outcome { get; set; } = new();

    public ReferralView Referral { get; private set; } = null!;

    public int InterviewWithin => options.Value.InterviewWithinWorkingDays;

    public PageError? Error { get; private set; }

    /// <summary>The form that was posted and refused, so that its card shows open with the user's input.</summary>
    public string? Failed { get; private set; }

    public async Task<IActionResult> OnGetAsync(long id, CancellationToken ct)
    {
        Referral = await queries.GetAsync(id, ct);
        FormInput.Form = ReferralFormRequest.From(Referral.Form);
        Interview.Date = Referral.InterviewDueOn;
        Interview.Time = new TimeOnly(9, 30);
        return Page();
    }

    public Task<IActionResult> OnPostFormAsync(long id, CancellationToken ct) =>
        RunAsync(id, nameof(FormInput), typeof(UpdateReferralFormRequest), () => sender.UpdateFormAsync(id, FormInput, ct), "转介表已保存", ct);

    public Task<IActionResult> OnPostConsentAsync(long id, CancellationToken ct) =>
        RunAsync(id, nameof(Consent), typeof(ReferralConsentRequest), () => sender.ConsentAsync(id, Consent, ct), "已记录劳动者同意", ct);

    public Task<IActionResult> OnPostSendAsync(long id, CancellationToken ct) =>
        RunAsync(id, nameof(Note), typeof(ReferralNoteRequest), () => sender.SendAsync(id, Note.Version, ct), "转介已发出，接收方已收到通知", ct);

    public Task<IActionResult> OnPostCancelAsync(long id, CancellationToken ct) =>
        RunAsync(id, nameof(Note), typeof(ReferralNoteRequest), () => sender.CancelAsync(id, Note, ct), "转介已撤回", ct);

    public Task<IActionResult> OnPostWithdrawAsync(long id, CancellationToken ct) =>
        RunAsync(id, nameof(Note), typeof(ReferralNoteRequest), () => sender.WithdrawConsentAsync(id, Note, ct), "已记录劳动者撤回同意，转介终止", ct);

    public Task<IActionResult> OnPostAcceptAsync(long id, CancellationToken ct) =>
        RunAsync(id, nameof(Note), typeof(ReferralNoteRequest), () => receiver.AcceptAsync(id, Note, ct), "已接收转介，请及时预约面谈", ct);

    public Task<IActionResult> OnPostDeclineAsync(long id, CancellationToken ct) =>
        RunAsync(id, nameof(Note), typeof(ReferralNoteRequest), () => receiver.DeclineAsync(id, Note, ct), "已拒绝转介", ct);

    public Task<IActionResult> OnPostReplyAsync(long id, CancellationToken ct) =>
        RunAsync(id, nameof(Reply), typeof(AgencyReplyRequest), () => receiver.AgencyReplyAsync(id, Reply, ct), "已记录机构答复", ct);

    public Task<IActionResult> OnPostInterviewAsync(long id, CancellationToken ct) =>
        RunAsync(id, nameof(Interview), typeof(BookInterviewRequest), () => receiver.BookInterviewAsync(id, Interview, ct), "面谈已预约，已短信通知劳动者", ct);

    public Task<IActionResult> OnPostOutcomeAsync(long id, CancellationToken ct) =>
        RunAsync(id, nameof(Outcome), typeof(ReferralOutcomeRequest), () => receiver.CompleteAsync(id, Outcome, ct), "已记录转介结果", ct);

    private async Task<IActionResult> RunAsync(long id, string prefix, Type form, Func<Task> step, string done, CancellationToken ct)
    {
        FormSubmission.OnlyValidate(this, prefix);
        var outcome = await FormSubmission.RunAsync(this, l, prefix, form, async () =>
        {
            await step();
            TempData["Message"] = l[done].Value;
            return Redirect($"/Referrals/Details/{id}");
        });
        Error = outcome.Error;
        if (outcome.Done is { } result)
            return result;
        Failed = prefix;
        Referral = await queries.GetAsync(id, ct);
        if (prefix != nameof(FormInput))
            FormInput.Form = ReferralFormRequest.From(Referral.Form);
        return Page();
    }
}
