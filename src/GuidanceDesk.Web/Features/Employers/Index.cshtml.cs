using GuidanceDesk.Web.Features.Common;
using GuidanceDesk.Web.Infrastructure.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace GuidanceDesk.Web.Features.Employers;

/// <summary>Finding an employer by credit code (exact), name (contains), district or industry; a bookmarkable GET form.</summary>
public sealed class IndexModel(EmployerHandlers handlers) : PageModel
{
    public const int PageSize = 20;

    [BindProperty(SupportsGet = true)]
    public string? CreditCode { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Name { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? District { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Industry { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Sort { get; set; }

    [BindProperty(SupportsGet = true, Name = "p")]
    public int P { get; set; } = 1;

    public PagedResult<EmployerListItem> Result { get; private set; } = new([], 1, PageSize, 0);

    public bool Filtered => CreditCode is not null || Name is not null || District is not null || Industry is not null;

    public async Task OnGetAsync(CancellationToken ct) =>
        Result = await handlers.SearchAsync(new EmployerSearch(CreditCode, Name, District, Industry, null, P, PageSize, Sort), ct);

    public string Link(int page, string? sort) => Query.Link("/Employers",
        ("CreditCode", CreditCode), ("Name", Name), ("District", District), ("Industry", Industry), ("Sort", sort),
        ("p", page > 1 ? Fmt.Id(page) : null));
}
