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
/// counselor. The form is POSTed so that a typed ID or phone number never lands in a URL (browser history, proxy and
/// server logs); a search by the other criteria is redirected to a GET link, so that it can be bookmarked and paged.
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
        // Identifiers are accepted only by POST (see the class comment); a bookmarked or typed URL with one is ignored.
        IdNumber = Phone = null;
        SplitQuickSearch();
        if (IdNumber is not null || Phone is not null)
            IdNumber = Phone = Q = null;
        Result = await queries.SearchAsync(new WorkerSearch(IdNumber, Phone, Name, District, Group, CounselorId, null, P, PageSize, Sort), ct);
        Counselors = await WorkerPages.CounselorsAsync(staff, l, ct);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        SplitQuickSearch();
        if (string.IsNullOrWhiteSpace(IdNumber) && string.IsNullOrWhiteSpace(Phone))
            return Redirect(Link(1, Sort));
        // Exact identifier search: at most one person, shown here without a redirect that would carry the number.
        Result = await queries.SearchAsync(new WorkerSearch(IdNumber, Phone, Name, District, Group, CounselorId, null, 1, PageSize, Sort), ct);
        Counselors = await WorkerPages.CounselorsAsync(staff, l, ct);
        return Page();
    }

    public string Link(int page, string? sort) => Query.Link("/Workers",
        ("Name", Name), ("District", District), ("Group", Group?.ToString()),
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
