using GuidanceDesk.Web.Features.Common;
using GuidanceDesk.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace GuidanceDesk.Web.Features.Quality;

/// <summary>One audit: scope, auditors, status; start it, record findings, complete it; raise an action from a finding.</summary>
public sealed class AuditModel(QualityQueries quality, AuditHandlers audits, CorrectiveActionHandlers actions, AgencyClock clock,
    IStringLocalizer<SharedResource> l) : PageModel
{
    [BindProperty(SupportsGet = true)] public long Id { get; set; }
    /// <summary>The finding whose "提出措施" was clicked: the raise form opens for it.</summary>
    [BindProperty(SupportsGet = true)] public int? Finding { get; set; }
    [BindProperty] public FindingRequest NewFinding { get; set; } = new();
    [BindProperty] public AuditNoteRequest Note { get; set; } = new();
    [BindProperty] public RaiseActionRequest Raise { get; set; } = new();

    public AuditView Audit { get; private set; } = null!;

    public IReadOnlyList<StaffChoice> Staff { get; private set; } = [];

    public DateOnly DefaultDue => clock.Today.AddDays(30);

    public PageError? Error { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        return Page();
    }

    public Task<IActionResult> OnPostStartAsync(CancellationToken ct) =>
        RunAsync(nameof(Note), typeof(AuditNoteRequest), () => audits.StartAsync(Id, Note, ct), "审核已开始", ct);

    public Task<IActionResult> OnPostFindingAsync(CancellationToken ct) =>
        RunAsync(nameof(NewFinding), typeof(FindingRequest), () => audits.AddFindingAsync(Id, NewFinding, ct), "已记录审核发现", ct);

    public Task<IActionResult> OnPostCompleteAsync(CancellationToken ct) =>
        RunAsync(nameof(Note), typeof(AuditNoteRequest), () => audits.CompleteAsync(Id, Note, ct), "审核已完成", ct);

    public async Task<IActionResult> OnPostRaiseAsync(CancellationToken ct)
    {
        long actionId = 0;
        var result = await RunAsync(nameof(Raise), typeof(RaiseActionRequest),
            async () => actionId = await actions.RaiseFromFindingAsync(Id, Finding ?? 0, Raise, ct), "已提出纠正预防措施", ct);
        return actionId > 0 ? Redirect($"/Quality/Action?id={actionId}") : result;
    }

    private async Task<IActionResult> RunAsync(string prefix, Type form, Func<Task> step, string done, CancellationToken ct)
    {
        FormSubmission.OnlyValidate(this, prefix);
        var outcome = await FormSubmission.RunAsync(this, l, prefix, form, async () =>
        {
            await step();
            TempData["Message"] = l[done].Value;
            return Redirect($"/Quality/Audit?id={Id}");
        });
        Error = outcome.Error;
        if (outcome.Done is { } result)
            return result;
        await LoadAsync(ct);
        return Page();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        Audit = await quality.AuditAsync(Id, ct);
        if (Audit.CanManage)
            Staff = await quality.StaffAsync(Audit.ServiceUnitId, ct);
    }
}
