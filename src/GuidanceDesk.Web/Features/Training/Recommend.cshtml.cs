using GuidanceDesk.Web.Domain;
using GuidanceDesk.Web.Features.Common;
using GuidanceDesk.Web.Infrastructure.Http;
using GuidanceDesk.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace GuidanceDesk.Web.Features.Training;

/// <summary>
/// 推荐培训 (5.1d) from a case: the courses that may be recommended today, filterable by occupation, with the ones that
/// may not shown greyed with the reason (7.1.5). Recommending records a training-guidance record on the case.
/// </summary>
[Authorize(Policy = Policies.CaseWork)]
public sealed class RecommendModel(RecommendationHandlers recommendations, TrainingQueries training, IStringLocalizer<SharedResource> l)
    : PageModel
{
    [BindProperty(SupportsGet = true)]
    public long CaseId { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Occupation { get; set; }

    [BindProperty(SupportsGet = true)]
    public SkillLevel? Level { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool Subsidy { get; set; }

    [BindProperty]
    public RecommendRequest Input { get; set; } = new();

    public RecommendContext Case { get; private set; } = null!;

    public IReadOnlyList<CourseView> Courses { get; private set; } = [];

    public IReadOnlyList<RecommendationView> Made { get; private set; } = [];

    public PageError? Error { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await LoadAsync(ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var outcome = await FormSubmission.RunAsync(this, l, nameof(Input), typeof(RecommendRequest), async () =>
        {
            await recommendations.RecommendAsync(CaseId, Input, ct);
            TempData["Message"] = l["已推荐培训课程，并记入个案的服务记录"].Value;
            return Redirect($"/Cases/Details/{CaseId}");
        });
        Error = outcome.Error;
        if (outcome.Done is { } done)
            return done;
        return await LoadAsync(ct) ? Page() : NotFound();
    }

    private async Task<bool> LoadAsync(CancellationToken ct)
    {
        try
        {
            Case = await recommendations.ContextAsync(CaseId, ct);
        }
        catch (NotFoundException)
        {
            return false;
        }
        var courses = await training.CoursesAsync(new CourseFilter(Occupation: Occupation, Level: Level, Subsidy: Subsidy ? true : null), ct);
        // What can be recommended first; the others stay visible, greyed, so that the counselor can tell the worker why.
        Courses = [.. courses.OrderBy(c => c.Recommendable ? 0 : 1).ThenBy(c => c.StartsOn)];
        Made = await recommendations.ForCaseAsync(CaseId, ct);
        return true;
    }
}
