using GuidanceDesk.Web.Domain;
using GuidanceDesk.Web.Infrastructure.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace GuidanceDesk.Web.Features.Cases;

/// <summary>The case list: by counselor, stage, special group or name; employment-assistance targets first.</summary>
public sealed class IndexModel(CaseList list) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public long? CounselorId { get; set; }

    [BindProperty(SupportsGet = true)]
    public CaseStage? Stage { get; set; }

    [BindProperty(SupportsGet = true)]
    public SpecialGroups? Group { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Name { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool Closed { get; set; }

    [BindProperty(SupportsGet = true, Name = "page")]
    public int PageNumber { get; set; } = 1;

    public PagedResult<CaseRow> Result { get; private set; } = null!;

    public string Link(int page) => Common.Query.Link("/Cases",
        ("Name", Name), ("Stage", Stage?.ToString()), ("Group", Group?.ToString()), ("Closed", Closed ? "true" : null),
        ("CounselorId", CounselorId is { } c ? Common.Fmt.Id(c) : null), ("page", page > 1 ? Common.Fmt.Id(page) : null));

    public async Task OnGetAsync(CancellationToken ct) =>
        Result = await list.SearchAsync(new CaseQuery(CounselorId, Stage, Group, Name, !Closed, PageNumber, 50), ct);
}
