using GuidanceDesk.Web.Data;
using GuidanceDesk.Web.Domain;
using GuidanceDesk.Web.Infrastructure.Audit;
using GuidanceDesk.Web.Infrastructure.Http;
using GuidanceDesk.Web.Infrastructure.Security;
using Microsoft.EntityFrameworkCore;

namespace GuidanceDesk.Web.Features.Cases;

public sealed record CaseRow(long Id, long WorkerId, string WorkerName, bool IsPriority, SpecialGroups Groups, long? CounselorId,
    string? CounselorName, CaseStage Stage, DateTimeOffset OpenedAt, DateTimeOffset LastActivityAt, OutcomeKind? Outcome);

/// <summary>Finding cases: by counselor, stage, special group, worker name; employment-assistance targets first.</summary>
public sealed class CaseList(AppDbContext db, CurrentUser user, AuditLog audit)
{
    public async Task<PagedResult<CaseRow>> SearchAsync(CaseQuery q, CancellationToken ct)
    {
        // One's own cases are always within one's reach: without the scope's OR the counselor index is read alone (as on
        // the worklist, where the OR doubled the time at city scale).
        var cases = q.CounselorId is { } own && own == user.StaffMemberId
            ? db.GuidanceCases.AsNoTracking()
            : user.Scope(db.GuidanceCases).AsNoTracking();
        if (q.Open == true)
            cases = cases.Where(c => c.Stage != CaseStage.Closed);
        else if (q.Open == false)
            cases = cases.Where(c => c.Stage == CaseStage.Closed);
        if (q.CounselorId is { } cid)
            cases = cases.Where(c => c.CounselorId == cid);
        if (q.Stage is { } stage)
            cases = cases.Where(c => c.Stage == stage);
        var rows = cases.Join(db.Workers, c => c.WorkerId, w => w.Id, (c, w) => new { c, w });
        if (q.Group is { } group && group != SpecialGroups.None)
            rows = rows.Where(x => (x.w.SpecialGroups & group) != 0);
        if (!string.IsNullOrWhiteSpace(q.Name))
        {
            var name = q.Name.Trim();
            rows = rows.Where(x => x.w.Name.StartsWith(name));
        }
        var size = Math.Clamp(q.PageSize, 1, 200);
        var page = Math.Max(q.Page, 1);
        var total = await rows.CountAsync(ct);
        var items = await rows
            .OrderByDescending(x => (x.w.SpecialGroups & SpecialGroups.EmploymentAssistanceTarget) != 0)
            .ThenByDescending(x => x.c.LastActivityAt).ThenBy(x => x.c.Id)
            .Skip(PageRequest.SkipOf(page, size)).Take(size)
            .Select(x => new CaseRow(x.c.Id, x.w.Id, x.w.Name, (x.w.SpecialGroups & SpecialGroups.EmploymentAssistanceTarget) != 0,
                x.w.SpecialGroups, x.c.CounselorId, db.StaffMembers.Where(s => s.Id == x.c.CounselorId).Select(s => s.Name).FirstOrDefault(),
                x.c.Stage, x.c.OpenedAt, x.c.LastActivityAt, x.c.ClosedWith))
            .ToListAsync(ct);
        audit.Searched(CaseAccess.EntityType, items.Select(i => i.Id), user.ServiceUnitId, $"stage={q.Stage};group={q.Group};name={q.Name}");
        return new PagedResult<CaseRow>(items, page, size, total);
    }
}
