using System.Globalization;
using GuidanceDesk.Web.Data;
using GuidanceDesk.Web.Domain;
using GuidanceDesk.Web.Infrastructure.Audit;

namespace GuidanceDesk.Web.Features.Projects;

/// <summary>
/// Linking the work done under a project: cases (a case belongs to at most one project) and assessment plans. Only a
/// running project takes links (422 otherwise). The change is the case's or plan's, and is audited on both sides.
/// Group sessions will link the same way once they exist (a nullable GuidanceProjectId on the session).
/// </summary>
public sealed class LinkHandlers(AppDbContext db, ProjectAccess access)
{
    public async Task LinkCaseAsync(long projectId, long caseId, CancellationToken ct)
    {
        var project = await access.LoadAsync(projectId, ct);
        var c = await access.CaseToLinkAsync(caseId, ct);
        c.JoinProject(project);
        Audit(project, c, "linked");
        await db.SaveChangesAsync(ct);
    }

    public async Task UnlinkCaseAsync(long projectId, long caseId, CancellationToken ct)
    {
        var project = await access.LoadAsync(projectId, ct);
        var c = await access.CaseToLinkAsync(caseId, ct);
        c.LeaveProject(project);
        Audit(project, c, "unlinked");
        await db.SaveChangesAsync(ct);
    }

    public async Task LinkPlanAsync(long projectId, long planId, CancellationToken ct)
    {
        var project = await access.LoadAsync(projectId, ct);
        var plan = await access.PlanToLinkAsync(planId, ct);
        plan.JoinProject(project);
        Audit(project, plan, "linked");
        await db.SaveChangesAsync(ct);
    }

    public async Task UnlinkPlanAsync(long projectId, long planId, CancellationToken ct)
    {
        var project = await access.LoadAsync(projectId, ct);
        var plan = await access.PlanToLinkAsync(planId, ct);
        plan.LeaveProject(project);
        Audit(project, plan, "unlinked");
        await db.SaveChangesAsync(ct);
    }

    private void Audit(GuidanceProject project, GuidanceCase c, string what)
    {
        access.CaseChanged(c, $"project {what}: {Key(project.Id)}");
        access.Changed(project, AuditAction.Update, $"case {what}: {Key(c.Id)}");
    }

    private void Audit(GuidanceProject project, AssessmentPlan plan, string what)
    {
        access.PlanChanged(plan, $"project {what}: {Key(project.Id)}");
        access.Changed(project, AuditAction.Update, $"assessment plan {what}: {Key(plan.Id)}");
    }

    private static string Key(long id) => id.ToString(CultureInfo.InvariantCulture);
}
