using GuidanceDesk.Web.Data;
using GuidanceDesk.Web.Domain;
using GuidanceDesk.Web.Features.Cases;
using GuidanceDesk.Web.Features.Common;
using GuidanceDesk.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace GuidanceDesk.Web.Features.Referrals;

/// <summary>
/// 发起个案转介 (8.1.1–8.1.3): why, to whom (a counselor of any unit, or an outside agency) and the referral form, which
/// starts from what the case already holds (the intake and the guidance records) so the counselor edits rather than types.
/// </summary>
public sealed class CreateModel(AppDbContext db, CurrentUser user, CaseQueries cases, ReferralHandlers handlers, AgencyHandlers agencies,
    IStringLocalizer<SharedResource> l) : PageModel
{
    [BindProperty]
    public CreateReferralRequest Input { get; set; } = new();

    public CaseView Case { get; private set; } = null!;

    public IReadOnlyList<(string Unit, long Id, string Name)> Counselors { get; private set; } = [];

    public IReadOnlyList<AgencyView> Agencies { get; private set; } = [];

    public PageError? Error { get; private set; }

    public async Task<IActionResult> OnGetAsync(long caseId, CancellationToken ct)
    {
        Input.CaseId = caseId;
        Input.Target = ReferralTarget.Counselor;
        if (!await LoadAsync(ct))
            return NotFound();
        Input.Form.WorkerSituation = Case.Intake?.Situation;
        var records = await db.GuidanceRecords.AsNoTracking().Where(r => r.CaseId == caseId).OrderBy(r => r.OccurredAt)
            .Select(r => new { r.OccurredAt, r.Kind, r.Content }).Take(30).ToListAsync(ct);
        if (records.Count > 0)
            Input.Form.GuidanceSoFar = string.Join('\n', records.Select(r =>
                $"{Fmt.Date(r.OccurredAt)} {l[CaseTimeline.KindName(r.Kind)]}：{(r.Content.Length > 60 ? r.Content[..60] + "…" : r.Content)}"));
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var outcome = await FormSubmission.RunAsync(this, l, nameof(Input), typeof(CreateReferralRequest), async () =>
        {
            var id = await handlers.CreateAsync(Input, ct);
            TempData["Message"] = l["转介表已保存。请向劳动者说明转介原因并取得其同意后发出（8.1.2）。"].Value;
            return Redirect($"/Referrals/Details/{id}");
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
            Case = await cases.GetAsync(Input.CaseId ?? 0, ct);
        }
        catch (Infrastructure.Http.NotFoundException)
        {
            return false;
        }
        var me = user.StaffMemberId;
        var staff = await db.StaffMembers.AsNoTracking()
            .Where(s => s.IsActive && s.UserId != null && s.Id != me && (s.Position == StaffPosition.Counselor || s.Position == StaffPosition.Manager))
            .Join(db.ServiceUnits, s => s.ServiceUnitId, u => u.Id, (s, u) => new { s.Id, s.Name, Unit = u.Name, UnitId = u.Id })
            .OrderBy(s => s.UnitId != user.ServiceUnitId).ThenBy(s => s.Unit).ThenBy(s => s.Name).Take(500).ToListAsync(ct);
        Counselors = [.. staff.Select(s => (s.Unit, s.Id, s.Name))];
        Agencies = await agencies.ListAsync(null, null, false, ct);
        return true;
    }
}
