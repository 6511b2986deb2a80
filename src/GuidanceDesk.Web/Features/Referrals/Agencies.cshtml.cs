using GuidanceDesk.Web.Domain;
using GuidanceDesk.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace GuidanceDesk.Web.Features.Referrals;

/// <summary>外部机构名录: where a case can be referred outside the employment service (8.1.1), with contacts.</summary>
public sealed class AgenciesModel(AgencyHandlers agencies, CurrentUser user) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public AgencyKind? Kind { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    public IReadOnlyList<AgencyView> Agencies { get; private set; } = [];

    public bool CanManage => user.IsInRole(Roles.Manager) || user.IsInRole(Roles.Head);

    public async Task OnGetAsync(CancellationToken ct) => Agencies = await agencies.ListAsync(Kind, Q, CanManage, ct);
}
