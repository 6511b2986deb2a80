using GuidanceDesk.Web.Features.Units;
using GuidanceDesk.Web.Infrastructure;
using GuidanceDesk.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace GuidanceDesk.Web.Features.Staff;

/// <summary>Staff in reach with the 4.6.1 check and this year's training hours against the minimum (4.6.2c).</summary>
public sealed class IndexModel(StaffHandlers handlers, UnitHandlers units, IAuthorizationService authorization,
    IOptions<GuidanceDeskOptions> options) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public long? UnitId { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool Inactive { get; set; }

    public IReadOnlyList<StaffListItem> Staff { get; private set; } = [];

    public IReadOnlyDictionary<long, string> UnitNames { get; private set; } = new Dictionary<long, string>();

    public decimal Minimum => options.Value.TrainingHoursPerYear;

    public bool CanManage { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        Staff = await handlers.ListAsync(UnitId, Inactive, ct);
        UnitNames = (await units.ListAsync(ct)).ToDictionary(u => u.Id, u => u.Name);
        CanManage = (await authorization.AuthorizeAsync(User, Policies.ManageStaff)).Succeeded;
    }
}
