using GuidanceDesk.Web.Domain;
using GuidanceDesk.Web.Infrastructure.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace GuidanceDesk.Web.Features.Projects;

/// <summary>指导项目: the unit's guidance projects, running ones first, each with its progress against its indicators.</summary>
public sealed class IndexModel(ProjectQueries queries, ProjectAccess access) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public ProjectStatus? Status { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    public PagedResult<ProjectListItem> Result { get; private set; } = null!;

    public bool CanDesign => access.CanDesign;

    public async Task OnGetAsync(CancellationToken ct) =>
        Result = await queries.ListAsync(new ProjectListQuery(Status, Q, PageNumber, 20), ct);

    public string Link(int page) => $"/Projects?p={page}&status={Status}&q={Uri.EscapeDataString(Q ?? "")}";
}
