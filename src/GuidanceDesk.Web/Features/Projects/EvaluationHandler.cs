using GuidanceDesk.Web.Data;
using GuidanceDesk.Web.Domain;
using GuidanceDesk.Web.Infrastructure.Audit;
using GuidanceDesk.Web.Infrastructure.Http;

namespace GuidanceDesk.Web.Features.Projects;

/// <summary>
/// 考核评估 (4.6.1a): the manager completes a running project with a rating, conclusions and improvements. The live
/// figures at this moment are frozen into the indicators, so the evaluated report never changes afterwards.
/// </summary>
public sealed class EvaluationHandler(AppDbContext db, ProjectAccess access, ProjectProgress progress, TimeProvider time)
{
    public async Task EvaluateAsync(long id, EvaluationForm form, CancellationToken ct)
    {
        access.EnsureDesigner();
        var project = await access.LoadAsync(id, ct);
        ETags.EnsureCurrentIfGiven(db, project, form.Version);
        var figures = await progress.CountAsync(id, ct);
        var entered = form.Achieved.GroupBy(a => a.Line).ToDictionary(g => g.Key, g => g.Last().Value);
        project.Complete(ProjectProgress.Counted(figures), entered, form.Rating ?? 0, form.Conclusions ?? "", form.Improvements,
            access.Actor, time.GetUtcNow());
        access.Changed(project, AuditAction.Update, "evaluated");
        await db.SaveChangesAsync(ct);
    }
}
