using GuidanceDesk.Web.Data;
using GuidanceDesk.Web.Domain;
using GuidanceDesk.Web.Infrastructure.Security;
using Microsoft.EntityFrameworkCore;

namespace GuidanceDesk.Web.Features.Worklist;

/// <summary>The manager's overview: per counselor of the unit, open cases and what is waiting (grouped in the database).</summary>
public sealed class CaseloadQuery(AppDbContext db, CurrentUser user)
{
    public async Task<List<CaseloadRow>> RunAsync(DateOnly today, DateTimeOffset inactiveSince, DateOnly planHorizon, CancellationToken ct)
    {
        var cases = user.Scope(db.GuidanceCases).Where(c => c.Stage != CaseStage.Closed && c.CounselorId != null);
        var open = await cases.Select(c => new { c.CounselorId, c.LastActivityAt, SpecialGroups = c.WorkerGroups })
            .GroupBy(x => x.CounselorId!.Value)
            .Select(g => new
            {
                g.Key,
                Open = g.Count(),
                Priority = g.Count(x => (x.SpecialGroups & SpecialGroups.EmploymentAssistanceTarget) != 0),
                Inactive = g.Count(x => x.LastActivityAt < inactiveSince),
            }).ToListAsync(ct);
        var overdue = await cases.Join(db.FollowUps.Where(f => f.Status == FollowUpStatus.Scheduled && f.DueOn < today), c => c.Id, f => f.CaseId, (c, f) => c.CounselorId!.Value)
            .GroupBy(x => x).Select(g => new { g.Key, N = g.Count() }).ToDictionaryAsync(x => x.Key, x => x.N, ct);
        var ending = await cases.Join(db.EmploymentPlans.Where(p => p.Status == PlanStatus.Active && p.PeriodEnd <= planHorizon), c => c.Id, p => p.CaseId, (c, p) => c.CounselorId!.Value)
            .GroupBy(x => x).Select(g => new { g.Key, N = g.Count() }).ToDictionaryAsync(x => x.Key, x => x.N, ct);
        var ids = open.Select(o => o.Key).ToList();
        var names = await db.StaffMembers.Where(s => ids.Contains(s.Id)).ToDictionaryAsync(s => s.Id, s => s.Name, ct);
        return [.. open.Select(o => new CaseloadRow(o.Key, names.GetValueOrDefault(o.Key) ?? "", o.Open, o.Priority,
                overdue.GetValueOrDefault(o.Key), ending.GetValueOrDefault(o.Key), o.Inactive))
            .OrderByDescending(r => r.OpenCases)];
    }
}
