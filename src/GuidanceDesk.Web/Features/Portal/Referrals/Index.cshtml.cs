using GuidanceDesk.Web.Features.Common;
using GuidanceDesk.Web.Features.Referrals;
using GuidanceDesk.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace GuidanceDesk.Web.Features.Portal;

/// <summary>
/// 个案转介 in the worker's portal (8.1.2): the worker sees why and to whom their case would be referred and what would
/// be handed over, and agrees or declines; later they can withdraw their consent, which stops the referral.
/// </summary>
[Authorize(Roles = Roles.Worker)]
public sealed class ReferralsModel(ReferralQueries queries, ReferralHandlers handlers, IStringLocalizer<SharedResource> l) : PageModel
{
    [BindProperty]
    public ReferralConsentRequest Consent { get; set; } = new();

    [BindProperty]
    public ReferralNoteRequest Withdraw { get; set; } = new();

    public IReadOnlyList<ReferralView> Referrals { get; private set; } = [];

    public PageError? Error { get; private set; }

    public long? FailedId { get; private set; }

    public async Task OnGetAsync(CancellationToken ct) => Referrals = await queries.MineAsync(ct);

    public Task<IActionResult> OnPostConsentAsync(long referralId, CancellationToken ct)
    {
        FormSubmission.OnlyValidate(this, nameof(Consent));
        if (ModelState.TryGetValue("Consent.Consent", out var consent) && consent.Errors.Count > 0)
        {
            consent.Errors.Clear();
            ModelState.AddModelError("Consent.Consent", "请先勾选“我同意”，再确认");
        }
        return RunAsync(referralId, nameof(Consent), typeof(ReferralConsentRequest), async () =>
        {
            await handlers.ConsentAsync(referralId, Consent, ct);
            TempData["Message"] = l["您已同意转介，职业指导人员会尽快为您办理"].Value;
            return RedirectToPage();
        }, ct);
    }

    public Task<IActionResult> OnPostWithdrawAsync(long referralId, CancellationToken ct)
    {
        FormSubmission.OnlyValidate(this, nameof(Withdraw));
        return RunAsync(referralId, nameof(Withdraw), typeof(ReferralNoteRequest), async () =>
        {
            await handlers.WithdrawConsentAsync(referralId, Withdraw, ct);
            TempData["Message"] = l["您已不同意这次转介，原来的职业指导人员会继续为您服务"].Value;
            return RedirectToPage();
        }, ct);
    }


    private async Task<IActionResult> RunAsync(long id, string prefix, Type form, Func<Task<IActionResult>> save, CancellationToken ct)
    {
        var outcome = await FormSubmission.RunAsync(this, l, prefix, form, save);
        Error = outcome.Error;
        if (outcome.Done is { } done)
            return done;
        FailedId = id;
        Referrals = await queries.MineAsync(ct);
        return Page();
    }
}
