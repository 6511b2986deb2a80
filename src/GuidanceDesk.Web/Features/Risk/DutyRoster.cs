using GuidanceDesk.Web.Data;
using GuidanceDesk.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace GuidanceDesk.Web.Features.Risk;

/// <summary>One person on the effective on-duty list, with the account their notices go to.</summary>
public sealed record OnDuty(long StaffId, string Name, string? UserId, RiskDuty Duty);

/// <summary>A unit's effective on-duty list: the configured one, or its managers then its head.</summary>
public sealed record DutyPlan(IReadOnlyList<OnDuty> People, int EscalationMinutes, string Hotline, bool IsConfigured, int Version)
{
    public TimeSpan Interval => TimeSpan.FromMinutes(EscalationMinutes);

    /// <summary>Who an alert escalates to at <paramref name="level"/> (1, 2 …): the next person on the list, then the head, again and again.</summary>
    public OnDuty? At(int level)
    {
        if (People.Count == 0)
            return null;
        if (level < People.Count)
            return People[level];
        return People.FirstOrDefault(p => p.Duty == RiskDuty.Head) ?? People[^1];
    }
}

/// <summary>Reads a unit's on-duty list for risk alerts (8.2).</summary>
public sealed class DutyRoster(AppDbContext db)
{
    public async Task<DutyPlan> ForUnitAsync(long unitId, CancellationToken ct)
    {
        var roster = await db.RiskDutyRosters.AsNoTracking().FirstOrDefaultAsync(r => r.ServiceUnitId == unitId, ct);
        if (roster is not null)
        {
            var ids = roster.Members.Select(m => m.StaffMemberId).ToList();
            var staff = await db.StaffMembers.AsNoTracking().Where(s => ids.Contains(s.Id) && s.IsActive)
                .Select(s => new { s.Id, s.Name, s.UserId }).ToDictionaryAsync(s => s.Id, ct);
            var people = roster.Members.Where(m => staff.ContainsKey(m.StaffMemberId))
                .Select(m => new OnDuty(m.StaffMemberId, staff[m.StaffMemberId].Name, staff[m.StaffMemberId].UserId, m.Duty)).ToList();
            if (people.Count > 0)
                return new DutyPlan(people, roster.EscalationMinutes, roster.CrisisHotline, true, roster.Version);
        }
        // Not configured (or everyone on it has left): the unit's managers, then its head — the people 8.2 means.
        var fallback = await db.StaffMembers.AsNoTracking()
            .Where(s => s.ServiceUnitId == unitId && s.IsActive && (s.Position == StaffPosition.Manager || s.Position == StaffPosition.Head))
            .OrderBy(s => s.Position).ThenBy(s => s.Id).Select(s => new { s.Id, s.Name, s.UserId, s.Position }).ToListAsync(ct);
        return new DutyPlan([.. fallback.Select(s => new OnDuty(s.Id, s.Name, s.UserId, s.Position == StaffPosition.Head ? RiskDuty.Head : RiskDuty.Manager))],
            RiskDutyRoster.DefaultEscalationMinutes, roster?.CrisisHotline ?? RiskDutyRoster.DefaultHotline, false, roster?.Version ?? 0);
    }
}
