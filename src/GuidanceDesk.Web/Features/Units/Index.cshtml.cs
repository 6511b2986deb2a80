using GuidanceDesk.Web.Infrastructure;
using GuidanceDesk.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace GuidanceDesk.Web.Features.Units;

/// <summary>Service units in reach with their qualification and what 4.1 finds missing.</summary>
public sealed class IndexModel(UnitHandlers handlers, CurrentUser user, IAuthorizationService authorization, AgencyClock clock) : PageModel
{
    public IReadOnlyList<UnitView> Units { get; private set; } = [];

    /// <summary>Only the city-level administrator creates units (the handler enforces it too).</summary>
    public bool CanCreate { get; private set; }

    public DateOnly Today => clock.Today;

    public async Task OnGetAsync(CancellationToken ct)
    {
        Units = await handlers.ListAsync(ct);
        CanCreate = user.IsCityLevel && (await authorization.AuthorizeAsync(User, Policies.ManageUnits)).Succeeded;
    }
}
