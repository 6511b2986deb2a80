using GuidanceDesk.Web.Domain;
using GuidanceDesk.Web.Features.Common;
using GuidanceDesk.Web.Infrastructure.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace GuidanceDesk.Web.Features.Vacancies;

/// <summary>岗位 for staff: open vacancies of the city by default, narrowed by words, occupation, district, pay or status.</summary>
public sealed class IndexModel(VacancyQueries queries) : PageModel
{
    public const int PageSize = 20;

    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Occupation { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? District { get; set; }

    [BindProperty(SupportsGet = true)]
    public int? PayAtLeast { get; set; }

    /// <summary>Open unless another status (or "all") is asked for.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Status { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool Mine { get; set; }

    [BindProperty(SupportsGet = true)]
    public long? EmployerId { get; set; }

    [BindProperty(SupportsGet = true, Name = "p")]
    public int P { get; set; } = 1;

    public PagedResult<VacancyListItem> Result { get; private set; } = new([], 1, PageSize, 0);

    public async Task OnGetAsync(CancellationToken ct)
    {
        VacancyStatus? status = Status == "all" ? null : Enum.TryParse<VacancyStatus>(Status, out var s) ? s : VacancyStatus.Open;
        Result = await queries.SearchAsync(new VacancySearch(Q, Occupation, District, PayAtLeast, status, EmployerId, Mine, P, PageSize), ct);
    }

    public string Link(int page) => Query.Link("/Vacancies", ("Q", Q), ("Occupation", Occupation), ("District", District),
        ("PayAtLeast", PayAtLeast?.ToString(System.Globalization.CultureInfo.InvariantCulture)), ("Status", Status),
        ("Mine", Mine ? "true" : null), ("EmployerId", EmployerId is { } e ? Fmt.Id(e) : null), ("p", page > 1 ? Fmt.Id(page) : null));
}
