using GuidanceDesk.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace GuidanceDesk.Web.Features.Training;

/// <summary>培训机构名录 (7.1.5): who may be recommended today, and whose qualification needs renewing.</summary>
public sealed class IndexModel(TrainingQueries training, TrainingStanding standing, CurrentUser user) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? District { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Occupation { get; set; }

    /// <summary>"yes": recommendable only; "no": the others only.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Standing { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool Alert { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool All { get; set; }

    public IReadOnlyList<ProviderListItem> Providers { get; private set; } = [];

    public bool CanManage => user.IsInRole(Roles.Manager) || user.IsInRole(Roles.Head) || user.IsInRole(Roles.Admin);

    public int WarnDays => standing.WarnDays;

    public async Task OnGetAsync(CancellationToken ct)
    {
        bool? recommendable = Standing switch { "yes" => true, "no" => false, _ => null };
        Providers = await training.ProvidersAsync(new ProviderFilter(District, Occupation, recommendable, Alert, Q, All && CanManage), ct);
    }
}
