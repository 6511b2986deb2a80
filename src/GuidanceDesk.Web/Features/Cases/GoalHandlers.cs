using GuidanceDesk.Web.Data;
using GuidanceDesk.Web.Domain;
using GuidanceDesk.Web.Infrastructure.Http;

namespace GuidanceDesk.Web.Features.Cases;

/// <summary>Guidance goals (6.1.2): staff propose them, the worker confirms them (in person or in the portal).</summary>
public sealed class GoalHandlers(AppDbContext db, CaseAccess access, TimeProvider time)
{
    public async Task<GuidanceGoal> AddAsync(long caseId, GoalForm form, CancellationToken ct)
    {
        access.EnsureStaff();
        var c = await access.LoadAsync(caseId, ct);
        var goal = c.AddGoal(form.Text, form.TargetDate, time.GetUtcNow());
        access.Audit(c, AuditAction.Update, "goal:add");
        await db.SaveChangesAsync(ct);
        return goal;
    }

    /// <summary>
    /// In the portal the worker's own confirmation is recorded as online; at the desk staff record that the worker
    /// confirmed in person, naming them as they signed.
    /// </summary>
    public async Task<IReadOnlyList<GuidanceGoal>> ConfirmAsync(long caseId, ConfirmGoalsRequest r, CancellationToken ct)
    {
        var c = await access.LoadAsync(caseId, ct);
        ETags.EnsureCurrentIfGiven(db, c, r.Version);
        IReadOnlyList<GuidanceGoal> confirmed;
        if (access.IsWorker)
        {
            confirmed = c.ConfirmGoals(Channel.Online, await access.WorkerNameAsync(c.WorkerId, ct), time.GetUtcNow());
        }
        else
        {
            access.EnsureStaff();
            if (string.IsNullOrWhiteSpace(r.ConfirmedBy))
                throw new DomainRuleException("请填写确认目标的劳动者签名", nameof(r.ConfirmedBy));
            confirmed = c.ConfirmGoals(Channel.Offline, r.ConfirmedBy.Trim(), time.GetUtcNow());
        }
        access.Audit(c, AuditAction.Update, "goal:confirm");
        await db.SaveChangesAsync(ct);
        return confirmed;
    }

    public async Task SetStatusAsync(long caseId, int line, GoalStatus status, CancellationToken ct)
    {
        access.EnsureStaff();
        var c = await access.LoadAsync(caseId, ct);
        c.SetGoalStatus(line, status, time.GetUtcNow());
        access.Audit(c, AuditAction.Update, "goal:" + status);
        await db.SaveChangesAsync(ct);
    }
}
