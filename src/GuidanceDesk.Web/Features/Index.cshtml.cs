using GuidanceDesk.Web.Features.Employers;
using GuidanceDesk.Web.Features.Staff;
using GuidanceDesk.Web.Features.Units;
using GuidanceDesk.Web.Features.Workers;
using GuidanceDesk.Web.Infrastructure;
using GuidanceDesk.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace GuidanceDesk.Web.Features;

/// <summary>
/// The home page: what each role needs to see first. Client desk staff get the quick search and their counts; the
/// head and managers also see what 4.1 and 4.6 ask that their unit does not yet meet.
/// </summary>
public sealed class IndexModel(WorkerQueries workers, EmployerHandlers employers, UnitHandlers units, StaffHandlers staff,
    CurrentUser user, AgencyClock clock, IOptions<GuidanceDeskOptions> options) : PageModel
{
    public bool ClientDesk => user.CanReadClients;

    public bool Oversight => user.IsInRole(Roles.Head) || user.IsInRole(Roles.Manager);

    public bool CanManageStaff => Oversight || user.IsInRole(Roles.Admin);

    public int UnitWorkers { get; private set; }

    public int? MyWorkers { get; private set; }

    public long? MyStaffId => user.StaffMemberId;

    public int EmployerCount { get; private set; }

    public IReadOnlyList<UnitView> UnitsWithWarnings { get; private set; } = [];

    public IReadOnlyList<StaffListItem> StaffGaps { get; private set; } = [];

    public decimal TrainingMinimum => options.Value.TrainingHoursPerYear;

    public DateOnly Today => clock.Today;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        // A worker's home is the portal: what waits for them is there, not on the staff home page.
        if (user.IsInRole(Roles.Worker))
            return RedirectToPage("/Portal/Index");
        if (ClientDesk)
        {
            UnitWorkers = await workers.CountAsync(null, ct);
            if (user.StaffMemberId is { } me)
                MyWorkers = await workers.CountAsync(me, ct);
            EmployerCount = await employers.CountAsync(ct);
        }
        if (Oversight)
        {
            UnitsWithWarnings = [.. (await units.ListAsync(ct)).Where(u => u.Warnings.Count > 0)];
            StaffGaps = [.. (await staff.ListAsync(null, false, ct)).Where(s => !s.MeetsClause461 || !s.MeetsTrainingMinimum)];
        }
        return Page();
    }
}
