using GuidanceDesk.Web.Data;
using GuidanceDesk.Web.Domain;
using GuidanceDesk.Web.Infrastructure.Http;
using GuidanceDesk.Web.Infrastructure.Security;
using Microsoft.EntityFrameworkCore;

namespace GuidanceDesk.Web.Features.Cases;

/// <summary>
/// Assigns a counselor to a case (7.1.3). Guidance work goes only to someone who meets 4.6.1, unless a manager or the
/// head overrides with a recorded reason.
/// </summary>
public sealed class AssignmentHandler(AppDbContext db, CurrentUser user, CaseAccess access, CounselorMatcher matcher, TimeProvider time)
{
    public const string NotAGuidancePost = "不在职业指导岗位";

    public async Task AssignAsync(long caseId, AssignRequest r, CancellationToken ct)
    {
        access.EnsureStaff();
        var c = await access.LoadAsync(caseId, ct);
        ETags.EnsureCurrentIfGiven(db, c, r.Version);
        var staff = await db.StaffMembers.FirstOrDefaultAsync(s => s.Id == r.CounselorId && s.ServiceUnitId == c.ServiceUnitId && s.IsActive, ct)
            ?? throw new DomainRuleException("所选职业指导人员不属于该服务单位", nameof(r.CounselorId));
        var gaps = matcher.Evaluate(staff).Gaps.Select(StaffQualification.Describe).ToList();
        // 4.6.1 names who does guidance work: practitioners and professional managers (and the head who leads them);
        // an archive custodian or other staff meets no clause for it, so they too need an override.
        if (staff.Position is not (StaffPosition.Counselor or StaffPosition.Manager or StaffPosition.Head))
            gaps.Insert(0, NotAGuidancePost);
        var isOverride = false;
        if (gaps.Count > 0)
        {
            if (!r.Override)
                throw new DomainRuleException("该人员不符合4.6.1资质要求（" + string.Join("、", gaps)
                    + "），须由专业管理人员或负责人说明理由后指派", nameof(r.CounselorId));
            if (!(user.IsInRole(Roles.Manager) || user.IsInRole(Roles.Head)))
                throw new DomainRuleException("只有专业管理人员或负责人可以越过资质要求指派", nameof(r.Override));
            if (string.IsNullOrWhiteSpace(r.Reason))
                throw new DomainRuleException("越过4.6.1资质要求指派时须写明理由", nameof(r.Reason));
            isOverride = true;
        }
        var now = time.GetUtcNow();
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        c.Assign(staff.Id, access.Actor, string.IsNullOrWhiteSpace(r.Reason) ? "指派" : r.Reason, isOverride, now);
        (await db.Workers.FirstAsync(w => w.Id == c.WorkerId, ct)).AssignCounselor(staff.Id);
        // The case's scheduled follow-ups move with it when the save commits (AppDbContext.WorklistColumns).
        access.Audit(c, AuditAction.Update, isOverride ? "assigned:override" : "assigned");
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
    }
}
