using GuidanceDesk.Web.Data;
using GuidanceDesk.Web.Domain;
using GuidanceDesk.Web.Features.Referrals;
using GuidanceDesk.Web.Infrastructure;
using GuidanceDesk.Web.Infrastructure.Jobs;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace GuidanceDesk.Web.Features.Quality;

/// <summary>
/// Escalates what is late (9.1): a complaint not answered by its deadline goes to the unit's head, once per deadline;
/// a corrective action not implemented by its due date goes to its owner at once and to the head after
/// <see cref="QualityOptions.ActionHeadAfterWorkingDays"/> more working days, each once. The entity remembers what it
/// sent, and the outbox's dedup key stops a repeat even when two runs overlap.
/// </summary>
public sealed class QualityOverdueScan(AppDbContext db, QualityNotices notices, WorkingDayDeadlines deadlines, IOptions<QualityOptions> options,
    TimeProvider time, AgencyClock clock) : IScheduledJob
{
    public const string JobName = "quality.overdue";

    public string Name => JobName;

    public async Task RunAsync(CancellationToken cancellationToken) => await ScanAsync(cancellationToken);

    /// <returns>How many notices were sent (complaints to heads, actions to owners and heads).</returns>
    public async Task<int> ScanAsync(CancellationToken ct)
    {
        var today = clock.Today;
        var now = time.GetUtcNow();
        var made = 0;
        var complaints = await db.Complaints.Where(c => (c.Status == ComplaintStatus.Received || c.Status == ComplaintStatus.Assigned)
            && c.DueOn < today && (c.EscalatedForDueOn == null || c.EscalatedForDueOn != c.DueOn)).OrderBy(c => c.Id).Select(c => c.Id).Take(500).ToListAsync(ct);
        foreach (var id in complaints)
        {
            await using var tx = await db.Database.BeginTransactionAsync(ct);
            var c = await db.Complaints.FirstAsync(x => x.Id == id, ct);
            if (!c.Escalate(today, now))
            {
                db.ChangeTracker.Clear();
                continue;
            }
            await notices.ToUnitAsync(c.ServiceUnitId, QualityNotices.Heads, "投诉逾期未答复",
                $"投诉 {c.TrackingNumber} 应于 {c.DueOn:yyyy-MM-dd} 前答复，至今未答复（办理人：{c.HandlerName ?? "未分派"}）。",
                $"complaint:{c.Id}:overdue:{c.DueOn:yyyyMMdd}", ct);
            made += await SaveAsync(tx, ct);
        }
        var actions = await db.CorrectiveActions.Where(a => (a.Status == CorrectiveActionStatus.Open || a.Status == CorrectiveActionStatus.InProgress)
            && a.DueOn < today && !(a.EscalatedForDueOn == a.DueOn && a.EscalationLevel >= 2)).OrderBy(a => a.Id).Select(a => a.Id).Take(500).ToListAsync(ct);
        foreach (var id in actions)
        {
            await using var tx = await db.Database.BeginTransactionAsync(ct);
            var a = await db.CorrectiveActions.FirstAsync(x => x.Id == id, ct);
            var level = a.Escalate(today, deadlines.After(a.DueOn, options.Value.ActionHeadAfterWorkingDays), now);
            if (level == 0)
            {
                db.ChangeTracker.Clear();
                continue;
            }
            var key = $"action:{a.Id}:overdue:{a.DueOn:yyyyMMdd}:{level}";
            var text = $"纠正预防措施 #{a.Id}（{a.SourceText}）应于 {a.DueOn:yyyy-MM-dd} 前完成，至今未完成（责任人：{a.OwnerName}）。";
            if (level == 1)
                await notices.ToStaffAsync(a.OwnerStaffId, "纠正预防措施逾期", text, key, ct);
            else
                await notices.ToUnitAsync(a.ServiceUnitId, QualityNotices.Heads, "纠正预防措施逾期未完成", text, key, ct);
            made += await SaveAsync(tx, ct);
        }
        return made;
    }

    /// <summary>The escalation and its notices commit together, or (changed meanwhile) neither does.</summary>
    private async Task<int> SaveAsync(Microsoft.EntityFrameworkCore.Storage.IDbContextTransaction tx, CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
            await tx.CommitAsync(ct);
            return 1;
        }
        catch (DbUpdateConcurrencyException)
        {
            // Answered, implemented, or escalated by another run meanwhile: the notices roll back; the next run looks again.
            await tx.RollbackAsync(ct);
            return 0;
        }
        finally
        {
            db.ChangeTracker.Clear();
        }
    }
}
