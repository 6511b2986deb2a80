using GuidanceDesk.Web.Domain;
using GuidanceDesk.Web.Infrastructure.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace GuidanceDesk.Web.Features.Placements;

/// <summary>职业介绍记录: the unit's placements, latest change first, by status, worker or vacancy.</summary>
public sealed class IndexModel(PlacementQueries queries) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public PlacementStatus? Status { get; set; }

    [BindProperty(SupportsGet = true)]
    public long? WorkerId { get; set; }

    [BindProperty(SupportsGet = true)]
    public long? VacancyId { get; set; }

    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    public PagedResult<PlacementRow> Result { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken ct) =>
        Result = await queries.SearchAsync(new PlacementQuery(Status, WorkerId, VacancyId, PageNumber, 20), ct);

    public string Link(int page) => $"/Placements?p={page}&status={Status}&workerId={WorkerId}&vacancyId={VacancyId}";
}
