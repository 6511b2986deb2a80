using GuidanceDesk.Web.Data;
using GuidanceDesk.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace GuidanceDesk.Web.Features.Projects;

/// <summary>
/// On the case page: the guidance project the case is served under, if any (one line, nothing otherwise). The caller
/// already reaches the case; the link to the project is offered to those who may open projects.
/// </summary>
public sealed class ProjectBadgeViewComponent(AppDbContext db, CurrentUser user) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync(long caseId)
    {
        var project = await db.GuidanceCases.AsNoTracking().Where(c => c.Id == caseId && c.GuidanceProjectId != null)
            .Join(db.GuidanceProjects, c => c.GuidanceProjectId, p => p.Id, (c, p) => new { p.Id, p.Title, p.Status })
            .FirstOrDefaultAsync(HttpContext.RequestAborted);
        if (project is null)
            return Content("");
        var canOpen = user.IsInRole(Roles.Manager) || user.IsInRole(Roles.Head) || user.IsInRole(Roles.Counselor);
        return View("/Features/Projects/_Badge.cshtml", new ProjectBadge(project.Id, project.Title, project.Status, canOpen));
    }
}

public sealed record ProjectBadge(long Id, string Title, Domain.ProjectStatus Status, bool CanOpen);
