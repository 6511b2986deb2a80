using GuidanceDesk.Web.Data;
using GuidanceDesk.Web.Features.Common;
using GuidanceDesk.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace GuidanceDesk.Web.Features.Risk;

/// <summary>
/// The unit's on-duty list for risk alerts (8.2): who is told at once and in which order an unacknowledged alert
/// escalates. Its staff read it; the head or a manager sets it. City-level staff pick the unit first.
/// </summary>
public sealed class RosterModel(AppDbContext db, CurrentUser user, RosterHandlers handlers, IAuthorizationService authorization,
    IStringLocalizer<SharedResource> l) : PageModel
{
    /// <summary>Blank rows offered below the list, to add people.</summary>
    public const int BlankRows = 2;

    [BindProperty(SupportsGet = true)]
    public long? UnitId { get; set; }

    [BindProperty]
    public DutyRosterRequest Input { get; set; } = new();

    public DutyRosterView? Roster { get; private set; }

    public bool CanEdit { get; private set; }

    public IReadOnlyList<SelectListItem> Staff { get; private set; } = [];

    public IReadOnlyList<SelectListItem> Units { get; private set; } = [];

    public PageError? Error { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct))
            return Page();
        Input = new DutyRosterRequest
        {
            Members = [.. Roster!.Members.Select(m => new DutyMemberRequest { StaffMemberId = m.StaffMemberId, Duty = m.Duty })],
            EscalationMinutes = Roster.EscalationMinutes,
            CrisisHotline = Roster.CrisisHotline,
            Version = Roster.Version,
        };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!await MayEditAsync())
            return Forbid();
        DropBlankRows();
        var outcome = await FormSubmission.RunAsync(this, l, nameof(Input), typeof(DutyRosterRequest), async () =>
        {
            await handlers.SaveAsync(UnitId, Input, ct);
            TempData["Message"] = l["值守名单已保存"].Value;
            return RedirectToPage(new { UnitId });
        });
        Error = outcome.Error;
        if (outcome.Done is { } done)
            return done;
        await LoadAsync(ct);
        return Page();
    }

    /// <summary>
    /// Rows without a person are not on the list (the blank rows offered, or a person taken off). The rows left move up,
    /// so the binder's entries of every row are forgotten: the list is shown again from the rows kept.
    /// </summary>
    private void DropBlankRows()
    {
        Input.Members.RemoveAll(m => m.StaffMemberId is null);
        var rows = $"{nameof(Input)}.{nameof(Input.Members)}[";
        foreach (var key in ModelState.Keys.Where(k => k.StartsWith(rows, StringComparison.Ordinal)).ToList())
            ModelState.Remove(key);
        if (Input.Members.Count == 0)
            ModelState.AddModelError($"{nameof(Input)}.{nameof(Input.Members)}", "值守名单至少要有一人");
        if (Input.Members.Exists(m => !Enum.IsDefined(m.Duty)))
            ModelState.AddModelError($"{nameof(Input)}.{nameof(Input.Members)}", "值守职责不正确");
    }

    /// <returns>False when a city-level user has not picked a unit yet.</returns>
    private async Task<bool> LoadAsync(CancellationToken ct)
    {
        CanEdit = await MayEditAsync();
        var unit = user.ServiceUnitId ?? UnitId;
        if (unit is null)
        {
            Units = await db.ServiceUnits.AsNoTracking().OrderBy(u => u.Id)
                .Select(u => new SelectListItem(u.Name, u.Id.ToString(System.Globalization.CultureInfo.InvariantCulture))).ToListAsync(ct);
            return false;
        }
        Roster = await handlers.GetAsync(unit, ct);
        var staff = await db.StaffMembers.AsNoTracking().Where(s => s.ServiceUnitId == unit && s.IsActive)
            .OrderByDescending(s => s.Position == Domain.StaffPosition.Head).ThenByDescending(s => s.Position == Domain.StaffPosition.Manager)
            .ThenBy(s => s.Name).Select(s => new { s.Id, s.Name, s.Position, HasAccount = s.UserId != null }).ToListAsync(ct);
        Staff = [.. staff.Select(s => new SelectListItem(
            $"{s.Name}（{l[Labels.Of(s.Position)].Value}{(s.HasAccount ? "" : "，" + l["无登录账号"].Value)}）",
            s.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)))];
        return true;
    }

    private async Task<bool> MayEditAsync() => (await authorization.AuthorizeAsync(User, Policies.RiskRoster)).Succeeded;
}
