using GuidanceDesk.Web.Features.Common;
using GuidanceDesk.Web.Features.Quality;
using GuidanceDesk.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace GuidanceDesk.Web.Features.Complaints;

/// <summary>
/// One complaint: what was said, by whom (the phone in full for calling back; the read is audited), the history, and
/// the step each person may take now — the manager assigns and closes, the handler investigates and replies, the
/// manager raises a corrective action in one click.
/// </summary>
public sealed class DetailsModel(ComplaintQueries queries, ComplaintWorkflow workflow, CorrectiveActionHandlers actions, QualityQueries quality,
    AgencyClock clock, IStringLocalizer<SharedResource> l) : PageModel
{
    [BindProperty(SupportsGet = true)] public long Id { get; set; }
    [BindProperty] public AssignComplaintRequest Assign { get; set; } = new();
    [BindProperty] public ComplaintNoteRequest Note { get; set; } = new();
    [BindProperty] public ComplaintReplyRequest Answer { get; set; } = new();
    [BindProperty] public RaiseActionRequest Raise { get; set; } = new();

    public ComplaintView Complaint { get; private set; } = null!;

    public IReadOnlyList<StaffChoice> Staff { get; private set; } = [];

    public PageError? Error { get; private set; }

    public string? Failed { get; private set; }

    /// <summary>A month from today: the usual time to analyse, act and see the effect.</summary>
    public DateOnly DefaultDue => clock.Today.AddDays(30);

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        Answer.Investigation = Complaint.Investigation;
        return Page();
    }

    public Task<IActionResult> OnPostAssignAsync(CancellationToken ct) =>
        RunAsync(nameof(Assign), typeof(AssignComplaintRequest), () => workflow.AssignAsync(Id, Assign, ct), "已分派办理人", ct);

    public Task<IActionResult> OnPostInvestigateAsync(CancellationToken ct) =>
        RunAsync(nameof(Note), typeof(ComplaintNoteRequest), () => workflow.InvestigateAsync(Id, Note, ct), "已记录调查情况", ct);

    public Task<IActionResult> OnPostReplyAsync(CancellationToken ct) =>
        RunAsync(nameof(Answer), typeof(ComplaintReplyRequest), () => workflow.ReplyAsync(Id, Answer, ct), "已答复投诉人", ct);

    public Task<IActionResult> OnPostCloseAsync(CancellationToken ct) =>
        RunAsync(nameof(Note), typeof(ComplaintNoteRequest), () => workflow.CloseAsync(Id, Note, ct), "投诉已办结", ct);

    public async Task<IActionResult> OnPostRaiseAsync(CancellationToken ct)
    {
        long actionId = 0;
        var result = await RunAsync(nameof(Raise), typeof(RaiseActionRequest), async () => actionId = await actions.RaiseFromComplaintAsync(Id, Raise, ct),
            "已提出纠正预防措施", ct);
        return actionId > 0 ? Redirect($"/Quality/Action?id={actionId}") : result;
    }

    private async Task<IActionResult> RunAsync(string prefix, Type form, Func<Task> step, string done, CancellationToken ct)
    {
        FormSubmission.OnlyValidate(this, prefix);
        var outcome = await FormSubmission.RunAsync(this, l, prefix, form, async () =>
        {
            await step();
            TempData["Message"] = l[done].Value;
            return Redirect($"/Complaints/Details?id={Id}");
        });
        Error = outcome.Error;
        if (outcome.Done is { } result)
            return result;
        Failed = prefix;
        await LoadAsync(ct);
        return Page();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        Complaint = await queries.GetAsync(Id, ct);
        if (Complaint.CanManage)
            Staff = await quality.StaffAsync(Complaint.ServiceUnitId, ct);
    }
}
