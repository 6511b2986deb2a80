using GuidanceDesk.Web.Data;
using GuidanceDesk.Web.Domain;
using GuidanceDesk.Web.Infrastructure.Audit;
using GuidanceDesk.Web.Infrastructure.Http;
using GuidanceDesk.Web.Infrastructure.Security;
using Microsoft.EntityFrameworkCore;

namespace GuidanceDesk.Web.Features.Training;

/// <summary>Courses of the registry's providers, kept by managers, heads and the admin.</summary>
public sealed class CourseHandlers(AppDbContext db, CurrentUser user, AuditLog audit, TimeProvider time)
{
    public const string EntityType = "TrainingCourse";

    public async Task<long> CreateAsync(CourseRequest r, CancellationToken ct)
    {
        EnsureKeeper();
        await EnsureProviderAsync(r.ProviderId!.Value, ct);
        var course = new TrainingCourse(r.ProviderId.Value, r.ToDetails(), time.GetUtcNow());
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        db.TrainingCourses.Add(course);
        await db.SaveChangesAsync(ct);
        audit.Changed(db, AuditAction.Create, EntityType, ProviderHandlers.Key(course.Id), null, course.Title);
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return course.Id;
    }

    /// <summary>Edits a course; it stays with its provider (a course moving between providers is a new course).</summary>
    public async Task UpdateAsync(long id, CourseRequest r, CancellationToken ct)
    {
        EnsureKeeper();
        var course = await db.TrainingCourses.FirstOrDefaultAsync(c => c.Id == id, ct) ?? throw new NotFoundException();
        ETags.EnsureCurrentIfGiven(db, course, r.Version);
        if (r.ProviderId != course.ProviderId)
            throw new DomainRuleException("课程不能改到其他培训机构名下，请在该机构下新建课程", nameof(r.ProviderId));
        course.Update(r.ToDetails());
        audit.Changed(db, AuditAction.Update, EntityType, ProviderHandlers.Key(id), null, "details");
        await db.SaveChangesAsync(ct);
    }

    private async Task EnsureProviderAsync(long providerId, CancellationToken ct)
    {
        var retired = await db.TrainingProviders.Where(p => p.Id == providerId).Select(p => (bool?)p.IsRetired).FirstOrDefaultAsync(ct)
            ?? throw new DomainRuleException("培训机构不存在", nameof(CourseRequest.ProviderId));
        if (retired)
            throw new DomainRuleException("培训机构已停用，不能再添加课程", nameof(CourseRequest.ProviderId));
    }

    private void EnsureKeeper()
    {
        if (!(user.IsInRole(Roles.Manager) || user.IsInRole(Roles.Head) || user.IsInRole(Roles.Admin)))
            throw new ForbiddenException("只有专业管理人员、负责人或系统管理员可以维护培训机构名录");
    }
}
