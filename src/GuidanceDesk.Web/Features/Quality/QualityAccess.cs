using System.Globalization;
using GuidanceDesk.Web.Data;
using GuidanceDesk.Web.Domain;
using GuidanceDesk.Web.Infrastructure;
using GuidanceDesk.Web.Infrastructure.Audit;
using GuidanceDesk.Web.Infrastructure.Http;
using GuidanceDesk.Web.Infrastructure.Security;

namespace GuidanceDesk.Web.Features.Quality;

/// <summary>
/// Who reaches complaints, audits and corrective actions. Managers and the head of a unit manage their unit's;
/// city-level staff see every unit; a counselor sees the complaints assigned to them and the actions they own; the
/// evaluator reads the audits and actions of the units of their open grants, a city-wide grant all (never complaints:
/// they carry the complainant's identity). Out of reach is 404.
/// </summary>
public sealed class QualityAccess(AppDbContext db, CurrentUser user, AuditLog audit, AgencyClock clock)
{
    public const string ComplaintEntity = "Complaint";
    public const string AuditEntity = "InternalAudit";
    public const string ActionEntity = "CorrectiveAction";

    public string Name => string.IsNullOrWhiteSpace(user.DisplayName) ? "—" : user.DisplayName;
    public long? StaffId => user.StaffMemberId;
    public bool IsEvaluator => user.IsInRole(Roles.Evaluator);

    /// <summary>Manager or head (of a unit, or at city level).</summary>
    public bool Manages => user.IsInRole(Roles.Manager) || user.IsInRole(Roles.Head);

    public bool ManagesUnit(long unitId) => Manages && user.CanReachUnit(unitId);

    public bool IsCityLevel => user.IsCityLevel;

    public long? UnitId => user.ServiceUnitId;

    public IQueryable<Complaint> Complaints()
    {
        if (Manages)
            return user.IsCityLevel ? db.Complaints : db.Complaints.Where(c => c.ServiceUnitId == user.ServiceUnitId);
        if (user.IsInRole(Roles.Counselor) && user.StaffMemberId is { } me)
            return db.Complaints.Where(c => c.HandlerStaffId == me);
        return db.Complaints.Where(_ => false);
    }

    public IQueryable<InternalAudit> Audits()
    {
        if (IsEvaluator)
        {
            var grants = OpenGrants();
            return db.InternalAudits.Where(a => grants.Any(g => g.ServiceUnitId == null || g.ServiceUnitId == a.ServiceUnitId));
        }
        if (user.IsCityLevel)
            return db.InternalAudits;
        if (Manages || user.IsInRole(Roles.Counselor))
            return db.InternalAudits.Where(a => a.ServiceUnitId == user.ServiceUnitId);
        return db.InternalAudits.Where(_ => false);
    }

    public IQueryable<CorrectiveAction> Actions()
    {
        if (IsEvaluator)
        {
            var grants = OpenGrants();
            return db.CorrectiveActions.Where(a => grants.Any(g => g.ServiceUnitId == null || g.ServiceUnitId == a.ServiceUnitId));
        }
        if (Manages && user.IsCityLevel)
            return db.CorrectiveActions;
        if (Manages)
            return db.CorrectiveActions.Where(a => a.ServiceUnitId == user.ServiceUnitId);
        if (user.IsInRole(Roles.Counselor) && user.StaffMemberId is { } me)
            return db.CorrectiveActions.Where(a => a.OwnerStaffId == me);
        return db.CorrectiveActions.Where(_ => false);
    }

    /// <summary>The evaluator's grants open today (least privilege: an ended or lapsed grant reads nothing more).</summary>
    private IQueryable<ThirdPartyEvaluation> OpenGrants()
    {
        var (me, today) = (user.UserId ?? "", clock.Today);
        return db.ThirdPartyEvaluations.Where(e => e.EvaluatorUserId == me && e.Status == ThirdPartyEvaluationStatus.Active && e.AccessUntil >= today);
    }

    public void EnsureManages(long unitId)
    {
        if (!ManagesUnit(unitId))
            throw new ForbiddenException("只有本单位的专业管理人员或负责人可以办理");
    }

    /// <summary>The complaint's handler, or a manager or head of its unit.</summary>
    public void EnsureHandles(Complaint c)
    {
        if (!(ManagesUnit(c.ServiceUnitId) || (c.HandlerStaffId is { } h && h == user.StaffMemberId)))
            throw new ForbiddenException("只有办理人或本单位的管理人员可以办理");
    }

    /// <summary>The action's owner, or a manager or head of its unit.</summary>
    public void EnsureOwnerSide(CorrectiveAction a)
    {
        if (!(ManagesUnit(a.ServiceUnitId) || a.OwnerStaffId == user.StaffMemberId))
            throw new ForbiddenException("只有责任人或本单位的管理人员可以办理");
    }

    public void Read(string entity, long id, long unitId, string what) => audit.Read(AuditAction.View, entity, Key(id), unitId, what);

    public void Changed(string entity, long id, long unitId, AuditAction action, string what) =>
        audit.Changed(db, action, entity, Key(id), unitId, what);

    public static string Key(long id) => id.ToString(CultureInfo.InvariantCulture);
}
