using GuidanceDesk.Web.Domain;
using GuidanceDesk.Web.Features.Common;
using GuidanceDesk.Web.Infrastructure;
using GuidanceDesk.Web.Infrastructure.Http;
using GuidanceDesk.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace GuidanceDesk.Web.Features.Cases;

/// <summary>
/// The case page, the counselor's main screen: where the case stands (6.1 stages), what is missing for the next step,
/// goals, plan, follow-ups, checklist and the worker's whole timeline. Small commands post here; a refused command
/// shows its message and keeps what was typed.
/// </summary>
public sealed class DetailsModel(CaseQueries queries, CaseHandlers cases, GoalHandlers goals, PlanHandlers plans,
    CurrentUser user, AgencyClock clock, IStringLocalizer<SharedResource> l) : PageModel
{
    public CaseView Case { get; private set; } = null!;

    public PageError? Error { get; private set; }

    public DateOnly Today => clock.Today;

    public bool CanWork => user.IsInRole(Roles.Counselor) || user.IsInRole(Roles.Manager) || user.IsInRole(Roles.Head);

    /// <summary>What the user typed into the command that was refused, shown again.</summary>
    public MoveRequest Move { get; private set; } = new();

    public GoalForm Goal { get; private set; } = new();

    public ReviewForm Review { get; private set; } = new();

    public async Task<IActionResult> OnGetAsync(long id, CancellationToken ct) => await LoadAsync(id, ct) ? Page() : NotFound();

    public Task<IActionResult> OnPostMoveAsync(long id, [Bind(Prefix = "Move")] MoveRequest move, CancellationToken ct)
    {
        Move = move;
        return RunAsync(id, "Move", typeof(MoveRequest), () => cases.MoveAsync(id, move, ct), "个案已进入下一阶段", ct);
    }

    public Task<IActionResult> OnPostAddGoalAsync(long id, [Bind(Prefix = "Goal")] GoalForm goal, CancellationToken ct)
    {
        Goal = goal;
        return RunAsync(id, "Goal", typeof(GoalForm), () => goals.AddAsync(id, goal, ct), "已添加目标，请劳动者确认", ct);
    }

    public Task<IActionResult> OnPostConfirmGoalsAsync(long id, [Bind(Prefix = "Confirm")] ConfirmGoalsRequest confirm, CancellationToken ct) =>
        RunAsync(id, "Confirm", typeof(ConfirmGoalsRequest), () => goals.ConfirmAsync(id, confirm, ct), "已记录劳动者确认目标", ct);

    public Task<IActionResult> OnPostGoalStatusAsync(long id, int line, GoalStatus status, CancellationToken ct) =>
        RunAsync(id, "", typeof(object), () => goals.SetStatusAsync(id, line, status, ct), "目标状态已更新", ct);

    public Task<IActionResult> OnPostReviewAsync(long id, [Bind(Prefix = "Review")] ReviewForm review, CancellationToken ct)
    {
        Review = review;
        return RunAsync(id, "Review", typeof(ReviewForm), () => cases.RecordReviewAsync(id, review, ct), "已记录问题分析", ct);
    }

    public Task<IActionResult> OnPostChecklistAsync(long id, [Bind(Prefix = "Item")] ChecklistRequest item, CancellationToken ct) =>
        RunAsync(id, "Item", typeof(ChecklistRequest), () => cases.RecordChecklistAsync(id, item, ct), "已记录预防性指导", ct);

    public Task<IActionResult> OnPostReopenAsync(long id, [Bind(Prefix = "Reopen")] ReasonRequest reopen, CancellationToken ct) =>
        RunAsync(id, "Reopen", typeof(ReasonRequest), () => cases.ReopenAsync(id, reopen.Reason, ct), "个案已重新开启", ct);

    public Task<IActionResult> OnPostAgreeAsync(long id, long planId, [Bind(Prefix = "Agree")] AgreeRequest agree, CancellationToken ct) =>
        RunAsync(id, "Agree", typeof(AgreeRequest), () => plans.AgreeAsync(id, planId, agree, ct), "劳动者已同意，计划生效并已安排跟进", ct);

    public Task<IActionResult> OnPostAdjustActionAsync(long id, long planId, int line, [Bind(Prefix = "Adjust")] ActionAdjustRequest adjust, CancellationToken ct) =>
        RunAsync(id, "Adjust", typeof(ActionAdjustRequest), () => plans.AdjustActionAsync(id, planId, line, adjust, ct), "行动项已调整", ct);

    public Task<IActionResult> OnPostAddActionAsync(long id, long planId, [Bind(Prefix = "Action")] PlanActionForm action, CancellationToken ct) =>
        RunAsync(id, "Action", typeof(PlanActionForm), () => plans.AddActionAsync(id, planId, action, ct), "已添加行动项", ct);

    private async Task<IActionResult> RunAsync(long id, string prefix, Type formType, Func<Task> change, string done, CancellationToken ct)
    {
        if (!CanWork)
            return Forbid();
        var outcome = await FormSubmission.RunAsync(this, l, prefix, formType, async () =>
        {
            await change();
            TempData["Message"] = l[done].Value;
            return RedirectToPage(new { id });
        });
        Error = outcome.Error;
        if (outcome.Done is { } result)
            return result;
        // A stale write names no field; the case page has no form-level notice, so it says so at the top.
        if (Error is { Kind: PageErrorKind.Stale } e)
            TempData["Error"] = e.Message;
        return await LoadAsync(id, ct) ? Page() : NotFound();
    }

    private async Task<bool> LoadAsync(long id, CancellationToken ct)
    {
        try
        {
            Case = await queries.GetAsync(id, ct);
            if (Review.Analysis.Length == 0)
                Review.Analysis = Case.ReviewAnalysis ?? "";
            return true;
        }
        catch (NotFoundException)
        {
            return false;
        }
    }
}
