using System.Globalization;
using GuidanceDesk.Web.Data;
using GuidanceDesk.Web.Domain;
using GuidanceDesk.Web.Infrastructure.Audit;
using GuidanceDesk.Web.Infrastructure.Http;
using GuidanceDesk.Web.Infrastructure.Security;
using Microsoft.EntityFrameworkCore;

namespace GuidanceDesk.Web.Features.Projects;

/// <summary>
/// Who reaches a guidance project: staff of its unit (head, manager, counselor) and city-level staff; anything else is
/// 404, so that another unit's projects do not leak. Designing, starting and evaluating is for the manager, the head and
/// the admin (<see cref="Policies.ProjectDesign"/>); a counselor links only the cases and assessment plans they lead.
/// </summary>
public sealed class ProjectAccess(AppDbContext db, CurrentUser user, AuditLog audit)
{
    public const string EntityType = "GuidanceProject";

    public Actor Actor => new(user.UserId ?? "", user.DisplayName);
    public long? StaffId => user.StaffMemberId;
    public long? UnitId => user.ServiceUnitId;
    public bool IsCityLevel => user.IsCityLevel;

    /// <summary>Manager, head or admin: designs, starts, cancels and evaluates; links any case of the unit.</summary>
    public bool CanDesign => user.IsInRole(Roles.Manager) || user.IsInRole(Roles.Head) || user.IsInRole(Roles.Admin);

    /// <summary>Whether the caller may see whose cases are linked (the admin runs the system but reads no client records).</summary>
    public bool CanReadClients => user.CanReadClients;

    public IQueryable<GuidanceProject> Projects()
    {
        if (!(CanDesign || user.IsInRole(Roles.Counselor)) || !user.IsStaff)
            return db.GuidanceProjects.Where(_ => false);
        if (user.IsCityLevel)
            return db.GuidanceProjects;
        var unit = user.ServiceUnitId;
        return db.GuidanceProjects.Where(p => p.ServiceUnitId == unit);
    }

    public async Task<GuidanceProject> LoadAsync(long id, CancellationToken ct) =>
        await Projects().FirstOrDefaultAsync(p => p.Id == id, ct) ?? throw new NotFoundException("指导项目不存在或无权查看");

    public void EnsureDesigner()
    {
        if (!CanDesign)
            throw new ForbiddenException("只有专业管理人员、负责人或系统管理员可以设计和评估指导项目");
    }

    /// <summary>The cases the caller may link: a designer any case they reach, a counselor only those assigned to them.</summary>
    public IQueryable<GuidanceCase> LinkableCases()
    {
        var cases = user.Scope(db.GuidanceCases);
        if (user.SeesWholeUnit || user.IsCityLevel)
            return cases;
        var me = user.StaffMemberId;
        return cases.Where(c => c.CounselorId == me);
    }

    /// <summary>The cases whose worker the caller may see listed on the project page.</summary>
    public IQueryable<GuidanceCase> VisibleCases() => user.Scope(db.GuidanceCases);

    public IQueryable<AssessmentPlan> LinkablePlans()
    {
        if (!user.CanReadClients)
            return db.AssessmentPlans.Where(_ => false);
        if (user.IsCityLevel)
            return db.AssessmentPlans;
        var unit = user.ServiceUnitId;
        if (user.SeesWholeUnit)
            return db.AssessmentPlans.Where(p => p.ServiceUnitId == unit);
        var me = user.StaffMemberId;
        return db.AssessmentPlans.Where(p => p.ServiceUnitId == unit && p.CounselorId == me);
    }

    /// <summary>A case or plan the caller reaches but may not link (a colleague's) is 403; one they do not reach is 404.</summary>
    public async Task<GuidanceCase> CaseToLinkAsync(long caseId, CancellationToken ct)
    {
        var c = await user.Scope(db.GuidanceCases).FirstOrDefaultAsync(x => x.Id == caseId, ct) ?? throw new NotFoundException("个案不存在或无权查看");
        if (!(user.SeesWholeUnit || user.IsCityLevel) && c.CounselorId != user.StaffMemberId)
            throw new ForbiddenException("职业指导人员只能关联自己负责的个案");
        return c;
    }

    public async Task<AssessmentPlan> PlanToLinkAsync(long planId, CancellationToken ct) =>
        await LinkablePlans().FirstOrDefaultAsync(p => p.Id == planId, ct) ?? throw new NotFoundException("测评方案不存在或无权关联");

    public void Changed(GuidanceProject p, AuditAction action, string what) =>
        audit.Changed(db, action, EntityType, Key(p.Id), p.ServiceUnitId, what);

    public void Read(GuidanceProject p, AuditAction action, string what) =>
        audit.Read(action, EntityType, Key(p.Id), p.ServiceUnitId, what);

    public void CaseChanged(GuidanceCase c, string what) =>
        audit.Changed(db, AuditAction.Update, Cases.CaseAccess.EntityType, Key(c.Id), c.ServiceUnitId, what);

    public void PlanChanged(AssessmentPlan p, string what) =>
        audit.Changed(db, AuditAction.Update, Assessments.AssessmentAccess.PlanEntity, Key(p.Id), p.ServiceUnitId, what);

    private static string Key(long id) => id.ToString(CultureInfo.InvariantCulture);
}
