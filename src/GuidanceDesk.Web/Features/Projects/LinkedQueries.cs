using GuidanceDesk.Web.Data;
using GuidanceDesk.Web.Domain;
using GuidanceDesk.Web.Infrastructure;
using GuidanceDesk.Web.Infrastructure.Audit;
using GuidanceDesk.Web.Infrastructure.Security;
using Microsoft.EntityFrameworkCore;

namespace GuidanceDesk.Web.Features.Projects;

/// <summary>
/// What is linked to a project and what could be: the linked cases and assessment plans the viewer may see (a counselor
/// their own; the admin none — aggregates only), and open cases to link, found by name or case number, or suggested by
/// the project's structured target group.
/// </summary>
public sealed class LinkedQueries(AppDbContext db, ProjectAccess access, CurrentUser user, AuditLog audit, AgencyClock clock)
{
    public const int SuggestTake = 20;

    public async Task<IReadOnlyList<LinkedCaseRow>> CasesAsync(long projectId, CancellationToken ct)
    {
        var project = await access.LoadAsync(projectId, ct);
        var me = user.StaffMemberId;
        var all = user.SeesWholeUnit || user.IsCityLevel;
        var rows = await access.VisibleCases().AsNoTracking().Where(c => c.GuidanceProjectId == projectId)
            .Join(db.Workers, c => c.WorkerId, w => w.Id, (c, w) => new { c, w })
            .OrderBy(x => x.c.Stage == CaseStage.Closed).ThenBy(x => x.w.Name).Take(500)
            .Select(x => new LinkedCaseRow(x.c.Id, x.w.Id, x.w.Name, x.c.Stage,
                db.StaffMembers.Where(s => s.Id == x.c.CounselorId).Select(s => s.Name).FirstOrDefault(),
                x.c.ClosedWith, project.AcceptsLinks && (all || x.c.CounselorId == me)))
            .ToListAsync(ct);
        if (rows.Count > 0)
            audit.Searched(Cases.CaseAccess.EntityType, rows.Select(r => r.CaseId), project.ServiceUnitId, $"project={projectId}");
        return rows;
    }

    public async Task<IReadOnlyList<LinkedPlanRow>> PlansAsync(long projectId, CancellationToken ct)
    {
        var project = await access.LoadAsync(projectId, ct);
        var me = user.StaffMemberId;
        var all = user.SeesWholeUnit || user.IsCityLevel;
        return await access.LinkablePlans().AsNoTracking().Where(p => p.GuidanceProjectId == projectId)
            .Join(db.Workers, p => p.WorkerId, w => w.Id, (p, w) => new { p, w })
            .OrderByDescending(x => x.p.PlannedOn).Take(500)
            .Select(x => new LinkedPlanRow(x.p.Id, x.w.Id, x.w.Name, x.p.Purpose, x.p.Status, x.p.PlannedOn,
                project.AcceptsLinks && (all || x.p.CounselorId == me)))
            .ToListAsync(ct);
    }

    /// <summary>
    /// Open cases of the project's unit the viewer may link and that belong to no project: those matching
    /// <paramref name="q"/> (worker name prefix or case number), or without it those whose worker meets the target criteria.
    /// </summary>
    public async Task<IReadOnlyList<CandidateCase>> CandidatesAsync(long projectId, string? q, CancellationToken ct)
    {
        var project = await access.LoadAsync(projectId, ct);
        var criteria = project.Criteria;
        var rows = access.LinkableCases().AsNoTracking()
            .Where(c => c.ServiceUnitId == project.ServiceUnitId && c.Stage != CaseStage.Closed && c.GuidanceProjectId == null)
            .Join(db.Workers, c => c.WorkerId, w => w.Id, (c, w) => new { c, w });
        if (!string.IsNullOrWhiteSpace(q))
        {
            var text = q.Trim();
            var number = long.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n) ? n : -1;
            rows = rows.Where(x => x.c.Id == number || x.w.Name.StartsWith(text));
        }
        else if (criteria.IsEmpty)
        {
            return [];
        }
        else
        {
            if (criteria.DistrictCode is { } district)
                rows = rows.Where(x => x.w.ResidenceDistrictCode == district);
            if (criteria.Groups != SpecialGroups.None)
                rows = rows.Where(x => (x.w.SpecialGroups & criteria.Groups) != 0);
            if (criteria.GraduationYear is { } year)
                rows = rows.Where(x => x.w.GraduationYear == year);
            if (criteria.MinUnemployedMonths is not null)
                rows = rows.Where(x => x.w.EmploymentStatus == EmploymentStatus.Unemployed);
        }
        var found = await rows.OrderByDescending(x => x.c.LastActivityAt).Take(200)
            .Select(x => new { CaseId = x.c.Id, x.c.Stage, x.c.CounselorId, x.w }).ToListAsync(ct);
        var today = clock.Today;
        var picked = found.Where(x => q is not null || criteria.MinUnemployedMonths is not { } m || UnemployedMonths(x.w, today) >= m)
            .Take(SuggestTake).ToList();
        var counselorIds = picked.Select(x => x.CounselorId).OfType<long>().Distinct().ToList();
        var names = await db.StaffMembers.AsNoTracking().Where(s => counselorIds.Contains(s.Id)).ToDictionaryAsync(s => s.Id, s => s.Name, ct);
        if (picked.Count > 0)
            audit.Searched(Cases.CaseAccess.EntityType, picked.Select(x => x.CaseId), project.ServiceUnitId, $"project={projectId};q={q}");
        return [.. picked.Select(x => new CandidateCase(x.CaseId, x.w.Name, x.Stage,
            x.CounselorId is { } cid ? names.GetValueOrDefault(cid) : null, Reasons(criteria, x.w, today)))];
    }

    /// <summary>Months since the last job ended (or, with no job on record, since the worker registered).</summary>
    public static int UnemployedMonths(Worker w, DateOnly today)
    {
        if (w.WorkExperiences.Any(e => e.To is null))
            return 0;
        var since = w.WorkExperiences.Count > 0 ? w.WorkExperiences.Max(e => e.To!.Value) : AgencyClock.DateOf(w.CreatedAt);
        return Math.Max(0, ((today.Year - since.Year) * 12) + today.Month - since.Month - (today.Day < since.Day ? 1 : 0));
    }

    private static List<string> Reasons(TargetCriteria criteria, Worker w, DateOnly today)
    {
        var reasons = new List<string>();
        if (criteria.DistrictCode is { } d && w.ResidenceDistrictCode == d)
            reasons.Add("居住区县符合");
        reasons.AddRange(Common.Labels.Of(w.SpecialGroups & criteria.Groups));
        if (criteria.GraduationYear is { } y && w.GraduationYear == y)
            reasons.Add("毕业年份符合");
        if (criteria.MinUnemployedMonths is { } m && w.EmploymentStatus == EmploymentStatus.Unemployed && UnemployedMonths(w, today) >= m)
            reasons.Add("失业时间符合");
        return reasons;
    }
}
