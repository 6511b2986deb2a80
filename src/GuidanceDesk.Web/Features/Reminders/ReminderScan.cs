using System.Globalization;
using GuidanceDesk.Web.Data;
using GuidanceDesk.Web.Domain;
using GuidanceDesk.Web.Infrastructure;
using GuidanceDesk.Web.Infrastructure.Jobs;
using GuidanceDesk.Web.Infrastructure.Notifications;
using Microsoft.EntityFrameworkCore;

namespace GuidanceDesk.Web.Features.Reminders;

public sealed record ReminderCounts(int FollowUps, int Appointments, int Enqueued);

/// <summary>
/// Reminds the counselor (in-app) and the worker (SMS through the outbox) of follow-ups due today or tomorrow and of
/// appointments in the next day. Each reminder has a dedup key naming its occasion, so a rerun — or a second instance —
/// adds nothing; a rescheduled appointment is a new occasion and is reminded again.
/// </summary>
public sealed class ReminderScan(AppDbContext db, Outbox outbox, AgencyClock clock, TimeProvider time) : IScheduledJob
{
    public const int Batch = 1000;

    public string Name => "reminders.scan";

    public async Task RunAsync(CancellationToken cancellationToken) => await ScanAsync(cancellationToken);

    public async Task<ReminderCounts> ScanAsync(CancellationToken ct)
    {
        var today = clock.Today;
        var tomorrow = today.AddDays(1);
        int followUps = 0, appointments = 0, enqueued = 0;
        long after = 0;
        while (true)
        {
            var due = await db.FollowUps.AsNoTracking()
                .Where(f => f.Status == FollowUpStatus.Scheduled && f.DueOn >= today && f.DueOn <= tomorrow && f.Id > after)
                .OrderBy(f => f.Id).Take(Batch)
                .Select(f => new
                {
                    f.Id, f.DueOn, f.WorkerId, f.CaseId,
                    Worker = db.Workers.Where(w => w.Id == f.WorkerId).Select(w => w.Name).FirstOrDefault(),
                    CounselorUser = db.StaffMembers.Where(s => s.Id == f.CounselorId).Select(s => s.UserId).FirstOrDefault(),
                }).ToListAsync(ct);
            if (due.Count == 0)
                break;
            after = due[^1].Id;
            var batch = new List<Notification>();
            foreach (var f in due)
            {
                followUps++;
                var when = f.DueOn == today ? "今天" : "明天";
                var key = $"fu:{f.Id}:{Date(f.DueOn)}";
                if (f.CounselorUser is { } user)
                    batch.Add(new Notification(NotificationChannel.InApp, Recipient.Staff(user), "跟进提醒",
                        $"{f.Worker}（个案 {f.CaseId}）{when}应跟进", key + ":inapp"));
                batch.Add(new Notification(NotificationChannel.Sms, Recipient.Worker(f.WorkerId), "跟进提醒",
                    $"您好，您的职业指导人员将于{Date(f.DueOn)}与您跟进就业计划，也可在网上服务大厅填写近况。", key + ":sms"));
            }
            enqueued += await EnqueueAllAsync(batch, ct);
        }
        var now = time.GetUtcNow();
        var soon = now.AddHours(24);
        var upcoming = await db.Appointments.AsNoTracking()
            .Where(a => a.Status == AppointmentStatus.Booked && a.StartsAt > now && a.StartsAt <= soon)
            .Select(a => new
            {
                a.Id, a.StartsAt, a.WorkerId, a.Channel,
                Worker = db.Workers.Where(w => w.Id == a.WorkerId).Select(w => w.Name).FirstOrDefault(),
                CounselorUser = db.StaffMembers.Where(s => s.Id == a.CounselorId).Select(s => s.UserId).FirstOrDefault(),
            }).ToListAsync(ct);
        foreach (var chunk in upcoming.Chunk(Batch))
        {
            var batch = new List<Notification>();
            foreach (var a in chunk)
            {
                appointments++;
                var at = AgencyClock.ToLocal(a.StartsAt).ToString("M月d日 HH:mm", CultureInfo.InvariantCulture);
                var key = $"ap:{a.Id}:{a.StartsAt.UtcTicks}";
                if (a.CounselorUser is { } user)
                    batch.Add(new Notification(NotificationChannel.InApp, Recipient.Staff(user), "预约提醒",
                        $"{a.Worker} 预约于{at}（{(a.Channel == Channel.Online ? "线上" : "线下")}）", key + ":inapp"));
                batch.Add(new Notification(NotificationChannel.Sms, Recipient.Worker(a.WorkerId), "预约提醒",
                    $"您好，您预约的职业指导服务在{at}，如需改约请登录网上服务大厅。", key + ":sms"));
            }
            enqueued += await EnqueueAllAsync(batch, ct);
        }
        return new ReminderCounts(followUps, appointments, enqueued);
    }

    /// <summary>
    /// Enqueues a batch in one transaction, skipping the occasions already in the outbox (one query): a rerun, and the
    /// hourly runs of the day, then cost a query per batch instead of an INSERT per reminder, and the first run one
    /// commit per batch instead of one per reminder (34,000 reminders: 45–74 s before, on PostgreSQL). The insert
    /// still ignores a key another instance added meanwhile.
    /// </summary>
    private async Task<int> EnqueueAllAsync(List<Notification> batch, CancellationToken ct)
    {
        var keys = batch.Select(n => n.DedupKey).ToList();
        var existing = (await db.OutboxMessages.Where(m => keys.Contains(m.DedupKey)).Select(m => m.DedupKey).ToListAsync(ct)).ToHashSet();
        var fresh = batch.Where(n => !existing.Contains(n.DedupKey)).ToList();
        if (fresh.Count == 0)
            return 0;
        var enqueued = 0;
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        foreach (var n in fresh)
            enqueued += await outbox.EnqueueAsync(n, ct) ? 1 : 0;
        await tx.CommitAsync(ct);
        return enqueued;
    }

    private static string Date(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
