using GuidanceDesk.Web.Domain;
using GuidanceDesk.Web.Features.Common;
using GuidanceDesk.Web.Infrastructure.Http;
using GuidanceDesk.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace GuidanceDesk.Web.Features.Privacy;

/// <summary>个人信息请求 (4.6.2b): the unit's correction and deletion requests for its head and managers, open first by due day.</summary>
public sealed class IndexModel(RequestQueries queries, Units.UnitHandlers units, CurrentUser user) : PageModel
{
    [BindProperty(SupportsGet = true)] public DataRequestStatus? Status { get; set; }
    [BindProperty(SupportsGet = true)] public bool Overdue { get; set; }
    [BindProperty(SupportsGet = true)] public bool All { get; set; }
    [BindProperty(SupportsGet = true)] public long? UnitId { get; set; }
    [BindProperty(SupportsGet = true, Name = "p")] public int P { get; set; } = 1;

    [BindNever] public PagedResult<DataRequestListItem> Result { get; private set; } = new([], 1, 50, 0);

    [BindNever] public IReadOnlyList<(long Id, string Name)> Units { get; private set; } = [];

    public bool CityLevel => user.IsCityLevel;

    public async Task OnGetAsync(CancellationToken ct)
    {
        Result = await queries.ListAsync(new DataRequestFilter(Status, !All && Status is null, Overdue, UnitId, P), ct);
        if (CityLevel)
            Units = [.. (await units.ListAsync(ct)).Select(u => (u.Id, u.Name))];
    }

    public string Link(int page) => Query.Link("/Privacy", ("Status", Status?.ToString()), ("Overdue", Overdue ? "true" : null),
        ("All", All ? "true" : null), ("UnitId", UnitId is { } u ? Fmt.Id(u) : null), ("p", page > 1 ? Fmt.Id(page) : null));
}
