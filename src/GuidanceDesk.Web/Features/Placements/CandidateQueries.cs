using GuidanceDesk.Web.Data;
using GuidanceDesk.Web.Domain;
using GuidanceDesk.Web.Features.Common;
using GuidanceDesk.Web.Infrastructure;
using GuidanceDesk.Web.Infrastructure.Http;
using GuidanceDesk.Web.Infrastructure.Security;
using Microsoft.EntityFrameworkCore;

namespace GuidanceDesk.Web.Features.Placements;

/// <summary>
/// Job seekers ranked for a vacancy (7.1.4). Only intentions of people looking for work who have not refused automated
/// recommendations (PIPL art. 24) are read, pre-filtered in the database by the vacancy's minor group (its district
/// first) and, in its district, its medium group, each query limited; <see cref="MatchScore"/> ranks them in memory.
/// Staff of a unit see their unit's seekers, city-level staff the whole city.
/// </summary>
public sealed class CandidateQueries(AppDbContext db, CurrentUser user, AgencyClock clock, MatchNames names)
{
    public const int QueryLimit = 200;

    public async Task<VacancyCandidates> ForVacancyAsync(long vacancyId, int limit, CancellationToken ct)
    {
        if (!user.CanReadClients)
            throw new NotFoundException();
        var v = await db.Vacancies.AsNoTracking().FirstOrDefaultAsync(x => x.Id == vacancyId, ct) ?? throw new NotFoundException();
        var employer = await db.Employers.Where(e => e.Id == v.EmployerId).Select(e => e.Name).FirstAsync(ct);
        if (!v.IsOpen)
            return new VacancyCandidates(v.Id, v.Title, employer, v.Status, []);

        var rows = await CandidatesAsync(v, ct);
        var today = clock.Today;
        var match = MatchVacancy.From(v);
        var ranked = rows.GroupBy(r => r.WorkerId)
            .Select(g => (g.First(), m: g.Select(r => MatchScore.Compute(MatchSeeker.From(r), match, today, names.Group)).Aggregate(MatchResult.Best)))
            .Where(x => x.m.Eligible)
            .OrderByDescending(x => x.m.Score).ThenBy(x => x.Item1.WorkerId)
            .Take(Math.Clamp(limit, 1, 100)).ToList();
        var ids = ranked.Select(x => x.Item1.WorkerId).ToList();
        var workers = await db.Workers.Where(w => ids.Contains(w.Id)).Select(w => new { w.Id, w.Name }).ToDictionaryAsync(w => w.Id, w => w.Name, ct);
        var active = await db.Placements.Where(p => p.VacancyId == vacancyId && ids.Contains(p.WorkerId)
                && (p.Status == PlacementStatus.Proposed || p.Status == PlacementStatus.Referred || p.Status == PlacementStatus.Interviewed))
            .ToDictionaryAsync(p => p.WorkerId, p => p.Id, ct);
        var items = ranked.Select(x => new CandidateMatch(x.Item1.WorkerId, workers.GetValueOrDefault(x.Item1.WorkerId, ""),
            Worker.AgeAt(x.Item1.DateOfBirth, today), x.Item1.Education, Labels.Of(x.Item1.Education), x.Item1.ExperienceYears,
            x.Item1.DistrictCode, names.District(x.Item1.DistrictCode), x.m.Score, x.m.Max, x.m.Components,
            active.TryGetValue(x.Item1.WorkerId, out var pid) ? pid : null)).ToList();
        return new VacancyCandidates(v.Id, v.Title, employer, v.Status, items);
    }

    /// <summary>
    /// Unit staff: their unit's seekers of the vacancy's minor group, then of its medium group (index on unit, seeking,
    /// medium, minor). City level: the city's seekers of the minor group in the vacancy's district, of the minor group
    /// anywhere, and of the medium group in the district. Each query is limited; refusers are left out (PIPL art. 24).
    /// </summary>
    private async Task<List<SeekerIntention>> CandidatesAsync(Vacancy v, CancellationToken ct)
    {
        var seekers = db.SeekerIntentions.AsNoTracking().Where(s => s.IsSeeking && !s.RefusesRecommendations);
        var found = new List<SeekerIntention>();
        var (minor, medium) = (v.MinorGroup, v.MediumGroup);
        if (minor is null || medium is null)
        {
            var near = user.IsCityLevel ? seekers.Where(s => s.DistrictCode == v.DistrictCode) : seekers.Where(s => s.ServiceUnitId == user.ServiceUnitId);
            return await near.Take(QueryLimit).ToListAsync(ct);
        }
        if (!user.IsCityLevel)
        {
            var unit = user.ServiceUnitId;
            found.AddRange(await seekers.Where(s => s.ServiceUnitId == unit && s.MediumGroup == medium && s.MinorGroup == minor).Take(QueryLimit).ToListAsync(ct));
            found.AddRange(await seekers.Where(s => s.ServiceUnitId == unit && s.MediumGroup == medium).Take(QueryLimit).ToListAsync(ct));
            return found.DistinctBy(s => s.Id).ToList();
        }
        found.AddRange(await seekers.Where(s => s.MinorGroup == minor && s.DistrictCode == v.DistrictCode).Take(QueryLimit).ToListAsync(ct));
        found.AddRange(await seekers.Where(s => s.MinorGroup == minor).Take(QueryLimit).ToListAsync(ct));
        found.AddRange(await seekers.Where(s => s.MediumGroup == medium && s.DistrictCode == v.DistrictCode).Take(QueryLimit).ToListAsync(ct));
        return found.DistinctBy(s => s.Id).ToList();
    }
}
