using GuidanceDesk.Web.Data;
using GuidanceDesk.Web.Domain;
using GuidanceDesk.Web.Features.Common;
using GuidanceDesk.Web.Features.Quality.Conformance;
using GuidanceDesk.Web.Infrastructure;
using GuidanceDesk.Web.Infrastructure.Audit;
using Microsoft.EntityFrameworkCore;

namespace GuidanceDesk.Web.Features.Evaluation;

/// <summary>A sampled case as the evaluator sees it: a pseudonym, bands and categories, no identifier and no name.</summary>
public sealed record SampledCase(long CaseId, string Person, string Gender, string AgeBand, string Education, IReadOnlyList<string> Groups,
    string Unit, string Channel, string Stage, DateOnly OpenedOn, DateOnly? ClosedOn, string? Outcome, int Records, int FollowUps,
    int FollowUpsOnTime, bool PlanAgreed, IReadOnlyList<SampledRecord> History);

public sealed record SampledRecord(DateTimeOffset At, string Kind, string Channel, int Minutes, string Content, string? Advice);

/// <summary>The de-identified reads of 9.2.3: the report for the grant's scope and the sample's cases. Every read is audited.</summary>
public sealed class EvaluationQueries(AppDbContext db, EvaluationAccess access, ConformanceReports reports, Deidentifier deidentifier, AgencyClock clock)
{
    public async Task<ConformanceReport> ReportAsync(ThirdPartyEvaluation e, CancellationToken ct)
    {
        access.Read(e, AuditAction.View, "conformance report");
        return await reports.ComputeAsync(e.ServiceUnitId, new ConformancePeriod(e.PeriodFrom, e.PeriodTo), ct);
    }

    /// <summary>The records behind a row with the person replaced by the pseudonym and no links into staff pages.</summary>
    public async Task<(IConformanceRule Rule, IReadOnlyList<DrillRow> Rows)> DrillAsync(ThirdPartyEvaluation e, string key, CancellationToken ct)
    {
        var (rule, rows) = await reports.DrillAsync(key, e.ServiceUnitId, new ConformancePeriod(e.PeriodFrom, e.PeriodTo), 500, ct);
        access.Read(e, AuditAction.Search, "conformance row " + key);
        return (rule, [.. rows.Select(r => r with
        {
            Link = null, WorkerId = null,
            Reference = r.WorkerId is { } w ? $"{r.Reference}（{deidentifier.Pseudonym(e.EvaluatorUserId, w)}）" : r.Reference,
        })]);
    }

    /// <summary>The de-identified workbook (report, sample with history, findings); an export, audited.</summary>
    public async Task<byte[]> ExportAsync(ThirdPartyEvaluation e, CancellationToken ct)
    {
        var bytes = EvaluationExport.ToXlsx(e, await ReportAsync(e, ct), await SampleAsync(e, withHistory: true, ct));
        access.Read(e, AuditAction.Export, "xlsx");
        return bytes;
    }

    public async Task<IReadOnlyList<SampledCase>> SampleAsync(ThirdPartyEvaluation e, bool withHistory, CancellationToken ct)
    {
        if (e.SampleCaseIds.Count == 0)
            return [];
        var ids = e.SampleCaseIds;
        access.Read(e, AuditAction.View, $"sample of {ids.Count} cases");
        var rows = await (from c in db.GuidanceCases.AsNoTracking().Where(c => ids.Contains(c.Id))
                          join w in db.Workers.AsNoTracking() on c.WorkerId equals w.Id
                          join u in db.ServiceUnits.AsNoTracking() on c.ServiceUnitId equals u.Id
                          select new
                          {
                              c.Id, c.WorkerId, c.Channel, c.Stage, c.OpenedAt, c.ClosedAt, Outcome = c.ClosedWith,
                              w.Name, w.Gender, w.DateOfBirth, w.Education, w.SpecialGroups, Unit = u.Name,
                          }).ToListAsync(ct);
        var records = await db.GuidanceRecords.AsNoTracking().Where(r => r.CaseId != null && ids.Contains(r.CaseId.Value))
            .OrderBy(r => r.OccurredAt)
            .Select(r => new { CaseId = r.CaseId!.Value, r.OccurredAt, r.Kind, r.Channel, r.DurationMinutes, r.Content, r.Advice })
            .ToListAsync(ct);
        var followUps = await db.FollowUps.AsNoTracking().Where(f => ids.Contains(f.CaseId) && f.Status != FollowUpStatus.Cancelled && f.DueOn < clock.Today)
            .Select(f => new { f.CaseId, f.DueOn, f.DoneAt }).ToListAsync(ct);
        var agreed = await db.EmploymentPlans.AsNoTracking().Where(p => ids.Contains(p.CaseId) && p.Agreement != null)
            .Select(p => p.CaseId).Distinct().ToListAsync(ct);
        return [.. rows.OrderBy(c => c.Id).Select(c =>
        {
            var person = deidentifier.Pseudonym(e.EvaluatorUserId, c.WorkerId);
            var due = followUps.Where(f => f.CaseId == c.Id).ToList();
            var history = withHistory
                ? records.Where(r => r.CaseId == c.Id).Select(r => new SampledRecord(r.OccurredAt, GuidanceLabels.Of(r.Kind), Labels.Of(r.Channel),
                    r.DurationMinutes, Deidentifier.Text(r.Content, c.Name, person) ?? "", Deidentifier.Text(r.Advice, c.Name, person))).ToList()
                : [];
            return new SampledCase(c.Id, person, c.Gender == Gender.Male ? "男" : c.Gender == Gender.Female ? "女" : "未说明",
                Deidentifier.AgeBand(c.DateOfBirth, clock.Today), Labels.Of(c.Education), [.. Labels.Of(c.SpecialGroups)], c.Unit,
                Labels.Of(c.Channel), GuidanceLabels.Of(c.Stage), AgencyClock.DateOf(c.OpenedAt), c.ClosedAt is { } closed ? AgencyClock.DateOf(closed) : null,
                c.Outcome is { } o ? GuidanceLabels.Of(o) : null, records.Count(r => r.CaseId == c.Id), due.Count,
                due.Count(f => f.DoneAt is { } at && AgencyClock.DateOf(at) <= f.DueOn), agreed.Contains(c.Id), history);
        })];
    }
}
