using GuidanceDesk.Web.Features.Common;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace GuidanceDesk.Web.Features.Privacy;

/// <summary>
/// One request, handled by the unit's head or a manager: what the worker asked (the proposed value in full, beside the
/// record's current one; the read is audited), the history, and the next step — accept or refuse with a reason; then
/// apply the correction (through the registry's update) or, for a deletion, see when it can happen.
/// </summary>
public sealed class DetailsModel(RequestQueries queries, RequestHandlers handlers, IStringLocalizer<SharedResource> l) : PageModel
{
    [BindProperty(SupportsGet = true)] public long Id { get; set; }
    [BindProperty] public DataRequestStep Accept { get; set; } = new();
    [BindProperty] public RejectDataRequest Reject { get; set; } = new();
    [BindProperty] public CompleteDataRequest Complete { get; set; } = new();

    [BindNever] public DataRequestView Item { get; private set; } = null!;
    [BindNever] public PageError? Error { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        return Page();
    }

    public Task<IActionResult> OnPostAcceptAsync(CancellationToken ct) =>
        RunAsync(nameof(Accept), typeof(DataRequestStep), () => handlers.AcceptAsync(Id, Accept, ct), "已受理", ct);

    public Task<IActionResult> OnPostRejectAsync(CancellationToken ct) =>
        RunAsync(nameof(Reject), typeof(RejectDataRequest), () => handlers.RejectAsync(Id, Reject, ct), "已不予受理并告知理由", ct);

    public Task<IActionResult> OnPostCompleteAsync(CancellationToken ct) =>
        RunAsync(nameof(Complete), typeof(CompleteDataRequest), () => handlers.CompleteAsync(Id, Complete, ct), "已办结", ct);

    public string Shown(Domain.CorrectionField? field, string? value) => PrivacyPages.Shown(l, field, value);

    private async Task<IActionResult> RunAsync(string prefix, Type form, Func<Task> step, string done, CancellationToken ct)
    {
        FormSubmission.OnlyValidate(this, prefix);
        var outcome = await FormSubmission.RunAsync(this, l, prefix, form, async () =>
        {
            await step();
            TempData["Message"] = l[done].Value;
            return Redirect($"/Privacy/Details?id={Id}");
        });
        Error = outcome.Error;
        if (outcome.Done is { } result)
            return result;
        await LoadAsync(ct);
        return Page();
    }

    private async Task LoadAsync(CancellationToken ct) => Item = await queries.GetAsync(Id, ct);
}
