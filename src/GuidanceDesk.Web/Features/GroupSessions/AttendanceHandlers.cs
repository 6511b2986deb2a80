using GuidanceDesk.Web.Data;
using GuidanceDesk.Web.Domain;
using GuidanceDesk.Web.Features.Cases;
using GuidanceDesk.Web.Infrastructure;
using GuidanceDesk.Web.Infrastructure.Audit;
using GuidanceDesk.Web.Infrastructure.Http;
using Microsoft.EntityFrameworkCore;

namespace GuidanceDesk.Web.Features.GroupSessions;

/// <summary>
/// After the session: a manager's reason for late materials (7.1.2), and marking it held with the attendance — each
/// attendee gets a guidance record (7.1.10 全程记录) on their open case, or on the worker when there is none, in the same
/// transaction. The recording is in <see cref="RecordingHandlers"/>.
/// </summary>
public sealed class AttendanceHandlers(AppDbContext db, GroupSessionAccess access, AuditLog audit, TimeProvider time, AgencyClock clock)
{
    public async Task LateReasonAsync(long id, SessionReasonRequest r, CancellationToken ct)
    {
        access.EnsureManager();
        var session = await access.LoadAsync(id, ct);
        ETags.EnsureCurrentIfGiven(db, session, r.Version);
        session.RecordLateReason(r.Reason ?? "", access.Actor, clock.Today, time.GetUtcNow());
        access.Changed(session, AuditAction.Update, "late-reason");
        await db.SaveChangesAsync(ct);
    }

    /// <returns>How many guidance records were written (one per attendee).</returns>
    public async Task<int> MarkHeldAsync(long id, MarkHeldRequest r, CancellationToken ct)
    {
        access.EnsureStaff();
        var session = await access.LoadAsync(id, ct);
        ETags.EnsureCurrentIfGiven(db, session, r.Version);
        var now = time.GetUtcNow();
        if (!string.IsNullOrWhiteSpace(r.LateReason))
        {
            access.EnsureManager();
            session.RecordLateReason(r.LateReason, access.Actor, clock.Today, now);
        }
        var attendees = session.MarkHeld([.. r.AttendedWorkerIds.Distinct()], access.Actor, clock.Today, now);
        var facilitator = await db.StaffMembers.Where(s => s.Id == session.FacilitatorStaffId).Select(s => s.Name).FirstAsync(ct);
        var details = Details(session, facilitator, r.Summary);
        var workerIds = attendees.Select(p => p.WorkerId).ToList();
        // The attendee's open case, whoever holds it: the session is a fact of the worker's guidance, not of one counselor's list.
        var cases = await db.GuidanceCases.Where(c => workerIds.Contains(c.WorkerId) && c.Stage != CaseStage.Closed).ToListAsync(ct);
        var workers = await db.Workers.Where(w => workerIds.Contains(w.Id))
            .Select(w => new { w.Id, w.ServiceUnitId, w.SpecialGroups, w.AssistanceCategory }).ToDictionaryAsync(w => w.Id, ct);

        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var records = new List<(GroupSessionParticipant Participant, GuidanceRecord Record)>();
        foreach (var p in attendees)
        {
            var open = cases.FirstOrDefault(c => c.WorkerId == p.WorkerId);
            var worker = workers[p.WorkerId];
            var record = new GuidanceRecord(open?.ServiceUnitId ?? worker.ServiceUnitId, p.WorkerId, open?.Id, session.FacilitatorStaffId,
                details, access.UserId, now, new ServedAs(worker.SpecialGroups, worker.AssistanceCategory));
            db.GuidanceRecords.Add(record);
            open?.Touch(now);
            records.Add((p, record));
        }
        await db.SaveChangesAsync(ct);
        foreach (var (p, record) in records)
        {
            p.LinkGuidanceRecord(record.Id);
            audit.Changed(db, AuditAction.Create, RecordHandlers.EntityType, "worker:" + GroupSessionAccess.Key(p.WorkerId), record.ServiceUnitId,
                $"{record.Kind};groupSession={GroupSessionAccess.Key(session.Id)}");
        }
        access.Changed(session, AuditAction.Update, $"held;attended={attendees.Count};of={session.ParticipantCount}");
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return records.Count;
    }

    /// <summary>
    /// The record an attendee gets: a policy talk (only 5.1a) is a policy consultation, anything else guidance; the session's
    /// items, channel, start and length (at most 8 hours), given by the facilitator.
    /// </summary>
    private static GuidanceRecordDetails Details(GroupSession s, string facilitator, string? summary)
    {
        var kind = s.ServiceItems == ServiceItems.PolicyConsultation ? ServiceKind.PolicyConsultation : ServiceKind.Guidance;
        var where = s.Channel == Channel.Online ? "线上" : s.Place;
        var content = $"参加团体指导活动「{s.Topic}」（{where}，主讲：{facilitator}）。"
            + (string.IsNullOrWhiteSpace(summary) ? "" : summary.Trim());
        return new GuidanceRecordDetails(kind, s.StartsAt, Math.Clamp(s.MinutesLong, 1, GuidanceRecord.MaxMinutes), s.Channel,
            s.ServiceItems, content, null, null, null);
    }
}
