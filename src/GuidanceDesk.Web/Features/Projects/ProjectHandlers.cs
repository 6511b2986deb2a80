using GuidanceDesk.Web.Data;
using GuidanceDesk.Web.Domain;
using GuidanceDesk.Web.Infrastructure.Audit;
using GuidanceDesk.Web.Infrastructure.Http;
using Microsoft.EntityFrameworkCore;

namespace GuidanceDesk.Web.Features.Projects;

/// <summary>Designing a guidance project (4.6.1a) and moving it through Draft → Active / Cancelled. Each call is one transaction.</summary>
public sealed class ProjectHandlers(AppDbContext db, ProjectAccess access, TimeProvider time)
{
    public async Task<long> CreateAsync(ProjectForm form, CancellationToken ct)
    {
        access.EnsureDesigner();
        var unitId = await UnitOfNewAsync(form.ServiceUnitId, ct);
        await CheckStaffAsync(unitId, form, ct);
        var project = new GuidanceProject(unitId, form.ToDesign(), access.Actor, time.GetUtcNow());
        db.GuidanceProjects.Add(project);
        await db.SaveChangesAsync(ct);
        access.Changed(project, AuditAction.Create, project.Title);
        await db.SaveChangesAsync(ct);
        return project.Id;
    }

    /// <summary>A full replacement of the design; needs the version the editor started from (stale → 409).</summary>
    public async Task UpdateAsync(long id, ProjectForm form, CancellationToken ct)
    {
        access.EnsureDesigner();
        var project = await access.LoadAsync(id, ct);
        ETags.EnsureCurrent(db, project, form.Version);
        await CheckStaffAsync(project.ServiceUnitId, form, ct);
        project.Revise(form.ToDesign());
        access.Changed(project, AuditAction.Update, "design");
        await db.SaveChangesAsync(ct);
    }

    public async Task ActivateAsync(long id, ProjectStepRequest r, CancellationToken ct)
    {
        access.EnsureDesigner();
        var project = await access.LoadAsync(id, ct);
        ETags.EnsureCurrentIfGiven(db, project, r.Version);
        project.Activate(time.GetUtcNow());
        access.Changed(project, AuditAction.Update, "activated");
        await db.SaveChangesAsync(ct);
    }

    public async Task CancelAsync(long id, ProjectStepRequest r, CancellationToken ct)
    {
        access.EnsureDesigner();
        var project = await access.LoadAsync(id, ct);
        ETags.EnsureCurrentIfGiven(db, project, r.Version);
        project.Cancel(r.Reason ?? "", time.GetUtcNow());
        access.Changed(project, AuditAction.Update, "cancelled");
        await db.SaveChangesAsync(ct);
    }

    /// <summary>A unit's staff design for their unit; city-level staff name the unit.</summary>
    private async Task<long> UnitOfNewAsync(long? requested, CancellationToken ct)
    {
        if (!access.IsCityLevel)
            return access.UnitId ?? throw new ForbiddenException("账号未关联服务单位");
        if (requested is not { } unit)
            throw new DomainRuleException("请选择服务单位", nameof(ProjectForm.ServiceUnitId));
        return await db.ServiceUnits.AnyAsync(u => u.Id == unit, ct) ? unit
            : throw new DomainRuleException("服务单位不存在", nameof(ProjectForm.ServiceUnitId));
    }

    /// <summary>The lead is a manager or the head of the project's unit; members are active staff of that unit.</summary>
    private async Task CheckStaffAsync(long unitId, ProjectForm form, CancellationToken ct)
    {
        var ids = form.MemberStaffIds.Append(form.LeadStaffId ?? 0).Where(i => i != 0).Distinct().ToList();
        var staff = await db.StaffMembers.AsNoTracking().Where(s => ids.Contains(s.Id) && s.ServiceUnitId == unitId && s.IsActive)
            .Select(s => new { s.Id, s.Position }).ToListAsync(ct);
        if (form.LeadStaffId is { } lead && !staff.Exists(s => s.Id == lead && s.Position is StaffPosition.Manager or StaffPosition.Head))
            throw new DomainRuleException("项目负责人须为本单位的专业管理人员或负责人", nameof(ProjectForm.LeadStaffId));
        if (form.MemberStaffIds.Any(m => !staff.Exists(s => s.Id == m)))
            throw new DomainRuleException("项目成员须为本单位在职的工作人员", nameof(ProjectForm.MemberStaffIds));
    }
}
