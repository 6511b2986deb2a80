using GuidanceDesk.Web.Domain;
using GuidanceDesk.Web.Features.Common;
using GuidanceDesk.Web.Features.Staff;
using GuidanceDesk.Web.Infrastructure.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.Extensions.Localization;

namespace GuidanceDesk.Web.Features.Workers;

/// <summary>
/// Finding a worker: by full ID or phone number (exact, through the keyed hash), name prefix, district, special group or
/// counselor. A GET form, so that a result list can be bookmarked and the back button works.
/// </summary>
public sealed class IndexModel(WorkerQueries queries, StaffHandlers staff, IStringLocalizer<SharedResource> l) : PageModel
{
    public const int PageSize = 20;

    [BindProperty(SupportsGet = true)]
    public string? IdNumber { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Phone { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Name { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? District { get; set; }

    [BindProperty(SupportsGet = true)]
    public SpecialGroups? Group { get; set; }

    [BindProperty(SupportsGet = true)]
    public long? CounselorId { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Sort { get; set; }

    /// <summary>The page number; not "page", which Razor Pages reserves for routing.</summary>
    [BindProperty(SupportsGet = true, Name = "p")]
    public int P { get; set; } = 1;

    /// <summary>The home page's quick search box sends one term: an ID number, a phone number or a name.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    public PagedResult<WorkerListItem> Result { get; private set; } = new([], 1, PageSize, 0);

    public IReadOnlyList<SelectListItem> Counselors { get; private set; } = [];

    public bool Filtered => IdNumber is not null || Phone is not null || Name is not null || District is not null
        || Group is not null || CounselorId is not null;

    public async Task OnGetAsync(CancellationToken ct)
    {
        SplitQuickSearch();
        Result = await queries.SearchAsync(new WorkerSearch(IdNumber, Phone, Name, District, Group, CounselorId, null, P, PageSize, Sort), ct);
        Counselors = await WorkerPages.CounselorsAsync(staff, l, ct);
    }

    public string Link(int page, string? sort) => Query.Link("/Workers",
        ("IdNumber", IdNumber), ("Phone", Phone), ("Name", Name), ("District", District), ("Group", Group?.ToString()),
        ("CounselorId", CounselorId is { } c ? Fmt.Id(c) : null), ("Sort", sort), ("p", page > 1 ? Fmt.Id(page) : null));

    private void SplitQuickSearch()
    {
        var q = Q?.Trim();
        if (string.IsNullOrEmpty(q))
            return;
        // 18 characters ending in a digit or X: an ID number; 7+ digits: a phone number; anything else: a name prefix.
        if (q.Length == 18 && q[..17].All(char.IsAsciiDigit))
            IdNumber = q;
        else if (q.Length >= 7 && q.All(c => char.IsAsciiDigit(c) || c is '-' or ' '))
            Phone = q;
        else
            Name = q;
    }
}
