using GuidanceDesk.Web.Data;
using GuidanceDesk.Web.Domain;
using GuidanceDesk.Web.Infrastructure;
using GuidanceDesk.Web.Infrastructure.Http;
using GuidanceDesk.Web.Infrastructure.Security;
using Microsoft.EntityFrameworkCore;

namespace GuidanceDesk.Web.Features.Placements;

/// <summary>
/// Open vacancies ranked for a worker (7.1.4). The database only pre-filters (see <see cref="CandidatesAsync"/>) and
/// <see cref="MatchScore"/> ranks the few hundred candidates in memory, so the cost does not
/// grow with the city's vacancies. A worker who refused automated recommendations gets none (PIPL art. 24).
/// </summary>
public sealed class MatchingQueries(AppDbContext db, CurrentUser user, AgencyClock clock, MatchNames names)
{
    public const int InDistrictLimit = 100, GroupLimit = 100, AnywhereLimit = 50, DefaultLimit = 20;

    public async Task<WorkerMatches> ForWorkerAsync(long workerId, int limit, CancellationToken ct)
    {
        var worker = await user.Scope(db.Workers).Where(w => w.Id == workerId)
            .Select(w => new { w.Id, w.Name, w.RefusesRecommendations }).FirstOrDefaultAsync(ct) ?? throw new NotFoundException();
        var caseId = await db.GuidanceCases.Where(c => c.WorkerId == workerId && c.Stage != CaseStage.Closed)
            .Select(c => (long?)c.Id).FirstOrDefaultAsync(ct);
        var intentions = await db.SeekerIntentions.AsNoTracking().Where(s => s.WorkerId == workerId).ToListAsync(ct);
        if (worker.RefusesRecommendations || intentions.Count == 0)
            return new WorkerMatches(worker.Id, worker.Name, worker.RefusesRecommendations, intentions.Count > 0, caseId, []);

        var candidates = await CandidatesAsync(intentions, ct);
        var today = clock.Today;
        var seekers = intentions.Select(MatchSeeker.From).ToList();
        var ranked = candidates
            .Select(v => (v, m: seekers.Select(s => MatchScore.Compute(s, v.Match, today, names.Group)).Aggregate(MatchResult.Best)))
            .Where(x => x.m.Eligible)
            .OrderByDescending(x => x.m.Score).ThenBy(x => x.v.ClosesOn).ThenBy(x => x.v.Id)
            .Take(Math.Clamp(limit, 1, 100)).ToList();

        var ids = ranked.Select(x => x.v.Id).ToList();
        var employerIds = ranked.Select(x => x.v.EmployerId).Distinct().ToList();
        var employers = await db.Employers.Where(e => employerIds.Contains(e.Id)).ToDictionaryAsync(e => e.Id, e => e.Name, ct);
        var active = await db.Placements.Where(p => p.WorkerId == workerId && ids.Contains(p.VacancyId)
                && (p.Status == PlacementStatus.Proposed || p.Status == PlacementStatus.Referred || p.Status == PlacementStatus.Interviewed))
            .ToDictionaryAsync(p => p.VacancyId, p => p.Id, ct);
        var items = ranked.Select(x => new VacancyMatch(x.v.Id, x.v.Title, x.v.EmployerId, employers.GetValueOrDefault(x.v.EmployerId, ""),
            x.v.Match.OccupationCode, x.v.Match.DistrictCode, names.District(x.v.Match.DistrictCode), x.v.Match.PayMin, x.v.Match.PayMax,
            Math.Max(0, x.v.Posts - x.v.Hired), x.v.ClosesOn, x.m.Score, x.m.Max, x.m.Components,
            active.TryGetValue(x.v.Id, out var pid) ? pid : null)).ToList();
        return new WorkerMatches(worker.Id, worker.Name, false, true, caseId, items);
    }

    private sealed record Candidate(long Id, string Title, long EmployerId, int Posts, int Hired, DateOnly ClosesOn, MatchVacancy Match);

    /// <summary>
    /// Open vacancies of the wanted minor groups in the wanted districts, of the wanted medium groups there, and the
    /// newest of each wanted medium group anywhere: each an index range read with a limit (ORDER BY Id DESC follows
    /// the index), so a query reads about the rows it returns however many vacancies the city has.
    /// </summary>
    private async Task<List<Candidate>> CandidatesAsync(List<SeekerIntention> intentions, CancellationToken ct)
    {
        var minors = intentions.Select(i => i.MinorGroup).OfType<string>().Distinct().ToList();
        var mediums = intentions.Select(i => i.MediumGroup).OfType<string>().Distinct().ToList();
        var districts = intentions.Select(i => i.DistrictCode).OfType<string>().Distinct().ToList();
        var open = db.Vacancies.AsNoTracking().Where(v => v.Status == VacancyStatus.Open);
        var found = new List<Candidate>();
        if (mediums.Count == 0)
        {
            var scope = districts.Count > 0 ? open.Where(v => districts.Contains(v.DistrictCode)) : open;
            found.AddRange(await Project(scope.OrderByDescending(v => v.PublishedAt).Take(GroupLimit)).ToListAsync(ct));
            return found;
        }
        // One round trip: the limited reads go to the database as one UNION ALL, each part still an index range.
        IQueryable<Vacancy>? union = null;
        void Add(IQueryable<Vacancy> part) => union = union is null ? part : union.Concat(part);
        if (districts.Count > 0)
        {
            Add(open.Where(v => minors.Contains(v.MinorGroup!) && districts.Contains(v.DistrictCode)).OrderByDescending(v => v.Id).Take(InDistrictLimit));
            Add(open.Where(v => mediums.Contains(v.MediumGroup!) && districts.Contains(v.DistrictCode)).OrderByDescending(v => v.Id).Take(GroupLimit));
        }
        foreach (var medium in mediums)
            Add(open.Where(v => v.MediumGroup == medium).OrderByDescending(v => v.Id).Take(AnywhereLimit));
        found.AddRange(await Project(union!).ToListAsync(ct));
        return found.DistinctBy(c => c.Id).ToList();
    }

    private static IQueryable<Candidate> Project(IQueryable<Vacancy> q) => q.Select(v => new Candidate(v.Id, v.Title, v.EmployerId, v.Posts, v.Hired,
        v.ClosesOn, new MatchVacancy(v.OccupationCode, v.DistrictCode, v.PayMin, v.PayMax, v.MinEducation, v.MinExperienceYears,
            v.AgeMin, v.AgeMax, v.Skills)));
}
