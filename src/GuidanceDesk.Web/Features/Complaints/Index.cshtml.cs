using GuidanceDesk.Web.Domain;
using GuidanceDesk.Web.Features.Common;
using GuidanceDesk.Web.Infrastructure.Http;
using GuidanceDesk.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace GuidanceDesk.Web.Features.Complaints;

/// <summary>投诉 (9.1.1): the unit's complaints (a counselor's: those assigned to them), open first, overdue flagged.</summary>
public sealed class IndexModel(ComplaintQueries complaints, Units.UnitHandlers units, CurrentUser user) : PageModel
{
    [BindProperty(SupportsGet = true)] public ComplaintStatus? Status { get; set; }
    [BindProperty(SupportsGet = true)] public bool Overdue { get; set; }
    [BindProperty(SupportsGet = true)] public bool All { get; set; }
    [BindProperty(SupportsGet = true)] public long? UnitId { get; set; }
    [BindProperty(SupportsGet = true, Name = "p")] public int P { get; set; } = 1;

    public PagedResult<ComplaintListItem> Result { get; private set; } = new([], 1, 50, 0);

    public IReadOnlyList<(long Id, string Name)> Units { get; private set; } = [];

    public bool CityLevel => user.IsCityLevel;

    public async Task OnGetAsync(CancellationToken ct)
    {
        Result = await complaints.ListAsync(new ComplaintFilter(Status, Overdue, UnitId, !All && Status is null, P), ct);
        if (CityLevel)
            Units = [.. (await units.ListAsync(ct)).Select(u => (u.Id, u.Name))];
    }

    public string Link(int page) => Query.Link("/Complaints", ("Status", Status?.ToString()), ("Overdue", Overdue ? "true" : null),
        ("All", All ? "true" : null), ("UnitId", UnitId is { } u ? Fmt.Id(u) : null), ("p", page > 1 ? Fmt.Id(page) : null));
}
