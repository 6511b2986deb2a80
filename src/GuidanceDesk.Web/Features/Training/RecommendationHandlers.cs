using GuidanceDesk.Web.Data;
using GuidanceDesk.Web.Domain;
using GuidanceDesk.Web.Features.Cases;
using GuidanceDesk.Web.Infrastructure;
using GuidanceDesk.Web.Infrastructure.Audit;
using GuidanceDesk.Web.Infrastructure.ReferenceData;
using GuidanceDesk.Web.Infrastructure.Security;
using Microsoft.EntityFrameworkCore;

namespace GuidanceDesk.Web.Features.Training;

/// <summary>
/// Training guidance (5.1d): recommending a course to the worker of a case. Only a provider that is qualified, checked and
/// active today may be recommended (7.1.5); the recommendation is a guidance record of the case (service item 5.1d,
/// naming the course and provider) plus the row that links it to the course — both in one transaction, audited.
/// </summary>
public sealed class RecommendationHandlers(AppDbContext db, RecordHandlers records, CaseAccess access, CurrentUser user,
    TrainingStanding standing, OccupationCatalog occupations, AuditLog audit, TimeProvider time, AgencyClock clock)
{
    public const string EntityType = "TrainingRecommendation";

    public async Task<long> RecommendAsync(long caseId, RecommendRequest r, CancellationToken ct)
    {
        access.EnsureStaff();
        var c = await access.LoadAsync(caseId, ct);
        var course = await db.TrainingCourses.AsNoTracking().FirstOrDefaultAsync(x => x.Id == r.CourseId, ct)
            ?? throw new DomainRuleException("课程不存在", nameof(r.CourseId));
        var provider = await db.TrainingProviders.AsNoTracking().FirstAsync(p => p.Id == course.ProviderId, ct);
        var bars = standing.Of(provider, course);
        if (bars.Count > 0)
            throw new DomainRuleException($"不能推荐该课程：{string.Join("；", bars.Select(RecommendationBars.Describe))}", nameof(r.CourseId));

        var now = clock.Now;
        var form = new GuidanceRecordForm
        {
            Kind = ServiceKind.Guidance, Date = DateOnly.FromDateTime(now.DateTime), Time = new TimeOnly(now.Hour, now.Minute),
            DurationMinutes = r.DurationMinutes, Channel = r.Channel, ServiceItems = [ServiceItems.TrainingGuidance],
            Content = TrainingLabels.RecordContent(course, provider, occupations.Find(course.OccupationCode)?.Name),
            Advice = string.IsNullOrWhiteSpace(r.Note) ? null : r.Note.Trim(),
        };
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var recordId = await records.AddToCaseAsync(c.Id, form, ct);
        var recommendation = new TrainingRecommendation(c.ServiceUnitId, c.Id, c.WorkerId, course.Id, provider.Id, recordId, r.Note,
            user.UserId!, user.DisplayName, time.GetUtcNow());
        db.TrainingRecommendations.Add(recommendation);
        await db.SaveChangesAsync(ct);
        audit.Changed(db, AuditAction.Create, EntityType, ProviderHandlers.Key(recommendation.Id), c.ServiceUnitId,
            $"case:{c.Id};course:{course.Id};provider:{provider.Id}");
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return recommendation.Id;
    }

    /// <summary>Who the recommendation page is for: the case (within reach), the worker and their job intentions.</summary>
    public async Task<RecommendContext> ContextAsync(long caseId, CancellationToken ct)
    {
        var c = await access.LoadAsync(caseId, ct);
        var intended = await db.SeekerIntentions.AsNoTracking().Where(s => s.WorkerId == c.WorkerId && s.OccupationCode != null)
            .OrderBy(s => s.Ordinal).Select(s => s.OccupationCode!).Distinct().Take(5).ToListAsync(ct);
        return new RecommendContext(c.Id, c.WorkerId, await access.WorkerNameAsync(c.WorkerId, ct), c.IsClosed, intended);
    }

    /// <summary>The recommendations made on a case the caller may read, newest first.</summary>
    public async Task<IReadOnlyList<RecommendationView>> ForCaseAsync(long caseId, CancellationToken ct)
    {
        var c = await access.LoadAsync(caseId, ct);
        return await ViewsOf(db.TrainingRecommendations.Where(x => x.CaseId == c.Id)).ToListAsync(ct);
    }

    public async Task<RecommendationView> GetAsync(long caseId, long id, CancellationToken ct) =>
        await ViewsOf(db.TrainingRecommendations.Where(x => x.CaseId == caseId && x.Id == id)).FirstAsync(ct);

    private IQueryable<RecommendationView> ViewsOf(IQueryable<TrainingRecommendation> q) =>
        from x in q.AsNoTracking()
        join co in db.TrainingCourses on x.CourseId equals co.Id
        join p in db.TrainingProviders on x.ProviderId equals p.Id
        orderby x.RecommendedAt descending
        select new RecommendationView(x.Id, x.CaseId, x.CourseId, co.Title, x.ProviderId, p.Name, x.GuidanceRecordId, x.Note,
            x.RecommendedByName, x.RecommendedAt);
}
