using System.Globalization;
using GuidanceDesk.Web.Data;
using GuidanceDesk.Web.Domain;
using GuidanceDesk.Web.Infrastructure.Audit;
using GuidanceDesk.Web.Infrastructure.Http;
using GuidanceDesk.Web.Infrastructure.Security;
using Microsoft.EntityFrameworkCore;

namespace GuidanceDesk.Web.Features.Risk;

/// <summary>
/// Who reaches a risk alert: every guidance staff member of its unit (an alert concerns the whole unit, whoever holds the
/// case) and city-level staff; nobody of another unit (404). Every read and change is audited.
/// </summary>
public sealed class RiskAccess(AppDbContext db, CurrentUser user, AuditLog audit)
{
    public const string EntityType = "RiskAlert";

    public Actor Actor => new(user.UserId ?? "", user.DisplayName);
    public long? StaffId => user.StaffMemberId;
    public string? UserId => user.UserId;
    public bool IsManagerOrHead => user.IsInRole(Roles.Manager) || user.IsInRole(Roles.Head);

    public IQueryable<RiskAlert> Alerts()
    {
        if (!IsGuidanceStaff)
            return db.RiskAlerts.Where(_ => false);
        if (user.IsCityLevel)
            return db.RiskAlerts;
        var unit = user.ServiceUnitId;
        return db.RiskAlerts.Where(a => a.ServiceUnitId == unit);
    }

    public async Task<RiskAlert> LoadAsync(long id, CancellationToken ct) =>
        await Alerts().FirstOrDefaultAsync(a => a.Id == id, ct) ?? throw new NotFoundException();

    public bool IsGuidanceStaff => !user.IsInRole(Roles.Worker)
        && (user.IsInRole(Roles.Counselor) || user.IsInRole(Roles.Manager) || user.IsInRole(Roles.Head));

    /// <summary>The worker must be of the caller's unit (city level: any); the case, when given, must be the worker's.</summary>
    public async Task<(long UnitId, string WorkerName, long? CaseId, long? CounselorId)> TargetAsync(long workerId, long? caseId, CancellationToken ct)
    {
        var worker = await user.Scope(db.Workers).Where(w => w.Id == workerId).Select(w => new { w.Id, w.ServiceUnitId, w.Name })
            .FirstOrDefaultAsync(ct) ?? throw new NotFoundException("劳动者不存在或无权查看");
        // Any case of the worker in the unit, whoever holds it: the counselor may be absent (8.2).
        var cases = db.GuidanceCases.Where(c => c.WorkerId == worker.Id);
        var chosen = caseId is { } id
            ? await cases.Where(c => c.Id == id).Select(c => new { c.Id, c.CounselorId }).FirstOrDefaultAsync(ct)
                ?? throw new DomainRuleException("该个案不属于这位劳动者", "caseId")
            : await cases.OrderBy(c => c.Stage == CaseStage.Closed).ThenByDescending(c => c.OpenedAt)
                .Select(c => new { c.Id, c.CounselorId }).FirstOrDefaultAsync(ct);
        return (worker.ServiceUnitId, worker.Name, chosen?.Id, chosen?.CounselorId);
    }

    public void Changed(RiskAlert a, AuditAction action, string what) =>
        audit.Changed(db, action, EntityType, Key(a.Id), a.ServiceUnitId, what);

    public void Read(RiskAlert a) => audit.Read(AuditAction.View, EntityType, Key(a.Id), a.ServiceUnitId, "risk-alert");

    private static string Key(long id) => id.ToString(CultureInfo.InvariantCulture);
}
