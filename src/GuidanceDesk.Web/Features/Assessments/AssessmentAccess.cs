using System.Globalization;
using GuidanceDesk.Web.Data;
using GuidanceDesk.Web.Domain;
using GuidanceDesk.Web.Infrastructure.Audit;
using GuidanceDesk.Web.Infrastructure.Http;
using GuidanceDesk.Web.Infrastructure.Security;
using Microsoft.EntityFrameworkCore;

namespace GuidanceDesk.Web.Features.Assessments;

/// <summary>
/// Who reaches an assessment plan, its assessments and reports (sensitive personal data, PIPL art. 28): the worker their
/// own; head, manager and custodian of the worker's unit; a counselor the plans they lead or of workers whose case they
/// hold; city-level staff all. Anything else is 404, so that nothing leaks. Every read by staff is audited.
/// </summary>
public sealed class AssessmentAccess(AppDbContext db, CurrentUser user, AuditLog audit)
{
    public const string PlanEntity = "AssessmentPlan";
    public const string AssessmentEntity = "Assessment";
    public const string ReportEntity = "CareerTendencyReport";

    public Actor Actor => new(user.UserId ?? "", user.DisplayName);
    public bool IsWorker => user.IsInRole(Roles.Worker);
    public long? StaffId => user.StaffMemberId;
    public long? WorkerId => user.WorkerId;
    public string DisplayName => user.DisplayName;

    public IQueryable<AssessmentPlan> Plans()
    {
        var plans = db.AssessmentPlans.AsQueryable();
        if (IsWorker)
            return user.WorkerId is { } self ? plans.Where(p => p.WorkerId == self) : plans.Where(_ => false);
        if (!user.CanReadClients)
            return plans.Where(_ => false);
        if (user.IsCityLevel)
            return plans;
        var unit = user.ServiceUnitId;
        if (user.SeesWholeUnit)
            return plans.Where(p => p.ServiceUnitId == unit);
        var me = user.StaffMemberId;
        return plans.Where(p => p.ServiceUnitId == unit && (p.CounselorId == me
            || db.GuidanceCases.Any(c => c.WorkerId == p.WorkerId && c.CounselorId == me)));
    }

    public IQueryable<Assessment> Assessments()
    {
        if (IsWorker)
            return user.WorkerId is { } self ? db.Assessments.Where(a => a.WorkerId == self) : db.Assessments.Where(_ => false);
        var plans = Plans();
        return db.Assessments.Where(a => plans.Any(p => p.Id == a.PlanId));
    }

    public IQueryable<CareerTendencyReport> Reports()
    {
        var plans = Plans();
        var reports = db.CareerTendencyReports.Where(r => plans.Any(p => p.Id == r.PlanId));
        // A worker sees a report once it is issued, never the counselor's draft.
        return IsWorker ? reports.Where(r => r.Status == ReportStatus.Issued) : reports;
    }

    public async Task<AssessmentPlan> PlanAsync(long id, CancellationToken ct) =>
        await Plans().FirstOrDefaultAsync(p => p.Id == id, ct) ?? throw new NotFoundException("测评方案不存在或无权查看");

    public async Task<Assessment> AssessmentAsync(long id, CancellationToken ct) =>
        await Assessments().FirstOrDefaultAsync(a => a.Id == id, ct) ?? throw new NotFoundException("测评不存在或无权查看");

    public async Task<CareerTendencyReport> ReportAsync(long id, CancellationToken ct) =>
        await Reports().FirstOrDefaultAsync(r => r.Id == id, ct) ?? throw new NotFoundException("报告不存在或无权查看");

    /// <summary>Plans, scoring by hand and reports are staff work (Head, Manager, Counselor).</summary>
    public void EnsureCaseWorker()
    {
        if (!(user.IsInRole(Roles.Counselor) || user.IsInRole(Roles.Manager) || user.IsInRole(Roles.Head)))
            throw new NotFoundException("只有职业指导人员可以办理测评");
    }

    public void Changed(string entity, long id, long unitId, AuditAction action, string fields) =>
        audit.Changed(db, action, entity, id.ToString(CultureInfo.InvariantCulture), unitId, fields);

    public void Read(string entity, long id, long unitId, string fields)
    {
        if (!IsWorker)
            audit.Read(AuditAction.View, entity, id.ToString(CultureInfo.InvariantCulture), unitId, fields);
    }
}
