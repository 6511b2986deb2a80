using GuidanceDesk.Web.Data;
using GuidanceDesk.Web.Domain;
using GuidanceDesk.Web.Infrastructure.Audit;
using GuidanceDesk.Web.Infrastructure.Jobs;
using Microsoft.EntityFrameworkCore;

namespace GuidanceDesk.Web.Features.Risk;

/// <summary>
/// Escalates risk alerts nobody has acknowledged (8.2): every N minutes (the unit's setting) the alert goes to the next
/// person on the on-duty list, then to the head, again and again until someone acknowledges it. Runs every minute on one
/// instance (lease). Each escalation is saved with its notices in one transaction; a rerun finds it already done.
/// </summary>
public sealed class RiskEscalationScan(AppDbContext db, DutyRoster roster, RiskNotifier notifier, TimeProvider time) : IScheduledJob
{
    public const string JobName = "risk.escalation";

    public string Name => JobName;

    public async Task RunAsync(CancellationToken cancellationToken) => await ScanAsync(cancellationToken);

    /// <returns>How many escalations were made.</returns>
    public async Task<int> ScanAsync(CancellationToken ct)
    {
        var now = time.GetUtcNow();
        var due = await db.RiskAlerts.Where(a => a.NextEscalationAt != null && a.NextEscalationAt <= now && a.Status == RiskAlertStatus.Open)
            .OrderBy(a => a.NextEscalationAt).Select(a => a.Id).Take(200).ToListAsync(ct);
        var made = 0;
        var plans = new Dictionary<long, DutyPlan>();
        foreach (var id in due)
        {
            var alert = await db.RiskAlerts.FirstAsync(a => a.Id == id, ct);
            if (!plans.TryGetValue(alert.ServiceUnitId, out var plan))
                plans[alert.ServiceUnitId] = plan = await roster.ForUnitAsync(alert.ServiceUnitId, ct);
            // An alert overdue by several intervals (the app was down) escalates one step now and the next after one interval.
            if (plan.At(alert.EscalationLevel + 1) is not { } next)
                continue;
            var worker = await db.Workers.Where(w => w.Id == alert.WorkerId).Select(w => w.Name).FirstAsync(ct);
            var unit = await db.ServiceUnits.Where(u => u.Id == alert.ServiceUnitId).Select(u => u.Name).FirstAsync(ct);
            await using var tx = await db.Database.BeginTransactionAsync(ct);
            alert.Escalate((next.StaffId, next.Name), now, now + plan.Interval);
            await notifier.NotifyAsync(alert, next, worker, unit, escalation: true, ct);
            db.AuditEntries.Add(new AuditEntry(now, null, "system", alert.ServiceUnitId, AuditAction.Update, RiskAccess.EntityType,
                alert.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), $"escalated:level={alert.EscalationLevel}:to={next.StaffId}", null));
            try
            {
                await db.SaveChangesAsync(ct);
                await tx.CommitAsync(ct);
                made++;
            }
            catch (DbUpdateConcurrencyException)
            {
                // Acknowledged meanwhile: nothing to escalate. The notices were in this transaction and are rolled back.
                await tx.RollbackAsync(ct);
            }
            db.ChangeTracker.Clear();
        }
        return made;
    }
}
