using GuidanceDesk.Web.Features.Cases;
using GuidanceDesk.Web.Features.Common;
using GuidanceDesk.Web.Infrastructure.Http;
using GuidanceDesk.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace GuidanceDesk.Web.Features.Portal;

/// <summary>
/// 我的职业指导 (6.1.7, online guidance along 6.1.1–6.1.6): the worker confirms the proposed goals (6.1.2), agrees to the
/// drafted plan (6.1.4), answers a follow-up check-in (6.1.5) and sees the services received. The handlers record the
/// worker's own confirmation as online; the case is always the signed-in worker's own (PortalQueries).
/// </summary>
[Authorize(Roles = Roles.Worker)]
public sealed class GuidanceModel(PortalQueries portal, CaseQueries cases, GoalHandlers goals, PlanHandlers plans,
    FollowUpHandlers followUps, IStringLocalizer<SharedResource> l) : PageModel
{
    public const int TimelineShown = 12;

    [BindProperty]
    public CheckInRequest CheckIn { get; set; } = new();

    public CaseView? Case { get; private set; }

    public FollowUpView? DueFollowUp { get; private set; }

    public PageError? Error { get; private set; }

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    /// <param name="lines">The goals the page showed: the worker confirms those, not one a counselor added since.</param>
    public async Task<IActionResult> OnPostConfirmGoalsAsync(int[] lines, CancellationToken ct)
    {
        if (await portal.CaseAsync(ct) is not { } c)
            return NotFound();
        return await PortalActions.RunAsync(this, l, async () =>
        {
            var waiting = await portal.GoalsToConfirmAsync(c.Id, ct);
            if (!waiting.SequenceEqual(lines.Order()))
                throw new ConflictException("内容刚刚有更新，请重新看一遍再确认");
            await goals.ConfirmAsync(c.Id, new ConfirmGoalsRequest(), ct);
        }, "您已确认指导目标");
    }

    /// <param name="version">The plan as the worker read it; a draft revised since is not agreed to (409, read it again).</param>
    public async Task<IActionResult> OnPostAgreeAsync(long planId, int version, CancellationToken ct)
    {
        if (await portal.CaseAsync(ct) is not { } c)
            return NotFound();
        return await PortalActions.RunAsync(this, l,
            () => plans.AgreeAsync(c.Id, planId, new AgreeRequest { Version = version }, ct), "您已同意就业计划，计划开始执行");
    }

    public async Task<IActionResult> OnPostCheckInAsync(long followUpId, CancellationToken ct)
    {
        if (await portal.CaseAsync(ct) is not { } c)
            return NotFound();
        var outcome = await FormSubmission.RunAsync(this, l, "CheckIn", typeof(CheckInRequest), async () =>
        {
            await followUps.CheckInAsync(c.Id, followUpId, CheckIn, ct);
            TempData["Message"] = l["谢谢！您的近况已经告诉职业指导人员"].Value;
            return RedirectToPage();
        });
        Error = outcome.Error;
        if (outcome.Done is { } done)
            return done;
        await LoadAsync(ct);
        return Page();
    }

    /// <summary>Services the worker received, newest first: records, follow-ups, check-ins, plans that started.</summary>
    public IEnumerable<(TimelineEntry Entry, string Label)> Services() =>
        Case is null ? [] : Case.Timeline.Select(e => (e, PortalTexts.Service(e)))
            .Where(x => x.Item2 is not null).Take(TimelineShown).Select(x => (x.e, x.Item2!));

    private async Task LoadAsync(CancellationToken ct)
    {
        if (await portal.CaseAsync(ct) is not { } c)
            return;
        Case = await cases.GetAsync(c.Id, ct);
        DueFollowUp = portal.CheckInDue(Case);
    }
}
