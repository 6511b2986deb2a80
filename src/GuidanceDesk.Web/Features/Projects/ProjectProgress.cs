using GuidanceDesk.Web.Data;
using GuidanceDesk.Web.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace GuidanceDesk.Web.Features.Projects;

/// <summary>
/// Live progress of guidance projects, by set-based queries grouped by project (a list page counts all its projects in
/// the same handful of queries):
/// people reached = distinct workers of the linked cases and assessment plans; services given = the sum of every
/// <see cref="IProjectServiceSource"/> inside the project's period; employment outcomes = distinct workers whose linked
/// case closed as employed or self-employed, or who were hired through a placement of a linked case, in the period.
/// Satisfaction = the satisfaction index (9.2.1, configured weights) of the responses in the period about the project's
/// group sessions, or about its linked cases for responses not about a session; no figure while there are none.
/// </summary>
public sealed class ProjectProgress(AppDbContext db, IEnumerable<IProjectServiceSource> sources, IOptions<Surveys.SurveyOptions> surveyOptions)
{
    public const string SatisfactionPending = "暂无数据（尚无满意度反馈）";

    public IReadOnlyList<IProjectServiceSource> Sources { get; } = [.. sources];

    public async Task<IReadOnlyDictionary<long, ProgressFigures>> CountAsync(IQueryable<GuidanceProject> projects, CancellationToken ct)
    {
        var cases = from p in projects join c in db.GuidanceCases on (long?)p.Id equals c.GuidanceProjectId select new { ProjectId = p.Id, c };
        var plans = from p in projects join pl in db.AssessmentPlans on (long?)p.Id equals pl.GuidanceProjectId select new { ProjectId = p.Id, pl };

        var people = await cases.Select(x => new { x.ProjectId, x.c.WorkerId })
            .Union(plans.Select(x => new { x.ProjectId, x.pl.WorkerId }))
            .GroupBy(x => x.ProjectId).Select(g => new { g.Key, N = g.Count() }).ToDictionaryAsync(x => x.Key, x => x.N, ct);
        var linkedCases = await cases.GroupBy(x => x.ProjectId).Select(g => new { g.Key, N = g.Count() }).ToDictionaryAsync(x => x.Key, x => x.N, ct);
        var linkedPlans = await plans.GroupBy(x => x.ProjectId).Select(g => new { g.Key, N = g.Count() }).ToDictionaryAsync(x => x.Key, x => x.N, ct);

        var employed = from x in cases
                       join p in projects on x.ProjectId equals p.Id
                       where x.c.Stage == CaseStage.Closed
                           && (x.c.ClosedWith == OutcomeKind.Employed || x.c.ClosedWith == OutcomeKind.SelfEmployed)
                           && x.c.ClosedAt >= p.CountsFrom && x.c.ClosedAt < p.CountsUntil
                       select new { x.ProjectId, x.c.WorkerId };
        var hired = from x in cases
                    join p in projects on x.ProjectId equals p.Id
                    join pm in db.Placements on (long?)x.c.Id equals pm.CaseId
                    where pm.Status == PlacementStatus.Hired && pm.UpdatedAt >= p.CountsFrom && pm.UpdatedAt < p.CountsUntil
                    select new { x.ProjectId, pm.WorkerId };
        var outcomes = await employed.Union(hired).GroupBy(x => x.ProjectId).Select(g => new { g.Key, N = g.Count() })
            .ToDictionaryAsync(x => x.Key, x => x.N, ct);

        var bySource = new List<(IProjectServiceSource Source, Dictionary<long, int> Counts)>();
        foreach (var source in Sources)
            bySource.Add((source, await source.CountAsync(projects, ct)));

        var satisfaction = await SatisfactionAsync(projects, ct);
        var ids = await projects.Select(p => p.Id).ToListAsync(ct);
        return ids.ToDictionary(id => id, id =>
        {
            var services = bySource.Select(s => new SourceCount(s.Source.Code, s.Source.Label, s.Counts.GetValueOrDefault(id))).ToList();
            return new ProgressFigures(people.GetValueOrDefault(id), services.Sum(s => s.Count), services, outcomes.GetValueOrDefault(id),
                satisfaction.GetValueOrDefault(id), linkedCases.GetValueOrDefault(id), linkedPlans.GetValueOrDefault(id));
        });
    }

    /// <summary>Per project, the index of its responses: grouped sums of the latents (the index is linear in their means).</summary>
    private async Task<Dictionary<long, decimal?>> SatisfactionAsync(IQueryable<GuidanceProject> projects, CancellationToken ct)
    {
        var bySession = from r in db.SatisfactionResponses
                        join s in db.GroupSessions on r.GroupSessionId equals (long?)s.Id
                        join p in projects on s.GuidanceProjectId equals (long?)p.Id
                        where r.RespondedAt >= p.CountsFrom && r.RespondedAt < p.CountsUntil
                        select new { ProjectId = p.Id, r };
        var byCase = from r in db.SatisfactionResponses
                     where r.GroupSessionId == null
                     join c in db.GuidanceCases on r.CaseId equals (long?)c.Id
                     join p in projects on c.GuidanceProjectId equals (long?)p.Id
                     where r.RespondedAt >= p.CountsFrom && r.RespondedAt < p.CountsUntil
                     select new { ProjectId = p.Id, r };
        var sums = await bySession.Concat(byCase).GroupBy(x => x.ProjectId).Select(g => new
        {
            g.Key, N = g.Count(),
            Image = g.Sum(x => x.r.Image), Expectation = g.Sum(x => x.r.Expectation), Quality = g.Sum(x => x.r.Quality),
            Value = g.Sum(x => x.r.Value), Satisfaction = g.Sum(x => x.r.Satisfaction), Complaint = g.Sum(x => x.r.Complaint),
            Loyalty = g.Sum(x => x.r.Loyalty),
        }).ToListAsync(ct);
        var weights = surveyOptions.Value.Weights();
        return sums.ToDictionary(x => x.Key, x =>
        {
            double[] means = [x.Image / x.N, x.Expectation / x.N, x.Quality / x.N, x.Value / x.N, x.Satisfaction / x.N, x.Complaint / x.N, x.Loyalty / x.N];
            return (decimal?)Math.Round((decimal)weights.Sum(w => w.Value * Surveys.IndexMath.Score(means[(int)w.Key])), 1);
        });
    }

    public async Task<ProgressFigures> CountAsync(long projectId, CancellationToken ct) =>
        (await CountAsync(db.GuidanceProjects.Where(p => p.Id == projectId), ct)).GetValueOrDefault(projectId) ?? ProgressFigures.Zero;

    /// <summary>What the system counts for each counted indicator kind (null: it has no figure, the manager enters one).</summary>
    public static IReadOnlyDictionary<IndicatorKind, decimal?> Counted(ProgressFigures f) => new Dictionary<IndicatorKind, decimal?>
    {
        [IndicatorKind.PeopleReached] = f.PeopleReached,
        [IndicatorKind.ServicesGiven] = f.ServicesGiven,
        [IndicatorKind.EmploymentOutcomes] = f.EmploymentOutcomes,
        [IndicatorKind.Satisfaction] = f.Satisfaction,
    };

    /// <summary>
    /// Each indicator against its target: live figures while the project runs, the values frozen at evaluation once it
    /// is completed.
    /// </summary>
    public static IReadOnlyList<IndicatorProgress> Indicators(GuidanceProject p, ProgressFigures f)
    {
        var counted = Counted(f);
        var frozen = p.Status == ProjectStatus.Completed;
        return [.. p.Indicators.Select(i =>
        {
            var actual = frozen ? i.Achieved : counted.GetValueOrDefault(i.Kind);
            return new IndicatorProgress(i.Line, i.Kind, i.Name, i.Unit, i.Target, actual, i.Percent(actual), frozen,
                actual is null ? (i.Kind == IndicatorKind.Satisfaction ? SatisfactionPending : "评估时填写") : null);
        })];
    }
}

public sealed record SourceCount(string Code, string Label, int Count);

public sealed record ProgressFigures(int PeopleReached, int ServicesGiven, IReadOnlyList<SourceCount> ServicesBySource,
    int EmploymentOutcomes, decimal? Satisfaction, int LinkedCases, int LinkedAssessmentPlans)
{
    public static readonly ProgressFigures Zero = new(0, 0, [], 0, null, 0, 0);
}

/// <param name="Note">Why there is no figure: satisfaction before the surveys, a custom indicator before evaluation.</param>
public sealed record IndicatorProgress(int Line, IndicatorKind Kind, string Name, string Unit, decimal Target, decimal? Actual,
    decimal? Percent, bool Frozen, string? Note);
