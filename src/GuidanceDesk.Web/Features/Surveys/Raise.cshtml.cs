using GuidanceDesk.Web.Domain;
using GuidanceDesk.Web.Features.Common;
using GuidanceDesk.Web.Features.Quality;
using GuidanceDesk.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace GuidanceDesk.Web.Features.Surveys;

/// <summary>
/// Raises a corrective or preventive action from a low satisfaction driver (9.1.3): the driver's figures for the unit
/// and period, the actions already raised from it, and the form (managers and the head).
/// </summary>
public sealed class RaiseModel(SurveyActions actions, QualityQueries quality, AgencyClock clock, IStringLocalizer<SharedResource> l) : PageModel
{
    [BindProperty(SupportsGet = true)] public Latent Latent { get; set; }
    [BindProperty(SupportsGet = true)] public long? UnitId { get; set; }
    [BindProperty(SupportsGet = true)] public DateOnly? From { get; set; }
    [BindProperty(SupportsGet = true)] public DateOnly? To { get; set; }
    [BindProperty] public RaiseActionRequest Raise { get; set; } = new();

    public IndexReport Report { get; private set; } = null!;
    public LatentScore Driver { get; private set; } = null!;
    public bool Low { get; private set; }
    public IReadOnlyList<RaisedAction> Raised { get; private set; } = [];
    public RaiseForm? Fields { get; private set; }

    public string DashboardLink => $"/Surveys?UnitId={Report.Filter.UnitId}&From={Report.Filter.From:yyyy-MM-dd}&To={Report.Filter.To:yyyy-MM-dd}";

    public Task OnGetAsync(CancellationToken ct) => LoadAsync(ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        FormSubmission.OnlyValidate(this, nameof(Raise));
        var outcome = await FormSubmission.RunAsync(this, l, nameof(Raise), typeof(RaiseActionRequest), async () =>
        {
            var id = await actions.RaiseAsync(Latent, Filter(), Raise, ct);
            TempData["Message"] = l["已提出纠正预防措施"].Value;
            return Redirect($"/Quality/Action?id={id}");
        });
        if (outcome.Done is { } done)
            return done;
        await LoadAsync(ct);
        return Page();
    }

    private IndexFilter Filter() => new IndexQuery(From, To, null, null, UnitId, null, null, null, null, null, null).ToFilter(clock.Today);

    private async Task LoadAsync(CancellationToken ct)
    {
        (Report, Driver) = await actions.DriverAsync(Latent, Filter(), ct);
        Low = !Report.Overall.Suppressed && SurveyActions.IsLow(Report.Overall, Driver);
        Raised = [.. (await actions.RaisedAsync(Report.Filter.UnitId, Report.Filter.From, Report.Filter.To, ct))[Latent.ToString()]];
        if (Low)
            Fields = new RaiseForm(await quality.OwnersAsync(Report.Filter.UnitId, ct), SurveyActions.Problem(Driver), clock.Today.AddDays(30));
    }
}
