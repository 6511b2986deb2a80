using GuidanceDesk.Web.Domain;
using GuidanceDesk.Web.Features.Common;
using GuidanceDesk.Web.Infrastructure.Http;
using GuidanceDesk.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace GuidanceDesk.Web.Features.PolicyLibrary;

/// <summary>政策法规库 (4.3b–c): the documents in force and in preparation, filterable, with the 待复核 flag (7.1.1).</summary>
public sealed class IndexModel(PolicyQueries policies, PolicyAccess access, PolicyCalendar calendar, CurrentUser user) : PageModel
{
    public const int PageSize = 50;

    [BindProperty(SupportsGet = true)]
    public PolicyKind? Kind { get; set; }

    [BindProperty(SupportsGet = true)]
    public PolicyStatus? Status { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool Overdue { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Tag { get; set; }

    [BindProperty(SupportsGet = true, Name = "p")]
    public int P { get; set; } = 1;

    public PagedResult<PolicyListItem> Result { get; private set; } = new([], 1, PageSize, 0);

    public int OverdueCount { get; private set; }

    public bool CanManage => access.IsKeeper;

    public bool CanConsult => user.IsInRole(Roles.Counselor) || user.IsInRole(Roles.Manager) || user.IsInRole(Roles.Head);

    public int ReviewMonths => calendar.ReviewMonths;

    public long? MyUnitId => access.UnitId;

    public async Task OnGetAsync(CancellationToken ct)
    {
        Result = await policies.ListAsync(new PolicyFilter(Kind, Status, Overdue, Q, Tag, P, PageSize), ct);
        OverdueCount = Overdue ? Result.Total : await policies.CountOverdueAsync(ct);
    }

    public string Link(int page) => Query.Link("/Policies", ("Kind", Kind?.ToString()), ("Status", Status?.ToString()),
        ("Overdue", Overdue ? "true" : null), ("Q", Q), ("Tag", Tag), ("p", page > 1 ? Fmt.Id(page) : null));
}
