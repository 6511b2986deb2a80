using System.Diagnostics;
using GuidanceDesk.Web.Data;
using GuidanceDesk.Web.Domain;
using GuidanceDesk.Web.Features.Common;
using GuidanceDesk.Web.Features.Quality.Conformance;
using GuidanceDesk.Web.Features.Surveys;
using Microsoft.EntityFrameworkCore;

namespace GuidanceDesk.Web.Features.Reports;

/// <summary>
/// The head's statistics (9.2.1) for a unit or the city and a period. Every figure is a grouped aggregate in the
/// database: records by unit and time (an index that includes kind, channel, worker and the worker's groups as served),
/// cases by unit and opening or closing (the closed ones' index includes the outcome and the worker's groups at closing),
/// the filtered open-case index; only the employed cases' open/close instants come back as rows, for the median.
/// The four independent parts — records, workers served, cases, satisfaction — run at once, each on a connection of its
/// own (a scope of its own), so the page waits for the slowest part rather than for their sum.
/// </summary>
public sealed class StatisticsQueries(ConformanceReports reports, IServiceScopeFactory scopes, TimeProvider time)
{
    private sealed record CaseFigures(long SessionsHeld, long Attendances, long Assessments, List<Figure> OpenByStage, long Open, long Opened,
        long Closed, List<Figure> ByOutcome, long Employed, List<double> Days, long AssistanceEmployed, List<Caseload> Caseloads, double? Average);

    public async Task<ReportStatistics> ComputeAsync(long? unitId, ConformancePeriod period, CancellationToken ct)
    {
        var watch = Stopwatch.StartNew();
        var name = await reports.UnitNameAsync(unitId, ct);
        var cellsTask = InScopeAsync((db, _) => RecordCellsAsync(db, unitId, period, ct));
        var servedTask = InScopeAsync((db, _) => ServedAsync(Records(db, unitId, period), ct));
        var casesTask = InScopeAsync((db, _) => CasesAsync(db, unitId, period, ct));
        var indexTask = InScopeAsync((_, sp) => sp.GetRequiredService<SatisfactionIndex>().HeadlineAsync(new IndexFilter(period.From, period.To, unitId), ct));
        await Task.WhenAll(cellsTask, servedTask, casesTask, indexTask);
        var (cells, served, c, index) = (cellsTask.Result, servedTask.Result, casesTask.Result, indexTask.Result);

        var byKind = Enum.GetValues<ServiceKind>()
            .Select(k => new Figure(k.ToString(), GuidanceLabels.Of(k), cells.Where(x => x.Kind == k).Sum(x => x.N))).ToList();
        var byChannel = Enum.GetValues<Channel>()
            .Select(k => new Figure(k.ToString(), Labels.Of(k), cells.Where(x => x.Channel == k).Sum(x => x.N))).ToList();
        return new ReportStatistics(unitId, name, period.From, period.To,
            cells.Sum(x => x.N), byKind, byChannel, c.SessionsHeld, c.Attendances, c.Assessments,
            c.Open, c.OpenByStage, c.Opened, c.Closed, c.ByOutcome, c.Employed,
            c.Closed == 0 ? null : Math.Round((double)c.Employed / c.Closed, 3), Median(c.Days), c.Days.Count == 0 ? null : Math.Round(c.Days.Average(), 1),
            served.Total, served.ByGroup, served.ByCategory, c.AssistanceEmployed, c.Caseloads, c.Average,
            index.Index, index.Responses, index.ResponseRate, time.GetUtcNow(), watch.ElapsedMilliseconds);
    }

    /// <summary>Runs one part on a context of its own: a DbContext serves one query at a time.</summary>
    private async Task<T> InScopeAsync<T>(Func<AppDbContext, IServiceProvider, Task<T>> part)
    {
        await using var scope = scopes.CreateAsyncScope();
        return await part(scope.ServiceProvider.GetRequiredService<AppDbContext>(), scope.ServiceProvider);
    }

    private static IQueryable<GuidanceRecord> Records(AppDbContext db, long? unitId, ConformancePeriod period) =>
        db.GuidanceRecords.InUnit(unitId).Where(r => r.OccurredAt >= period.Start && r.OccurredAt < period.End);

    private sealed record Cell(ServiceKind Kind, Channel Channel, long N);

    private static async Task<List<Cell>> RecordCellsAsync(AppDbContext db, long? unitId, ConformancePeriod period, CancellationToken ct) =>
        await Records(db, unitId, period).GroupBy(r => new { r.Kind, r.Channel })
            .Select(g => new Cell(g.Key.Kind, g.Key.Channel, g.LongCount())).ToListAsync(ct);

    private static async Task<CaseFigures> CasesAsync(AppDbContext db, long? unitId, ConformancePeriod period, CancellationToken ct)
    {
        var (start, end) = (period.Start, period.End);
        var held = db.GroupSessions.InUnit(unitId).Where(s => s.Status == GroupSessionStatus.Held && s.StartsAt >= start && s.StartsAt < end);
        var sessionsHeld = await held.LongCountAsync(ct);
        var attendances = sessionsHeld == 0 ? 0 : await db.GroupSessionParticipants
            .Where(p => p.Attended == true && held.Any(s => s.Id == p.GroupSessionId)).LongCountAsync(ct);
        var assessments = await db.Assessments.InUnit(unitId)
            .Where(a => a.Status == AssessmentStatus.Completed && a.CompletedAt >= start && a.CompletedAt < end).LongCountAsync(ct);

        var cases = db.GuidanceCases.InUnit(unitId);
        var open = await cases.Where(c => c.Stage != CaseStage.Closed).GroupBy(c => c.Stage)
            .Select(g => new { Stage = g.Key, N = g.LongCount() }).ToListAsync(ct);
        var openByStage = Enum.GetValues<CaseStage>().Where(s => s != CaseStage.Closed)
            .Select(s => new Figure(s.ToString(), GuidanceLabels.Of(s), open.Where(o => o.Stage == s).Sum(o => o.N))).ToList();
        var opened = await cases.Where(c => c.OpenedAt >= start && c.OpenedAt < end).LongCountAsync(ct);
        var closedCases = cases.Where(c => c.Stage == CaseStage.Closed && c.ClosedAt >= start && c.ClosedAt < end);
        var outcomes = await closedCases
            .GroupBy(c => new { c.ClosedWith, Target = (c.ClosedWorkerGroups & SpecialGroups.EmploymentAssistanceTarget) != 0 })
            .Select(g => new { Kind = g.Key.ClosedWith, g.Key.Target, N = g.LongCount() }).ToListAsync(ct);
        var byOutcome = Enum.GetValues<OutcomeKind>()
            .Select(k => new Figure(k.ToString(), GuidanceLabels.Of(k), outcomes.Where(o => o.Kind == k).Sum(o => o.N))).ToList();
        var spans = await closedCases.Where(c => c.ClosedWith == OutcomeKind.Employed).Select(c => new { c.OpenedAt, c.ClosedAt }).ToListAsync(ct);
        var days = spans.Where(s => s.ClosedAt is not null).Select(s => (s.ClosedAt!.Value - s.OpenedAt).TotalDays).Order().ToList();
        var assistanceEmployed = outcomes.Where(o => o.Kind == OutcomeKind.Employed && o.Target).Sum(o => o.N);
        var (caseloads, average) = await CaseloadsAsync(db, cases, ct);
        return new CaseFigures(sessionsHeld, attendances, assessments, openByStage, open.Sum(o => o.N), opened, outcomes.Sum(o => o.N), byOutcome,
            byOutcome.Single(f => f.Key == nameof(OutcomeKind.Employed)).Value, days, assistanceEmployed, caseloads, average);
    }

    /// <summary>
    /// Distinct workers with a record in the period, in total and per special-group flag as they were when served (a
    /// worker may be in several groups, or served before and after joining one: counted once per group).
    /// </summary>
    private static async Task<(long Total, List<Figure> ByGroup, List<Figure> ByCategory)> ServedAsync(IQueryable<GuidanceRecord> records,
        CancellationToken ct)
    {
        var total = await records.Select(r => r.WorkerId).Distinct().LongCountAsync(ct);
        var rows = await records.Where(r => r.WorkerGroups != SpecialGroups.None)
            .Select(r => new { r.WorkerId, r.WorkerGroups, r.WorkerAssistanceCategory }).Distinct()
            .ToListAsync(ct);
        var byGroup = Labels.Groups
            .Select(g => new Figure(g.Group.ToString(), g.Label, rows.Where(r => (r.WorkerGroups & g.Group) != 0).Select(r => r.WorkerId).Distinct().LongCount())).ToList();
        var byCategory = Enum.GetValues<AssistanceCategory>()
            .Select(c => new Figure(c.ToString(), Labels.Of(c), rows.Where(r => (r.WorkerGroups & SpecialGroups.EmploymentAssistanceTarget) != 0
                && r.WorkerAssistanceCategory == c).Select(r => r.WorkerId).Distinct().LongCount())).ToList();
        return (total, byGroup, byCategory);
    }

    /// <summary>Open cases per counselor now (busiest first); the average is over counselors holding at least one.</summary>
    private static async Task<(List<Caseload>, double?)> CaseloadsAsync(AppDbContext db, IQueryable<GuidanceCase> cases, CancellationToken ct)
    {
        var counts = await cases.Where(c => c.Stage != CaseStage.Closed).GroupBy(c => c.CounselorId)
            .Select(g => new { StaffId = g.Key, N = g.LongCount() }).ToListAsync(ct);
        var ids = counts.Where(c => c.StaffId != null).Select(c => c.StaffId!.Value).ToList();
        var names = await db.StaffMembers.Where(s => ids.Contains(s.Id)).Select(s => new { s.Id, s.Name }).ToDictionaryAsync(s => s.Id, s => s.Name, ct);
        var list = counts.OrderByDescending(c => c.N).ThenBy(c => c.StaffId)
            .Select(c => new Caseload(c.StaffId, c.StaffId is { } id ? names.GetValueOrDefault(id, "#" + Fmt.Id(id)) : "未分配", c.N)).ToList();
        var assigned = list.Where(c => c.StaffId != null).ToList();
        return (list, assigned.Count == 0 ? null : Math.Round(assigned.Average(c => (double)c.OpenCases), 1));
    }

    private static double? Median(List<double> sorted) => sorted.Count == 0 ? null
        : Math.Round(sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[sorted.Count / 2 - 1] + sorted[sorted.Count / 2]) / 2, 1);
}
