using GuidanceDesk.Web.Data;
using GuidanceDesk.Web.Domain;
using GuidanceDesk.Web.Features.Quality;
using GuidanceDesk.Web.Features.Referrals;
using GuidanceDesk.Web.Infrastructure;
using GuidanceDesk.Web.Infrastructure.Audit;
using GuidanceDesk.Web.Infrastructure.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace GuidanceDesk.Web.Features.Complaints;

/// <summary>
/// The unit's side of a complaint: acknowledge and assign, investigate, reply, close; and the complainant's feedback
/// (portal, or the public lookup). Each step checks the version the caller saw (stale → 409) and is audited.
/// </summary>
public sealed class ComplaintWorkflow(AppDbContext db, QualityAccess access, QualityNotices notices, WorkingDayDeadlines deadlines,
    IOptions<QualityOptions> options, TimeProvider time, AgencyClock clock)
{
    public async Task AssignAsync(long id, AssignComplaintRequest r, CancellationToken ct)
    {
        var c = await LoadAsync(id, r.Version, ct);
        access.EnsureManages(c.ServiceUnitId);
        var handler = await db.StaffMembers.AsNoTracking().Where(s => s.Id == r.HandlerStaffId && s.IsActive && s.ServiceUnitId == c.ServiceUnitId)
            .Select(s => new { s.Id, s.Name }).FirstOrDefaultAsync(ct)
            ?? throw new DomainRuleException("办理人须为本单位在职工作人员", nameof(r.HandlerStaffId));
        c.Assign(handler.Id, handler.Name, access.Name, time.GetUtcNow());
        access.Changed(QualityAccess.ComplaintEntity, c.Id, c.ServiceUnitId, AuditAction.Update, "assigned:" + handler.Id);
        await notices.ToStaffAsync(handler.Id, "投诉待办理", $"投诉 {c.TrackingNumber} 已分派给您，请于 {c.DueOn:yyyy-MM-dd} 前答复。",
            $"complaint:{c.Id}:assigned:{c.Events.Count}", ct);
        await db.SaveChangesAsync(ct);
    }

    public async Task InvestigateAsync(long id, ComplaintNoteRequest r, CancellationToken ct)
    {
        var c = await LoadAsync(id, r.Version, ct);
        access.EnsureHandles(c);
        c.RecordInvestigation(r.Note ?? "", access.Name, time.GetUtcNow());
        access.Changed(QualityAccess.ComplaintEntity, c.Id, c.ServiceUnitId, AuditAction.Update, "investigation");
        await db.SaveChangesAsync(ct);
    }

    public async Task ReplyAsync(long id, ComplaintReplyRequest r, CancellationToken ct)
    {
        var c = await LoadAsync(id, r.Version, ct);
        access.EnsureHandles(c);
        c.Respond(r.Investigation ?? "", r.Resolution ?? "", r.Reply ?? "", access.Name, time.GetUtcNow());
        access.Changed(QualityAccess.ComplaintEntity, c.Id, c.ServiceUnitId, AuditAction.Update, "replied");
        await db.SaveChangesAsync(ct);
    }

    public async Task CloseAsync(long id, ComplaintNoteRequest r, CancellationToken ct)
    {
        var c = await LoadAsync(id, r.Version, ct);
        access.EnsureManages(c.ServiceUnitId);
        c.CloseWithoutFeedback(r.Note ?? "", access.Name, time.GetUtcNow());
        access.Changed(QualityAccess.ComplaintEntity, c.Id, c.ServiceUnitId, AuditAction.Update, "closed");
        await db.SaveChangesAsync(ct);
    }

    /// <summary>The complainant's verdict on the reply, from the portal (their own) or by the public lookup's two keys.</summary>
    public async Task FeedbackAsync(Complaint c, ComplaintFeedbackRequest r, CancellationToken ct)
    {
        ETags.EnsureCurrentIfGiven(db, c, r.Version);
        c.GiveFeedback(r.Satisfied ?? false, r.Comment, deadlines.After(clock.Today, options.Value.ComplaintReplyWorkingDays), time.GetUtcNow());
        access.Changed(QualityAccess.ComplaintEntity, c.Id, c.ServiceUnitId, AuditAction.Update, c.Satisfied == true ? "feedback:satisfied" : "feedback:reopened");
        if (c.Status == ComplaintStatus.Assigned && c.HandlerStaffId is { } handler)
            await notices.ToStaffAsync(handler, "投诉人不满意，投诉重新办理",
                $"投诉 {c.TrackingNumber} 的投诉人对答复不满意，请于 {c.DueOn:yyyy-MM-dd} 前重新答复。", $"complaint:{c.Id}:reopened:{c.Events.Count}", ct);
        await db.SaveChangesAsync(ct);
    }

    private async Task<Complaint> LoadAsync(long id, int? version, CancellationToken ct)
    {
        var c = await access.Complaints().FirstOrDefaultAsync(x => x.Id == id, ct) ?? throw new NotFoundException();
        ETags.EnsureCurrentIfGiven(db, c, version);
        return c;
    }
}
