using GuidanceDesk.Web.Data;
using GuidanceDesk.Web.Domain;
using GuidanceDesk.Web.Domain.Identifiers;
using GuidanceDesk.Web.Features.Quality;
using GuidanceDesk.Web.Features.Referrals;
using GuidanceDesk.Web.Infrastructure;
using GuidanceDesk.Web.Infrastructure.Audit;
using GuidanceDesk.Web.Infrastructure.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace GuidanceDesk.Web.Features.Complaints;

/// <summary>What the complainant is told at once: the number to quote and when the reply is due.</summary>
public sealed record ComplaintReceipt(long Id, string TrackingNumber, DateOnly DueOn, bool CanLookUp);

/// <summary>
/// Taking a complaint in (9.1.1): from the public page (no sign-in), from the portal (the signed-in worker or employer),
/// or recorded by staff from a call or a visit. The phone is encrypted like every other identifier; the deadline counts
/// working days from receipt; the unit's head and managers are told. One transaction, audited.
/// </summary>
public sealed class ComplaintIntake(AppDbContext db, CurrentUser user, PersonalDataProtector protector, QualityAccess access,
    QualityNotices notices, WorkingDayDeadlines deadlines, IOptions<QualityOptions> options, TimeProvider time, AgencyClock clock)
{
    public Task<ComplaintReceipt> FromPublicAsync(PublicComplaintRequest r, CancellationToken ct) =>
        FileAsync(r, ComplaintChannel.PublicForm, Complainant(r), "投诉人", ct);

    /// <summary>Staff record a complaint made by phone or in person.</summary>
    public Task<ComplaintReceipt> FromStaffAsync(PublicComplaintRequest r, CancellationToken ct)
    {
        if (!user.IsStaff)
            throw new Infrastructure.Http.ForbiddenException("只有工作人员可以登记电话或现场投诉");
        var channel = r.Channel is ComplaintChannel.Phone or ComplaintChannel.InPerson ? r.Channel.Value
            : throw new DomainRuleException("请选择电话投诉或现场投诉", nameof(r.Channel));
        return FileAsync(r, channel, Complainant(r), access.Name, ct);
    }

    /// <summary>The signed-in worker or employer: linked to them, so they follow it in the portal.</summary>
    public Task<ComplaintReceipt> FromPortalAsync(ComplaintRequest r, CancellationToken ct)
    {
        var complainant = new Complainant(user.DisplayName, false, null, user.WorkerId, user.EmployerId);
        if (complainant.WorkerId is null && complainant.EmployerId is null)
            throw new Infrastructure.Http.ForbiddenException("请以劳动者或用人单位身份登录");
        return FileAsync(r, ComplaintChannel.Portal, complainant, user.DisplayName, ct);
    }

    private Complainant Complainant(PublicComplaintRequest r)
    {
        var phone = string.IsNullOrWhiteSpace(r.ContactPhone) ? null : PhoneNumber.Check(r.ContactPhone).Normalized
            ?? throw new DomainRuleException("联系电话格式不正确", nameof(r.ContactPhone));
        return new Complainant(r.Name, r.Anonymous, phone is null ? null : protector.ProtectForLookup(phone), null, null);
    }

    private async Task<ComplaintReceipt> FileAsync(ComplaintRequest r, ComplaintChannel channel, Complainant who, string byName, CancellationToken ct)
    {
        var unit = await db.ServiceUnits.AsNoTracking().Where(u => u.Id == r.ServiceUnitId).Select(u => new { u.Id, u.Name }).FirstOrDefaultAsync(ct)
            ?? throw new DomainRuleException("请选择被投诉的服务单位", nameof(r.ServiceUnitId));
        var today = clock.Today;
        if (r.ServiceDate is { } d && (d > today || d < today.AddYears(-3)))
            throw new DomainRuleException("服务日期应在今天及以前三年内", nameof(r.ServiceDate));
        var now = time.GetUtcNow();
        var complaint = new Complaint(unit.Id, channel, r.Category!.Value, r.Description ?? "", r.ServiceDate, who,
            deadlines.After(today, options.Value.ComplaintReplyWorkingDays), now, byName);
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        db.Complaints.Add(complaint);
        await db.SaveChangesAsync(ct);
        complaint.AssignTrackingNumber(today.Year);
        access.Changed(QualityAccess.ComplaintEntity, complaint.Id, unit.Id, AuditAction.Create, "channel:" + channel);
        await notices.ToUnitAsync(unit.Id, QualityNotices.Oversight, "新投诉待分派",
            $"{unit.Name}收到投诉 {complaint.TrackingNumber}（{ComplaintLabels.Of(complaint.Category)}），请于 {complaint.DueOn:yyyy-MM-dd} 前答复。",
            "complaint:" + complaint.Id + ":received", ct);
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return new ComplaintReceipt(complaint.Id, complaint.TrackingNumber, complaint.DueOn, complaint.Phone is not null);
    }
}
