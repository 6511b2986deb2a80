using Microsoft.AspNetCore.Mvc.RazorPages;

namespace GuidanceDesk.Web.Features.Assessments;

/// <summary>The instrument catalogue (4.3d): what each measures, items, source, translation, norm group, version.</summary>
public sealed class InstrumentsModel(AssessmentQueries queries) : PageModel
{
    public IReadOnlyList<InstrumentDetailView> Instruments { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => Instruments = await queries.InstrumentDetailsAsync(true, ct);
}
