using GuidanceDesk.Web.Features.Common;
using GuidanceDesk.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace GuidanceDesk.Web.Features.Risk;

/// <summary>
/// One risk alert (8.2): what was observed, who was told and each escalation, the crisis hotline and the immediate steps
/// while it is open; acknowledging it, recording what was done, and closing it (a manager or head, not the one who
/// raised it). Each form carries the version the user saw; a refused command keeps what was typed.
/// </summary>
public sealed class DetailsModel(RiskQueries queries, RiskHandlers handlers, AgencyClock clock, IStringLocalizer<SharedResource> l) : PageModel
{
    public RiskAlertView Alert { get; private set; } = null!;

    /// <summary>Just raised by this user: the hotline and the steps come first.</summary>
    [BindProperty(SupportsGet = true)]
    public bool Raised { get; set; }

    public AcknowledgeRequest Ack { get; private set; } = new();

    public RiskActionRequest Measure { get; private set; } = new();

    public CloseAlertRequest Closing { get; private set; } = new();

    public PageError? Error { get; private set; }

    public async Task<IActionResult> OnGetAsync(long id, CancellationToken ct)
    {
        await LoadAsync(id, ct);
        return Page();
    }

    public Task<IActionResult> OnPostAcknowledgeAsync(long id, [Bind(Prefix = "Ack")] AcknowledgeRequest ack, CancellationToken ct)
    {
        Ack = ack;
        // No version check: an escalation between loading the page and the click must not turn the acknowledgement
        // away — the alert is still open, and taking charge of it is exactly what the escalation asks for.
        return RunAsync(id, "Ack", typeof(AcknowledgeRequest), () => handlers.AcknowledgeAsync(id, null, ct),
            "您已确认接手，预警停止升级。请按下方步骤处置，并记录采取的措施。", ct);
    }

    public Task<IActionResult> OnPostMeasureAsync(long id, [Bind(Prefix = "Measure")] RiskActionRequest measure, CancellationToken ct)
    {
        Measure = measure;
        return RunAsync(id, "Measure", typeof(RiskActionRequest), () => handlers.RecordActionAsync(id, measure, ct), "已记录采取的措施", ct);
    }

    public Task<IActionResult> OnPostCloseAsync(long id, [Bind(Prefix = "Closing")] CloseAlertRequest closing, CancellationToken ct)
    {
        Closing = closing;
        return RunAsync(id, "Closing", typeof(CloseAlertRequest), () => handlers.CloseAsync(id, closing, ct), "风险预警已关闭", ct);
    }

    private async Task<IActionResult> RunAsync(long id, string prefix, Type form, Func<Task> save, string done, CancellationToken ct)
    {
        var outcome = await FormSubmission.RunAsync(this, l, prefix, form, async () =>
        {
            await save();
            TempData["Message"] = l[done].Value;
            return Redirect($"/Risk/Details/{Fmt.Id(id)}");
        });
        Error = outcome.Error;
        if (outcome.Done is { } result)
            return result;
        await LoadAsync(id, ct);
        return Page();
    }

    /// <summary>The alert as it is now; the forms not posted get its current version and their defaults.</summary>
    private async Task LoadAsync(long id, CancellationToken ct)
    {
        Alert = await queries.GetAsync(id, ct);
        Ack.Version ??= Alert.Version;
        Measure.Version ??= Alert.Version;
        Closing.Version ??= Alert.Version;
        if (Measure.ContactedAt is null)
        {
            var now = clock.Now.DateTime;
            Measure.ContactedAt = now.Date.AddHours(now.Hour).AddMinutes(now.Minute);
        }
    }
}
