using GuidanceDesk.Web.Data;
using GuidanceDesk.Web.Domain;
using GuidanceDesk.Web.Infrastructure;
using GuidanceDesk.Web.Infrastructure.Audit;
using GuidanceDesk.Web.Infrastructure.Http;
using Microsoft.EntityFrameworkCore;

namespace GuidanceDesk.Web.Features.Assessments;

/// <summary>
/// The career-tendency analysis report (7.1.7): a draft is started from a plan's completed assessments with computed
/// occupation suggestions, the counselor writes the comprehensive evaluation and next steps, issues it (frozen, filed
/// with the case, 7.2.2e) and records the feedback to the worker. One report per plan; a re-test gets a new plan.
/// </summary>
public sealed class ReportHandlers(AppDbContext db, AssessmentAccess access, InstrumentCatalog catalog, OccupationSuggester suggester,
    TimeProvider time, AgencyClock clock)
{
    public const int SuggestionCount = 10;

    public async Task<long> CreateAsync(long planId, CancellationToken ct)
    {
        access.EnsureCaseWorker();
        var plan = await access.PlanAsync(planId, ct);
        var existing = await db.CareerTendencyReports.Where(r => r.PlanId == planId).Select(r => (long?)r.Id).FirstOrDefaultAsync(ct);
        if (existing is { } id)
            throw new DuplicateException("该测评方案已有报告", "planId", "CareerTendencyReport", id);
        var done = await db.Assessments.AsNoTracking().Where(a => a.PlanId == planId && a.Status == AssessmentStatus.Completed).ToListAsync(ct);
        var open = await db.Assessments.AnyAsync(a => a.PlanId == planId
            && (a.Status == AssessmentStatus.NotStarted || a.Status == AssessmentStatus.InProgress), ct);
        if (open)
            throw new DomainRuleException("方案中还有未完成的测评，完成或作废后再撰写报告", "planId");
        var previous = await db.CareerTendencyReports.Where(r => r.WorkerId == plan.WorkerId && r.Status == ReportStatus.Issued)
            .OrderByDescending(r => r.IssuedAt).Select(r => (long?)r.Id).FirstOrDefaultAsync(ct);
        var report = new CareerTendencyReport(plan, [.. done.Select(a => a.Id)], previous, plan.CounselorId ?? access.StaffId, time.GetUtcNow());
        report.Edit(null, null, await SuggestAsync(plan.WorkerId, done, ct), time.GetUtcNow());
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        db.CareerTendencyReports.Add(report);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException e) when (DbErrors.IsUniqueViolation(e))
        {
            throw new ConflictException("该测评方案已有报告", "planId");
        }
        access.Changed(AssessmentAccess.ReportEntity, report.Id, report.ServiceUnitId, AuditAction.Create, "draft");
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return report.Id;
    }

    /// <summary>The counselor's text and the suggestions kept (a subset of the computed ones, in the order given).</summary>
    public async Task EditAsync(long id, ReportEditRequest r, CancellationToken ct)
    {
        access.EnsureCaseWorker();
        var report = await access.ReportAsync(id, ct);
        ETags.EnsureCurrentIfGiven(db, report, r.Version);
        var kept = r.Occupations.Count == 0 ? [.. report.Suggestions]
            : r.Occupations.Distinct().Select(code => report.Suggestions.FirstOrDefault(s => s.Code == code)
                ?? throw new DomainRuleException($"职业 {code} 不在建议列表中", "occupations")).ToList();
        report.Edit(r.Evaluation, r.NextSteps, kept, time.GetUtcNow());
        access.Changed(AssessmentAccess.ReportEntity, report.Id, report.ServiceUnitId, AuditAction.Update, "edited");
        await db.SaveChangesAsync(ct);
    }

    public async Task IssueAsync(long id, int? version, CancellationToken ct)
    {
        access.EnsureCaseWorker();
        var report = await access.ReportAsync(id, ct);
        ETags.EnsureCurrentIfGiven(db, report, version);
        report.Issue(access.DisplayName, time.GetUtcNow());
        access.Changed(AssessmentAccess.ReportEntity, report.Id, report.ServiceUnitId, AuditAction.Update, "issued");
        await db.SaveChangesAsync(ct);
    }

    /// <summary>Staff record the feedback session; a worker who reads the report in the portal leaves their comments (online, today).</summary>
    public async Task FeedbackAsync(long id, FeedbackRequest r, CancellationToken ct)
    {
        if (!access.IsWorker)
            access.EnsureCaseWorker();
        var report = await access.ReportAsync(id, ct);
        ETags.EnsureCurrentIfGiven(db, report, r.Version);
        if (!access.IsWorker && r.On is null)
            throw new DomainRuleException("请填写反馈日期", nameof(r.On));
        var (on, channel) = access.IsWorker ? (clock.Today, Channel.Online) : (r.On!.Value, r.Channel);
        report.RecordFeedback(on, channel, r.Comments, clock.Today, time.GetUtcNow());
        access.Changed(AssessmentAccess.ReportEntity, report.Id, report.ServiceUnitId, AuditAction.Update, "feedback:" + channel);
        await db.SaveChangesAsync(ct);
    }

    private async Task<List<OccupationSuggestion>> SuggestAsync(long workerId, List<Assessment> done, CancellationToken ct)
    {
        var interest = done.FirstOrDefault(a => a.Kind == InstrumentKind.Interest && a.HollandCode is not null);
        if (interest is null)
            return [];
        var definition = await catalog.GetAsync(db, interest.InstrumentId, ct);
        if (definition.Kind != InstrumentKind.Interest)
            return [];
        var w = await db.Workers.Where(x => x.Id == workerId).Select(x => new { x.Education, x.ResidenceDistrictCode }).FirstAsync(ct);
        var six = Holland.Order.Select(c => (double)interest.Scores.First(s => s.Code == c.ToString()).Raw).ToList();
        return await suggester.SuggestAsync(new SuggestionInput(six, interest.HollandCode!, w.Education, w.ResidenceDistrictCode), SuggestionCount, ct);
    }
}
