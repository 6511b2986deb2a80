using GuidanceDesk.Web.Domain;
using GuidanceDesk.Web.Features.Assessments;
using GuidanceDesk.Web.Features.Common;
using GuidanceDesk.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace GuidanceDesk.Web.Features.Portal;

/// <summary>
/// 职业测评 in the worker's portal (7.1.6, 7.1.7): the plans a counselor proposed, which the worker agrees to with the
/// assessment consent (or declines, with a reason); the inventories to take or resume; the reports once issued. Every
/// read goes through <see cref="AssessmentAccess"/>, so a worker only ever sees their own.
/// </summary>
[Authorize(Roles = Roles.Worker)]
public sealed class AssessmentsModel(AssessmentQueries queries, PlanHandlers plans, CurrentUser user, IStringLocalizer<SharedResource> l)
    : PageModel
{
    [BindProperty]
    public AgreePlanRequest Agree { get; set; } = new();

    [BindProperty]
    public ReasonRequest Cancel { get; set; } = new();

    /// <summary>Plans proposed to the worker and not yet agreed to, newest first.</summary>
    public List<PlanView> ToAgree { get; private set; } = [];

    /// <summary>The catalogue, for how many items and minutes each instrument takes.</summary>
    public Dictionary<long, InstrumentView> Instruments { get; private set; } = [];

    public List<AssessmentSummary> ToTake { get; private set; } = [];

    public List<AssessmentSummary> Done { get; private set; } = [];

    public List<ReportView> Reports { get; private set; } = [];

    public PageError? Error { get; private set; }

    /// <summary>The plan whose form was posted and refused: its errors are shown in its own card only.</summary>
    public long? FailedPlanId { get; private set; }

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public Task<IActionResult> OnPostAgreeAsync(long planId, CancellationToken ct)
    {
        // The request's own message is written for staff recording an agreement; the worker ticks the box themself.
        if (ModelState.TryGetValue("Agree.Consent", out var consent) && consent.Errors.Count > 0)
        {
            consent.Errors.Clear();
            ModelState.AddModelError("Agree.Consent", "请先勾选“我同意”，再确认");
        }
        FormSubmission.OnlyValidate(this, nameof(Agree));
        Agree.Channel = Channel.Online;
        return RunAsync(planId, nameof(Agree), typeof(AgreePlanRequest), async () =>
        {
            await plans.AgreeAsync(planId, Agree, ct);
            TempData["Message"] = l["您已同意测评方案，现在可以开始测评了"].Value;
            return RedirectToPage();
        }, ct);
    }

    public Task<IActionResult> OnPostCancelAsync(long planId, CancellationToken ct)
    {
        FormSubmission.OnlyValidate(this, nameof(Cancel));
        return RunAsync(planId, nameof(Cancel), typeof(ReasonRequest), async () =>
        {
            await plans.CancelAsync(planId, Cancel, ct);
            TempData["Message"] = l["您已谢绝这次测评，职业指导人员会看到您的原因"].Value;
            return RedirectToPage();
        }, ct);
    }

    /// <summary>Answered items as a whole percentage, for the progress text read out with the bar.</summary>
    public static int Percent(AssessmentSummary a) => a.ItemCount == 0 ? 0 : a.Answered * 100 / a.ItemCount;


    private async Task<IActionResult> RunAsync(long planId, string prefix, Type form, Func<Task<IActionResult>> save, CancellationToken ct)
    {
        var outcome = await FormSubmission.RunAsync(this, l, prefix, form, save);
        Error = outcome.Error;
        if (outcome.Done is { } done)
            return done;
        FailedPlanId = planId;
        await LoadAsync(ct);
        return Page();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        var mine = await queries.PlansAsync(null, false, 50, ct);
        foreach (var p in mine.Where(p => p.Status == AssessmentPlanStatus.Proposed))
            ToAgree.Add(await queries.PlanAsync(p.Id, ct));
        if (ToAgree.Count > 0)
            Instruments = (await queries.InstrumentsAsync(true, ct)).ToDictionary(i => i.Id);
        var assessments = await queries.MineAsync(ct);
        ToTake = [.. assessments.Where(a => a.Status is AssessmentStatus.NotStarted or AssessmentStatus.InProgress)];
        Done = [.. assessments.Where(a => a.Status == AssessmentStatus.Completed).OrderByDescending(a => a.CompletedAt)];
        if (user.WorkerId is { } workerId)
            Reports = await queries.ReportsAsync(workerId, ct);
    }
}
