using GuidanceDesk.Web.Features.Quality.Conformance;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace GuidanceDesk.Web.Features.Evaluation;

/// <summary>The records behind one row of the report, for the evaluator: pseudonyms instead of people, no links to staff pages.</summary>
public sealed class RowModel(EvaluationAccess access, EvaluationQueries queries) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string Key { get; set; } = "";

    public long Id { get; private set; }
    public IConformanceRule Rule { get; private set; } = null!;
    public IReadOnlyList<DrillRow> Rows { get; private set; } = [];

    public async Task OnGetAsync(long id, CancellationToken ct)
    {
        Id = id;
        (Rule, Rows) = await queries.DrillAsync(await access.OpenForEvaluatorAsync(id, ct), Key, ct);
    }
}
