using GuidanceDesk.Web.Data;
using GuidanceDesk.Web.Domain;
using GuidanceDesk.Web.Infrastructure;
using GuidanceDesk.Web.Infrastructure.Jobs;
using Microsoft.EntityFrameworkCore;

namespace GuidanceDesk.Web.Features.GroupSessions;

/// <summary>What one scan did: materials sent automatically, reminders given on the deadline day, sessions flagged late.</summary>
public sealed record GroupSessionScanResult(int Sent, int Reminded, int Flagged);

/// <summary>
/// Keeps 7.1.2 on time, every 10 minutes on one instance (lease):
/// 1. materials the facilitator marked ready go out on the deadline morning (from 08:00 Beijing time) — or at once when
///    marked ready later than that;
/// 2. on the deadline day, a session with nothing sent and nothing ready reminds its facilitator;
/// 3. once the deadline day is over with nothing sent, the session is flagged and its facilitator and the unit's
///    managers are told (the flag shows on the list, the session page and the home page until a manager records why).
/// Each session is its own transaction with its notices; a rerun finds the work done (dedup keys, state).
/// </summary>
public sealed class GroupSessionScan(AppDbContext db, GroupSessionNotices notices, TimeProvider time, AgencyClock clock) : IScheduledJob
{
    public const string JobName = "groupsessions.materials";

    /// <summary>When ready materials go out on the deadline day.</summary>
    public static readonly TimeOnly SendAt = new(8, 0);

    public string Name => JobName;

    public async Task RunAsync(CancellationToken cancellationToken) => await ScanAsync(cancellationToken);

    public async Task<GroupSessionScanResult> ScanAsync(CancellationToken ct)
    {
        var now = time.GetUtcNow();
        var today = clock.Today;
        var sendThrough = TimeOnly.FromDateTime(clock.Now.DateTime) >= SendAt ? today : today.AddDays(-1);
        var planned = db.GroupSessions.Where(s => s.Status == GroupSessionStatus.Planned && s.MaterialsSentOn == null);

        var sent = 0;
        foreach (var id in await planned.Where(s => s.MaterialsReadyAt != null && s.MaterialCount > 0 && s.MaterialsDeadline <= sendThrough)
            .OrderBy(s => s.MaterialsDeadline).Select(s => s.Id).Take(200).ToListAsync(ct))
        {
            sent += await OneAsync(id, async s =>
            {
                var count = await MaterialHandlers.DispatchAsync(db, notices, s, today, now, ct);
                return $"materials-sent:{count};auto;late={s.IsMaterialsLate(today)}";
            }, ct);
        }

        var reminded = 0;
        foreach (var id in await planned.Where(s => s.MaterialsReadyAt == null && s.MaterialsDeadline == today).OrderBy(s => s.Id).Select(s => s.Id).Take(500).ToListAsync(ct))
        {
            reminded += await OneAsync(id, async s =>
            {
                await notices.StaffAsync(s, "今天是宣讲材料发送期限", "请在今天内上传并发送宣讲材料（会前2个工作日，7.1.2）。", "due", managers: false, ct);
                return null;
            }, ct);
        }

        var flagged = 0;
        foreach (var id in await planned.Where(s => s.MaterialsFlaggedAt == null && s.MaterialsDeadline < today).OrderBy(s => s.Id).Select(s => s.Id).Take(500).ToListAsync(ct))
        {
            flagged += await OneAsync(id, async s =>
            {
                if (!s.FlagLateMaterials(today, now))
                    return null;
                await notices.StaffAsync(s, "团体指导宣讲材料逾期未发送",
                    $"宣讲材料应于 {s.MaterialsDeadline:yyyy-MM-dd} 前发送给参加者，至今未发送。须由专业管理人员记录原因后，活动才能标记为已举办。",
                    "late", managers: true, ct);
                return "materials-flagged-late";
            }, ct);
        }
        return new GroupSessionScanResult(sent, reminded, flagged);
    }

    /// <summary>One session in its own transaction; a session changed meanwhile is left for the next run.</summary>
    private async Task<int> OneAsync(long id, Func<GroupSession, Task<string?>> step, CancellationToken ct)
    {
        var session = await db.GroupSessions.Include(s => s.Participants).FirstAsync(s => s.Id == id, ct);
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        try
        {
            var what = await step(session);
            if (what is not null)
                db.AuditEntries.Add(new AuditEntry(time.GetUtcNow(), null, "system", session.ServiceUnitId, AuditAction.Update,
                    GroupSessionAccess.EntityType, GroupSessionAccess.Key(session.Id), what, null));
            await db.SaveChangesAsync(ct);
            await tx.CommitAsync(ct);
            return 1;
        }
        catch (DbUpdateConcurrencyException)
        {
            await tx.RollbackAsync(ct);
            return 0;
        }
        finally
        {
            db.ChangeTracker.Clear();
        }
    }
}
