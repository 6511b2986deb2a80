using GuidanceDesk.Web.Features.Quality;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace GuidanceDesk.Web.Features.PublicService;

/// <summary>
/// 服务公示 (9.1.1): the service content, basis, process and requirements, the units' addresses and hours, and the
/// complaint channels — for anyone, on a phone or the hall's kiosks, without signing in.
/// </summary>
[ResponseCache(Duration = 0, NoStore = true)]
public sealed class ServiceModel(DisclosureHandlers disclosures) : PageModel
{
    public IReadOnlyList<PublicUnit> Units { get; private set; } = [];

    /// <summary>The agency-wide text (what to bring, commitments, channels); units may differ only in their hours.</summary>
    public DisclosureView Agency { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken ct)
    {
        Units = await disclosures.PublicAsync(ct);
        Agency = await disclosures.ForAsync(null, ct);
    }
}
