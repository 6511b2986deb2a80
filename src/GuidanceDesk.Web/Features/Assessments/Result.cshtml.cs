using Microsoft.AspNetCore.Mvc.RazorPages;

namespace GuidanceDesk.Web.Features.Assessments;

/// <summary>The scored result of one assessment, with every scale and facet, percentiles and response warnings.</summary>
public sealed class ResultModel(AssessmentQueries queries) : PageModel
{
    public AssessmentResultView Result { get; private set; } = null!;

    public async Task OnGetAsync(long id, CancellationToken ct) => Result = await queries.ResultAsync(id, ct);
}
