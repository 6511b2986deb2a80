using GuidanceDesk.Web.Domain;
using GuidanceDesk.Web.Features.Common;
using GuidanceDesk.Web.Infrastructure;
using GuidanceDesk.Web.Infrastructure.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace GuidanceDesk.Web.Features.GroupSessions;

/// <summary>团体指导 (7.1.2): the unit's group sessions by date, each with its materials deadline and where the materials stand.</summary>
public sealed class IndexModel(GroupSessionQueries queries, AgencyClock clock) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public DateOnly? From { get; set; }

    [BindProperty(SupportsGet = true)]
    public GroupSessionStatus? Status { get; set; }

    [BindProperty(SupportsGet = true)]
    public MaterialsState? Materials { get; set; }

    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    public PagedResult<GroupSessionLine> Result { get; private set; } = null!;

    public Pager Pager => new(Result.Page, Result.PageCount, Result.Total, n => Query.Link("/GroupSessions",
        ("From", From?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)), ("Status", Status?.ToString()),
        ("Materials", Materials?.ToString()), ("p", n.ToString(System.Globalization.CultureInfo.InvariantCulture))));

    public async Task OnGetAsync(CancellationToken ct)
    {
        // By default the sessions from a week ago on; a late-materials filter looks at all dates.
        From ??= Materials == MaterialsState.Late ? null : clock.Today.AddDays(-7);
        Result = await queries.ListAsync(new GroupSessionFilter(From, null, Status, Materials, PageNumber, 50), ct);
    }
}
