using GuidanceDesk.Web.Data;
using GuidanceDesk.Web.Domain;
using GuidanceDesk.Web.Infrastructure.Http;
using Microsoft.EntityFrameworkCore;

namespace GuidanceDesk.Web.Features.Projects;

/// <summary>Reads of guidance projects, always through <see cref="ProjectAccess"/>: the list (with progress), one project, its progress.</summary>
public sealed class ProjectQueries(AppDbContext db, ProjectAccess access, ProjectProgress progress)
{
    public async Task<PagedResult<ProjectListItem>> ListAsync(ProjectListQuery q, CancellationToken ct)
    {
        var projects = access.Projects().AsNoTracking();
        if (q.Status is { } status)
            projects = projects.Where(p => p.Status == status);
        if (!string.IsNullOrWhiteSpace(q.Q))
            projects = projects.Where(p => p.Title.Contains(q.Q.Trim()));
        var size = Math.Clamp(q.PageSize, 1, PageRequest.MaxPageSize);
        var page = Math.Max(q.Page, 1);
        var total = await projects.CountAsync(ct);
        // Running projects first, then drafts, then ended ones; newest first within each.
        var rows = await projects.OrderBy(p => p.Status == ProjectStatus.Active ? 0 : p.Status == ProjectStatus.Draft ? 1 : 2)
            .ThenByDescending(p => p.PeriodStart).ThenByDescending(p => p.Id)
            .Skip(PageRequest.SkipOf(page, size)).Take(size).ToListAsync(ct);
        var ids = rows.Select(p => p.Id).ToList();
        var figures = await progress.CountAsync(db.GuidanceProjects.Where(p => ids.Contains(p.Id)), ct);
        var names = await NamesAsync(rows, ct);
        var items = rows.Select(p => new ProjectListItem(p.Id, p.Title, names.Units.GetValueOrDefault(p.ServiceUnitId, ""), p.Status,
            p.PeriodStart, p.PeriodEnd, p.LeadStaffId is { } l ? names.Staff.GetValueOrDefault(l) : null,
            ProgressView.Of(p, figures.GetValueOrDefault(p.Id) ?? ProgressFigures.Zero))).ToList();
        return new PagedResult<ProjectListItem>(items, page, size, total);
    }

    public async Task<ProjectView> GetAsync(long id, CancellationToken ct)
    {
        var p = await access.Projects().AsNoTracking().FirstOrDefaultAsync(x => x.Id == id, ct)
            ?? throw new NotFoundException("指导项目不存在或无权查看");
        var names = await NamesAsync([p], ct);
        return new ProjectView(p.Id, p.ServiceUnitId, names.Units.GetValueOrDefault(p.ServiceUnitId, ""), p.Title, p.NeedsAnalysis,
            p.TargetGroup, CriteriaView.Of(p.Criteria), p.Objectives, p.Indicators, p.Schedule,
            p.LeadStaffId is { } l ? new StaffName(l, names.Staff.GetValueOrDefault(l, "")) : null,
            [.. p.MemberStaffIds.Select(m => new StaffName(m, names.Staff.GetValueOrDefault(m, "")))], p.BudgetNotes,
            p.PeriodStart, p.PeriodEnd, p.Status, p.CreatedAt, p.CreatedByName, p.ActivatedAt, p.ClosedAt, p.CancelReason, p.Evaluation, p.Version);
    }

    public async Task<ProgressView> ProgressAsync(long id, CancellationToken ct)
    {
        var p = await access.Projects().AsNoTracking().FirstOrDefaultAsync(x => x.Id == id, ct)
            ?? throw new NotFoundException("指导项目不存在或无权查看");
        return ProgressView.Of(p, await progress.CountAsync(id, ct));
    }

    /// <summary>The unit's staff who can lead (managers, the head) and be members, for the design form.</summary>
    public async Task<IReadOnlyList<(long Id, string Name, StaffPosition Position)>> StaffOfAsync(long unitId, CancellationToken ct) =>
        [.. (await db.StaffMembers.AsNoTracking().Where(s => s.ServiceUnitId == unitId && s.IsActive).OrderBy(s => s.Position).ThenBy(s => s.Name)
            .Select(s => new { s.Id, s.Name, s.Position }).ToListAsync(ct)).Select(s => (s.Id, s.Name, s.Position))];

    private async Task<(Dictionary<long, string> Units, Dictionary<long, string> Staff)> NamesAsync(IReadOnlyList<GuidanceProject> rows, CancellationToken ct)
    {
        var unitIds = rows.Select(p => p.ServiceUnitId).Distinct().ToList();
        var staffIds = rows.SelectMany(p => p.MemberStaffIds.Append(p.LeadStaffId ?? 0)).Where(i => i != 0).Distinct().ToList();
        var units = await db.ServiceUnits.AsNoTracking().Where(u => unitIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.Name, ct);
        var staff = await db.StaffMembers.AsNoTracking().Where(s => staffIds.Contains(s.Id)).ToDictionaryAsync(s => s.Id, s => s.Name, ct);
        return (units, staff);
    }
}
