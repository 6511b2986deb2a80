using GuidanceDesk.Web.Features.Common;
using GuidanceDesk.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace GuidanceDesk.Web.Features.Market;

/// <summary>人力资源市场供求 (5.1a, 6.2.1): a group and district over a quarter or dates, with the trend and breakdowns.</summary>
public sealed class IndexModel(SupplyDemandQueries queries, AgencyClock clock, IStringLocalizer<SharedResource> l) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? Quarter { get; set; }
    [BindProperty(SupportsGet = true)] public DateOnly? From { get; set; }
    [BindProperty(SupportsGet = true)] public DateOnly? To { get; set; }
    [BindProperty(SupportsGet = true)] public string? Code { get; set; }
    [BindProperty(SupportsGet = true)] public string? District { get; set; }

    public SupplyDemandView? View { get; private set; }

    public PageError? Error { get; private set; }

    /// <summary>This quarter and the seven before it, for the picker.</summary>
    public IReadOnlyList<Domain.Quarter> Quarters { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        var current = Domain.Quarter.Of(clock.Today);
        Quarters = [.. Enumerable.Range(0, 8).Select(i => Enumerable.Range(0, i).Aggregate(current, (q, _) => q.Previous))];
        if (From is null && To is null && string.IsNullOrWhiteSpace(Quarter))
            Quarter = current.ToString();
        var outcome = await FormSubmission.RunAsync(this, l, "", typeof(SupplyDemandRequest), async () =>
        {
            View = await queries.GetAsync(new SupplyDemandRequest(From is null && To is null ? Quarter : null, From, To, Code, District), ct);
            return Page();
        });
        Error = outcome.Error;
    }

    public string ExportLink(string ext) => $"/api/v1/market/supply-demand/report.{ext}?quarter={Uri.EscapeDataString(View?.Quarter ?? Quarter ?? "")}";
}
