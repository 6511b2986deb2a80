using System.Globalization;
using GuidanceDesk.Web.Data;
using GuidanceDesk.Web.Domain;
using GuidanceDesk.Web.Infrastructure.Audit;
using GuidanceDesk.Web.Infrastructure.Http;
using GuidanceDesk.Web.Infrastructure.Security;
using Microsoft.EntityFrameworkCore;

namespace GuidanceDesk.Web.Features.Risk;

/// <summary>The unit's on-duty list for risk alerts: read by its staff, set by its head or a manager.</summary>
public sealed class RosterHandlers(AppDbContext db, CurrentUser user, DutyRoster roster, AuditLog audit)
{
    public const string EntityType = "RiskDutyRoster";

    public async Task<DutyRosterView> GetAsync(long? unitId, CancellationToken ct)
    {
        var unit = UnitOf(unitId);
        var plan = await roster.ForUnitAsync(unit, ct);
        return new DutyRosterView(unit, plan.IsConfigured, [.. plan.People.Select(p => new DutyMemberView(p.StaffId, p.Name, p.Duty, p.UserId is not null))],
            plan.EscalationMinutes, plan.Hotline, plan.Version);
    }

    public async Task SaveAsync(long? unitId, DutyRosterRequest r, CancellationToken ct)
    {
        var unit = UnitOf(unitId);
        var ids = r.Members.Select(m => m.StaffMemberId!.Value).ToList();
        var staff = await db.StaffMembers.Where(s => ids.Contains(s.Id) && s.ServiceUnitId == unit && s.IsActive).Select(s => s.Id).ToListAsync(ct);
        if (ids.FirstOrDefault(i => !staff.Contains(i)) is var missing and > 0)
            throw new DomainRuleException($"人员 {missing.ToString(CultureInfo.InvariantCulture)} 不是本单位在职人员", "members");
        var members = r.Members.Select(m => new RiskDutyMember(m.StaffMemberId!.Value, m.Duty)).ToList();
        var existing = await db.RiskDutyRosters.FirstOrDefaultAsync(x => x.ServiceUnitId == unit, ct);
        if (existing is null)
        {
            db.RiskDutyRosters.Add(new RiskDutyRoster(unit, members, r.EscalationMinutes, r.CrisisHotline!));
        }
        else
        {
            ETags.EnsureCurrentIfGiven(db, existing, r.Version);
            existing.Update(members, r.EscalationMinutes, r.CrisisHotline!);
        }
        audit.Changed(db, existing is null ? AuditAction.Create : AuditAction.Update, EntityType, unit.ToString(CultureInfo.InvariantCulture), unit,
            "members=" + members.Count);
        await db.SaveChangesAsync(ct);
    }

    /// <summary>Staff set their own unit's list; city-level staff name the unit.</summary>
    private long UnitOf(long? unitId) =>
        user.ServiceUnitId ?? unitId ?? throw new DomainRuleException("请选择服务单位", "unitId");
}
