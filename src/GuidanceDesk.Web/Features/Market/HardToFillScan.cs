using GuidanceDesk.Web.Data;
using GuidanceDesk.Web.Domain;
using GuidanceDesk.Web.Infrastructure;
using GuidanceDesk.Web.Infrastructure.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace GuidanceDesk.Web.Features.Market;

public sealed record ScanCounts(int Checked, int Flagged, int Cleared);

/// <summary>What the rules found for one vacancy, with the market and wage facts they used.</summary>
public sealed record HardToFillView(long VacancyId, string Title, string? OccupationCode, string DistrictCode, bool IsHardToFill,
    HardToFillReasons Reasons, IReadOnlyList<HardToFillFinding> Findings, SupplyDemandFigures? Market, WageGuidanceView? WageGuidance);

/// <summary>
/// Runs <see cref="HardToFillRules"/> over open vacancies (nightly, all of them; on demand, one) and keeps
/// <see cref="HardToFillFlag"/> in step. The facts: this quarter's live market cell of the vacancy's minor group and
/// district, the wage guidance that applies, and the experience and education of the seekers who want its minor group
/// anywhere in the city (a district alone is often too few people to say anything).
/// </summary>
public sealed class HardToFillScan(AppDbContext db, SupplyDemandCells cells, WageLookup wages, AgencyClock clock, TimeProvider time,
    IOptions<MarketOptions> options)
{
    public async Task<HardToFillView> AssessAsync(Vacancy v, CancellationToken ct)
    {
        var today = clock.Today;
        var quarter = Quarter.Of(today);
        MarketFacts? market = null;
        SeekerProfile? profile = null;
        if (v.MinorGroup is { } minor)
        {
            var cell = SupplyDemandCells.Sum(await cells.LiveAsync(quarter.Start, quarter.End, new MarketFilter(minor, v.DistrictCode), ct));
            market = new MarketFacts(cell.Posts, cell.Seekers);
            profile = (await ProfilesAsync(minor, ct)).GetValueOrDefault(minor);
        }
        var guidance = await wages.FindAsync(v.OccupationCode, today.Year, ct);
        var wage = guidance is null ? null : new WageFacts(guidance.Code, guidance.Year, guidance.Low, guidance.Median, guidance.High);
        var a = HardToFillRules.Assess(VacancyFacts.Of(v), today, market, wage, profile, options.Value.Settings);
        if (v.IsOpen)
        {
            await UpsertAsync(v.Id, v.ServiceUnitId, v.EmployerId, a, ct);
            await db.SaveChangesAsync(ct);
        }
        return new HardToFillView(v.Id, v.Title, v.OccupationCode, v.DistrictCode, a.IsHardToFill, a.Reasons, a.Findings,
            market is null ? null : new SupplyDemandFigures(0, market.Posts, market.Seekers, MarketRatio.Of(market.Posts, market.Seekers), null), guidance);
    }

    public async Task<HardToFillView> AssessAsync(long vacancyId, IQueryable<Vacancy> scope, CancellationToken ct) =>
        await AssessAsync(await scope.FirstOrDefaultAsync(v => v.Id == vacancyId, ct) ?? throw new NotFoundException(), ct);

    public async Task<ScanCounts> ScanAllAsync(CancellationToken ct)
    {
        var today = clock.Today;
        var quarter = Quarter.Of(today);
        var market = (await cells.LiveAsync(quarter.Start, quarter.End, MarketFilter.All, ct))
            .ToDictionary(c => (c.MinorGroup, c.DistrictCode), c => new MarketFacts(c.Posts, c.Seekers));
        var profiles = await ProfilesAsync(null, ct);
        var (_, wageRows) = await wages.TableAsync(today.Year, ct);
        var open = await db.Vacancies.AsNoTracking().Where(v => v.Status == VacancyStatus.Open).ToListAsync(ct);
        var flags = await db.HardToFillFlags.ToDictionaryAsync(f => f.VacancyId, ct);
        int flagged = 0, cleared = 0;
        var now = time.GetUtcNow();
        foreach (var v in open)
        {
            var a = HardToFillRules.Assess(VacancyFacts.Of(v), today,
                v.MinorGroup is null ? null : market.GetValueOrDefault((v.MinorGroup, v.DistrictCode)) ?? new MarketFacts(0, 0),
                WageLookup.Pick(wageRows, v.OccupationCode), v.MinorGroup is null ? null : profiles.GetValueOrDefault(v.MinorGroup),
                options.Value.Settings);
            if (flags.TryGetValue(v.Id, out var flag))
                flag.Refresh(a, now);
            else if (a.IsHardToFill)
                db.HardToFillFlags.Add(new HardToFillFlag(v.Id, v.ServiceUnitId, v.EmployerId, a, now));
            flagged += a.IsHardToFill ? 1 : 0;
        }
        var openIds = open.Select(v => v.Id).ToHashSet();
        foreach (var f in flags.Values.Where(f => f.IsActive && !openIds.Contains(f.VacancyId)))
        {
            f.Clear(now);
            cleared++;
        }
        await db.SaveChangesAsync(ct);
        return new ScanCounts(open.Count, flagged, cleared);
    }

    private async Task UpsertAsync(long vacancyId, long unitId, long employerId, HardToFillAssessment a, CancellationToken ct)
    {
        var flag = await db.HardToFillFlags.FirstOrDefaultAsync(f => f.VacancyId == vacancyId, ct);
        if (flag is not null)
            flag.Refresh(a, time.GetUtcNow());
        else if (a.IsHardToFill)
            db.HardToFillFlags.Add(new HardToFillFlag(vacancyId, unitId, employerId, a, time.GetUtcNow()));
    }

    /// <summary>Seekers by minor group: how many have each whole number of years of experience, and each education.</summary>
    private async Task<Dictionary<string, SeekerProfile>> ProfilesAsync(string? minor, CancellationToken ct)
    {
        var q = db.SeekerIntentions.AsNoTracking().Where(s => s.IsSeeking && s.MinorGroup != null);
        if (minor is not null)
            q = q.Where(s => s.MinorGroup == minor);
        var byYears = await q.GroupBy(s => new { s.MinorGroup, s.ExperienceYears })
            .Select(g => new { g.Key.MinorGroup, g.Key.ExperienceYears, Count = g.Count() }).ToListAsync(ct);
        var byEducation = await q.GroupBy(s => new { s.MinorGroup, s.Education })
            .Select(g => new { g.Key.MinorGroup, g.Key.Education, Count = g.Count() }).ToListAsync(ct);
        return byYears.GroupBy(x => x.MinorGroup!).ToDictionary(g => g.Key, g => new SeekerProfile(
            g.ToDictionary(x => x.ExperienceYears, x => x.Count),
            byEducation.Where(e => e.MinorGroup == g.Key).ToDictionary(e => e.Education, e => e.Count)));
    }
}
