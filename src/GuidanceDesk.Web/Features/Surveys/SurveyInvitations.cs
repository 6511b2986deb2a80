using GuidanceDesk.Web.Data;
using GuidanceDesk.Web.Domain;
using GuidanceDesk.Web.Infrastructure.Jobs;
using GuidanceDesk.Web.Infrastructure.Notifications;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace GuidanceDesk.Web.Features.Surveys;

/// <summary>
/// Finds the occasions for a satisfaction survey and invites, every few minutes on one instance (lease).
/// Why a scan rather than a line in each triggering handler: the occasions come from several areas (a worker's case
/// closed, an employer's case closed, a group session held, and guidance records written by half a dozen handlers —
/// cases, group sessions, training, placements …); one scan sees them all, whichever path wrote them, without each
/// area knowing about surveys. The occasion key is unique and the insert is ON CONFLICT DO NOTHING, so reruns, two
/// instances or a reopened-and-reclosed case never invite twice. A survey minutes after the fact is as good as at once.
/// Only the last <see cref="SurveyOptions.LookbackDays"/> days are looked at, so a run costs the recent rows.
/// </summary>
public sealed class SurveyInvitations(AppDbContext db, Outbox outbox, IOptions<SurveyOptions> options, TimeProvider time) : IScheduledJob
{
    public const string PortalPage = "/Portal/Surveys";

    public string Name => "surveys.invitations";

    public async Task RunAsync(CancellationToken cancellationToken) => await ScanAsync(cancellationToken);

    private sealed record LastRecord(long CaseId, long Count, long? CounselorId, ServiceKind Kind, Channel Channel);

    /// <returns>How many invitations were made.</returns>
    public async Task<int> ScanAsync(CancellationToken ct)
    {
        var o = options.Value;
        var now = time.GetUtcNow();
        var since = now.AddDays(-o.LookbackDays);
        var made = 0;

        // A worker's case closed: one invitation per case (key case:{id}:closed).
        var closed = await db.GuidanceCases.AsNoTracking()
            .Where(c => c.ClosedAt != null && c.ClosedAt >= since
                && !db.SatisfactionSurveys.Any(s => s.CaseId == c.Id && s.Occasion == SurveyOccasion.CaseClosed))
            .OrderBy(c => c.Id).Select(c => new { c.Id, c.ServiceUnitId, c.WorkerId, c.CounselorId, c.Channel }).Take(1000).ToListAsync(ct);
        var last = await LastRecordsAsync([.. closed.Select(c => c.Id)], ct);
        foreach (var c in closed)
        {
            var r = last.GetValueOrDefault(c.Id);
            made += await InviteAsync(SurveyOccasion.CaseClosed, $"case:{c.Id}:closed", c.ServiceUnitId, c.WorkerId, null,
                new SurveyLinks(c.Id, null, null, r?.CounselorId ?? c.CounselorId, r?.Kind, r?.Channel ?? c.Channel), "个案服务", ct);
        }

        // Every N guidance records on a case: the N-th, 2N-th … record invites (key case:{id}:records:{k}).
        var n = Math.Max(1, o.RecordsPerInvitation);
        var active = await db.GuidanceRecords.AsNoTracking().Where(r => r.CaseId != null && r.RecordedAt >= since)
            .Select(r => r.CaseId!.Value).Distinct().OrderBy(id => id).Take(5000).ToListAsync(ct);
        foreach (var r in (await LastRecordsAsync(active, ct)).Values.Where(r => r.Count >= n))
        {
            var k = r.Count / n;
            var key = $"case:{r.CaseId}:records:{k}";
            if (await db.SatisfactionSurveys.AnyAsync(s => s.OccasionKey == key, ct))
                continue;
            var c = await db.GuidanceCases.AsNoTracking().Where(x => x.Id == r.CaseId).Select(x => new { x.ServiceUnitId, x.WorkerId }).FirstAsync(ct);
            made += await InviteAsync(SurveyOccasion.GuidanceRecords, key, c.ServiceUnitId, c.WorkerId, null,
                new SurveyLinks(r.CaseId, null, null, r.CounselorId, r.Kind, r.Channel), $"第{k * n}次指导服务", ct);
        }

        // A group session attended (key session:{id}:worker:{id}); linked to the attendee's case through their record.
        var attended = await (from p in db.GroupSessionParticipants.AsNoTracking()
                              join s in db.GroupSessions on p.GroupSessionId equals s.Id
                              join g in db.GuidanceRecords on p.GuidanceRecordId equals (long?)g.Id
                              where s.HeldAt != null && s.HeldAt >= since && p.Attended == true
                                  && !db.SatisfactionSurveys.Any(x => x.GroupSessionId == s.Id && x.WorkerId == p.WorkerId)
                              orderby s.Id, p.WorkerId
                              select new { s.Id, g.ServiceUnitId, p.WorkerId, g.CaseId, s.FacilitatorStaffId, g.Kind, s.Channel, s.Topic })
            .Take(2000).ToListAsync(ct);
        foreach (var a in attended)
            made += await InviteAsync(SurveyOccasion.GroupSessionAttended, $"session:{a.Id}:worker:{a.WorkerId}", a.ServiceUnitId, a.WorkerId, null,
                new SurveyLinks(a.CaseId, null, a.Id, a.FacilitatorStaffId, a.Kind, a.Channel), $"团体指导活动「{a.Topic}」", ct);

        // An employer's case closed (key ecase:{id}:closed): answered in the employer's portal.
        var employerCases = await db.EmployerCases.AsNoTracking()
            .Where(c => c.ClosedAt != null && c.ClosedAt >= since
                && !db.SatisfactionSurveys.Any(s => s.EmployerCaseId == c.Id && s.Occasion == SurveyOccasion.EmployerCaseClosed))
            .OrderBy(c => c.Id)
            .Select(c => new
            {
                c.Id, c.ServiceUnitId, c.EmployerId, c.CounselorId,
                Channel = db.EmployerGuidanceRecords.Where(g => g.EmployerCaseId == c.Id).OrderByDescending(g => g.OccurredAt).Select(g => (Channel?)g.Channel).FirstOrDefault(),
            }).Take(1000).ToListAsync(ct);
        foreach (var c in employerCases)
            made += await InviteAsync(SurveyOccasion.EmployerCaseClosed, $"ecase:{c.Id}:closed", c.ServiceUnitId, null, c.EmployerId,
                new SurveyLinks(null, c.Id, null, c.CounselorId, null, c.Channel ?? Channel.Offline), "用人单位指导服务", ct);
        return made;
    }

    /// <summary>Per case: how many records it has, and who gave the latest one, of which kind, through which channel.</summary>
    private async Task<Dictionary<long, LastRecord>> LastRecordsAsync(List<long> caseIds, CancellationToken ct)
    {
        var result = new Dictionary<long, LastRecord>();
        foreach (var chunk in caseIds.Chunk(500))
        {
            var rows = await db.GuidanceRecords.AsNoTracking().Where(r => r.CaseId != null && chunk.Contains(r.CaseId.Value))
                .GroupBy(r => r.CaseId!.Value)
                .Select(g => new { CaseId = g.Key, Count = g.LongCount(), LastId = g.Max(r => r.Id) }).ToListAsync(ct);
            var lastIds = rows.Select(r => r.LastId).ToList();
            var details = await db.GuidanceRecords.AsNoTracking().Where(r => lastIds.Contains(r.Id))
                .Select(r => new { r.Id, r.CounselorId, r.Kind, r.Channel }).ToDictionaryAsync(r => r.Id, ct);
            foreach (var r in rows)
            {
                var d = details[r.LastId];
                result[r.CaseId] = new LastRecord(r.CaseId, r.Count, d.CounselorId, d.Kind, d.Channel);
            }
        }

        return result;
    }

    /// <summary>Inserts the invitation unless its occasion has one, and tells the worker (in-app and SMS) in the same transaction.</summary>
    private async Task<int> InviteAsync(SurveyOccasion occasion, string key, long unitId, long? workerId, long? employerId, SurveyLinks links,
        string what, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        var survey = new SatisfactionSurvey(occasion, key, unitId, workerId, employerId, links, now, now.AddDays(options.Value.ExpiryDays));
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        if (!await db.InsertIfAbsentAsync(survey, ct))
            return 0;
        if (workerId is { } w)
        {
            var due = survey.ExpiresAt.ToOffset(TimeSpan.FromHours(8)).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
            await outbox.EnqueueAsync(new Notification(NotificationChannel.InApp, Recipient.Worker(w), "请评价我们的服务",
                $"感谢您接受{what}。请花两分钟填写满意度反馈表（{due} 前有效）：{PortalPage}", $"survey:{key}:app"), ct);
            await outbox.EnqueueAsync(new Notification(NotificationChannel.Sms, Recipient.Worker(w), "满意度调查",
                $"感谢您接受{what}，请登录网上服务大厅填写满意度反馈表，{due}前有效。", $"survey:{key}:sms"), ct);
        }

        // An employer has no outbox recipient kind yet: the invitation reaches them on their portal page only.
        await tx.CommitAsync(ct);
        return 1;
    }
}
