using GuidanceDesk.Web.Infrastructure.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace GuidanceDesk.Web.Features.Evaluation;

/// <summary>A sampled case, de-identified, with its guidance history (names, identity and phone numbers masked).</summary>
public sealed class CaseModel(EvaluationAccess access, EvaluationQueries queries) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public long CaseId { get; set; }

    public long Id { get; private set; }
    public SampledCase Case { get; private set; } = null!;

    public async Task OnGetAsync(long id, CancellationToken ct)
    {
        Id = id;
        var e = await access.OpenForEvaluatorAsync(id, ct);
        if (!e.SampleCaseIds.Contains(CaseId))
            throw new NotFoundException("该个案不在本次评价的样本中");
        Case = (await queries.SampleAsync(e, withHistory: true, ct)).Single(c => c.CaseId == CaseId);
    }
}
