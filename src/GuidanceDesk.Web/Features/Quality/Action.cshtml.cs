using GuidanceDesk.Web.Features.Common;
using GuidanceDesk.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace GuidanceDesk.Web.Features.Quality;

/// <summary>
/// One corrective or preventive action: its source (linked), the owner's root cause, plan and implementation, the
/// verification by someone else, closure, and its history. Each step is a small form for whoever may take it now.
/// </summary>
public sealed class ActionModel(QualityQueries quality, CorrectiveActionHandlers actions, AgencyClock clock, IStringLocalizer<SharedResource> l) : PageModel
{
    [BindProperty(SupportsGet = true)] public long Id { get; set; }
    [BindProperty] public PlanActionRequest Plan { get; set; } = new();
    /// <summary>The implement and close forms (not "Note": the verify form has a Note field, and an unposted form binds without its prefix).</summary>
    [BindProperty] public ActionNoteRequest Step { get; set; } = new();
    [BindProperty] public VerifyActionRequest Verify { get; set; } = new();
    [BindProperty] public ReassignActionRequest Reassign { get; set; } = new();

    public ActionView Action { get; private set; } = null!;

    public IReadOnlyList<StaffChoice> Staff { get; private set; } = [];

    public PageError? Error { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        Plan.RootCause = Action.RootCause;
        Plan.PlannedAction = Action.PlannedAction;
        Verify.DueOn = clock.Today.AddDays(14);
        Reassign.OwnerStaffId = Action.OwnerStaffId;
        Reassign.DueOn = Action.DueOn < clock.Today ? clock.Today.AddDays(7) : Action.DueOn;
        return Page();
    }

    public Task<IActionResult> OnPostPlanAsync(CancellationToken ct) =>
        RunAsync(nameof(Plan), typeof(PlanActionRequest), () => actions.PlanAsync(Id, Plan, ct), "已保存原因分析和措施计划", ct);

    public Task<IActionResult> OnPostImplementAsync(CancellationToken ct) =>
        RunAsync(nameof(Step), typeof(ActionNoteRequest), () => actions.ImplementAsync(Id, Step, ct), "已记录实施情况，等待效果验证", ct);

    public Task<IActionResult> OnPostVerifyAsync(CancellationToken ct) =>
        RunAsync(nameof(Verify), typeof(VerifyActionRequest), () => actions.VerifyAsync(Id, Verify, ct),
            Verify.Effective == true ? "已验证有效，可以关闭" : "验证无效，已退回责任人", ct);

    public Task<IActionResult> OnPostCloseAsync(CancellationToken ct) =>
        RunAsync(nameof(Step), typeof(ActionNoteRequest), () => actions.CloseAsync(Id, Step, ct), "措施已关闭", ct);

    public Task<IActionResult> OnPostReassignAsync(CancellationToken ct) =>
        RunAsync(nameof(Reassign), typeof(ReassignActionRequest), () => actions.ReassignAsync(Id, Reassign, ct), "已调整责任人或期限", ct);

    private async Task<IActionResult> RunAsync(string prefix, Type form, Func<Task> step, string done, CancellationToken ct)
    {
        FormSubmission.OnlyValidate(this, prefix);
        var outcome = await FormSubmission.RunAsync(this, l, prefix, form, async () =>
        {
            await step();
            TempData["Message"] = l[done].Value;
            return Redirect($"/Quality/Action?id={Id}");
        });
        Error = outcome.Error;
        if (outcome.Done is { } result)
            return result;
        await LoadAsync(ct);
        return Page();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        Action = await quality.ActionAsync(Id, ct);
        if (Action.CanManage)
            Staff = await quality.StaffAsync(Action.ServiceUnitId, ct);
    }
}
