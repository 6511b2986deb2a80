using GuidanceDesk.Web.Domain;
using GuidanceDesk.Web.Features.Common;
using GuidanceDesk.Web.Infrastructure.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace GuidanceDesk.Web.Features.Quality;

/// <summary>纠正和预防措施 (9.1.3): open ones first by due date, overdue flagged (and how far the notice has gone).</summary>
public sealed class ActionsModel(QualityQueries quality) : PageModel
{
    [BindProperty(SupportsGet = true)] public CorrectiveActionStatus? Status { get; set; }
    [BindProperty(SupportsGet = true)] public CorrectiveActionSource? Source { get; set; }
    [BindProperty(SupportsGet = true)] public bool Overdue { get; set; }
    [BindProperty(SupportsGet = true)] public bool All { get; set; }
    [BindProperty(SupportsGet = true, Name = "p")] public int P { get; set; } = 1;

    public PagedResult<ActionListItem> Result { get; private set; } = new([], 1, 50, 0);

    public async Task OnGetAsync(CancellationToken ct) =>
        Result = await quality.ActionsAsync(new ActionFilter(Status, Overdue, null, !All && Status is null, Source, P), ct);

    public string Link(int page) => Query.Link("/Quality/Actions", ("Status", Status?.ToString()), ("Source", Source?.ToString()),
        ("Overdue", Overdue ? "true" : null), ("All", All ? "true" : null), ("p", page > 1 ? Fmt.Id(page) : null));
}
