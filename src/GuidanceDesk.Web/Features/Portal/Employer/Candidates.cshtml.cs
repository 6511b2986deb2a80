using GuidanceDesk.Web.Data;
using GuidanceDesk.Web.Domain;
using GuidanceDesk.Web.Features.Common;
using GuidanceDesk.Web.Features.Placements;
using GuidanceDesk.Web.Infrastructure;
using GuidanceDesk.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace GuidanceDesk.Web.Features.Portal.Employer;

/// <summary>One person the agency referred to the employer, as the employer may see them: no ID number, phone or address.</summary>
public sealed record ReferredCandidate(long PlacementId, string Name, int Age, Education Education, string VacancyTitle,
    PlacementStatus Status, DateTimeOffset? ReferredAt, string? RejectionReason, int Version);

/// <summary>
/// 推荐的候选人: the people the agency referred to this employer (7.1.4) and where each stands; the employer records
/// the interview, the hire (which counts on the vacancy) or the rejection with its reason, as the reply slip would.
/// </summary>
[Authorize(Roles = Roles.Employer)]
public sealed class CandidatesModel(AppDbContext db, PlacementAccess access, OutcomeHandler outcomes, AgencyClock clock,
    IStringLocalizer<SharedResource> l) : PageModel
{
    [BindProperty]
    public PlacementOutcomeRequest Input { get; set; } = new();

    public IReadOnlyList<ReferredCandidate> Items { get; private set; } = [];

    public PageError? Error { get; private set; }

    public long? FailedId { get; private set; }

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostAsync(long placementId, CancellationToken ct)
    {
        var outcome = await FormSubmission.RunAsync(this, l, nameof(Input), typeof(PlacementOutcomeRequest), async () =>
        {
            await outcomes.RecordAsync(placementId, Input, ct);
            TempData["Message"] = l["已记录推荐结果"].Value;
            return Redirect("/Portal/Employer/Candidates");
        });
        Error = outcome.Error;
        if (outcome.Done is { } done)
            return done;
        FailedId = placementId;
        await LoadAsync(ct);
        return Page();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        var today = clock.Today;
        var rows = await access.Scope(db.Placements).AsNoTracking().OrderByDescending(p => p.UpdatedAt).Take(100)
            .Select(p => new
            {
                p.Id, W = db.Workers.Where(w => w.Id == p.WorkerId).Select(w => new { w.Name, w.DateOfBirth, w.Education }).First(),
                Title = db.Vacancies.Where(v => v.Id == p.VacancyId).Select(v => v.Title).First(),
                p.Status, p.ReferredAt, p.RejectionReason, p.Version,
            }).ToListAsync(ct);
        Items = rows.Select(r => new ReferredCandidate(r.Id, r.W.Name, Domain.Worker.AgeAt(r.W.DateOfBirth, today), r.W.Education, r.Title,
            r.Status, r.ReferredAt, r.RejectionReason, r.Version)).ToList();
    }
}
