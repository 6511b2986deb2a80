using GuidanceDesk.Web.Data;
using GuidanceDesk.Web.Domain;
using GuidanceDesk.Web.Infrastructure;
using GuidanceDesk.Web.Infrastructure.Audit;
using GuidanceDesk.Web.Infrastructure.Http;
using Microsoft.EntityFrameworkCore;

namespace GuidanceDesk.Web.Features.Risk;

/// <summary>
/// Raising, acknowledging, recording actions on and closing a risk alert (8.2). Raising stores the alert and its notices
/// to the whole on-duty list in one transaction: once the user sees "raised", the notices are in the outbox.
/// </summary>
public sealed class RiskHandlers(AppDbContext db, RiskAccess access, DutyRoster roster, RiskNotifier notifier, TimeProvider time)
{
    public async Task<long> RaiseAsync(RaiseAlertRequest r, CancellationToken ct)
    {
        if (!access.IsGuidanceStaff)
            throw new ForbiddenException("只有职业指导人员、专业管理人员或负责人可以提出风险预警");
        var (unitId, workerName, caseId, counselorId) = await access.TargetAsync(r.WorkerId!.Value, r.CaseId, ct);
        var plan = await roster.ForUnitAsync(unitId, ct);
        var now = time.GetUtcNow();
        var alert = new RiskAlert(unitId, r.WorkerId.Value, caseId, r.Kind!.Value, r.Observed!, r.ImmediateDanger, access.Actor, now, now + plan.Interval);
        var unitName = await db.ServiceUnits.Where(u => u.Id == unitId).Select(u => u.Name).FirstAsync(ct);
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        db.RiskAlerts.Add(alert);
        await db.SaveChangesAsync(ct);
        // Everyone on the list is told at once; the first holds the alert until someone acknowledges it.
        var told = plan.People.Where(p => p.UserId != access.UserId).ToList();
        foreach (var person in told)
            await notifier.NotifyAsync(alert, person, workerName, unitName, escalation: false, ct);
        alert.Notified([.. told.Select(p => (p.StaffId, p.Name))], (told.Count > 0 ? told[0] : plan.People.Count > 0 ? plan.People[0] : null)?.StaffId, now);
        if (counselorId is { } cid && cid != access.StaffId && told.All(p => p.StaffId != cid))
        {
            var counselorUser = await db.StaffMembers.Where(s => s.Id == cid).Select(s => s.UserId).FirstOrDefaultAsync(ct);
            if (counselorUser is not null)
                await notifier.TellCounselorAsync(alert, counselorUser, workerName, ct);
        }
        access.Changed(alert, AuditAction.Create, $"raised:{alert.Kind}:notified={told.Count}");
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return alert.Id;
    }

    /// <summary>Someone takes charge: escalation stops. Not the one who raised it (they are not the second pair of eyes).</summary>
    public async Task AcknowledgeAsync(long id, int? version, CancellationToken ct)
    {
        var alert = await access.LoadAsync(id, ct);
        ETags.EnsureCurrentIfGiven(db, alert, version);
        alert.Acknowledge(access.Actor, access.StaffId, time.GetUtcNow());
        access.Changed(alert, AuditAction.Update, "acknowledged");
        await db.SaveChangesAsync(ct);
    }

    public async Task RecordActionAsync(long id, RiskActionRequest r, CancellationToken ct)
    {
        var alert = await access.LoadAsync(id, ct);
        ETags.EnsureCurrentIfGiven(db, alert, r.Version);
        var local = r.ContactedAt!.Value;
        var at = AgencyClock.At(DateOnly.FromDateTime(local), TimeOnly.FromDateTime(local));
        alert.RecordAction(r.Contact!.Value, at, r.Who!, r.Result!, access.Actor, time.GetUtcNow());
        access.Changed(alert, AuditAction.Update, "action:" + r.Contact);
        await db.SaveChangesAsync(ct);
    }

    /// <summary>Closing: recorded actions and a second person (manager or head, not the one who raised it).</summary>
    public async Task CloseAsync(long id, CloseAlertRequest r, CancellationToken ct)
    {
        var alert = await access.LoadAsync(id, ct);
        ETags.EnsureCurrentIfGiven(db, alert, r.Version);
        alert.Close(r.Summary!, access.IsManagerOrHead, access.Actor, time.GetUtcNow());
        access.Changed(alert, AuditAction.Update, "closed:actions=" + alert.Actions.Count);
        await db.SaveChangesAsync(ct);
    }
}
