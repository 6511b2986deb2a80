using GuidanceDesk.Web.Data;
using GuidanceDesk.Web.Domain;
using GuidanceDesk.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace GuidanceDesk.Web.Features.Market;

/// <summary>One cell of the table: a minor group ("" = none recorded) in a district ("" = any district).</summary>
public sealed record SupplyDemandCell(string MinorGroup, string DistrictCode, int Vacancies, int Posts, int Seekers, int? MedianOffer,
    IReadOnlyList<int>? Offers = null);

/// <summary>
/// Counts the table's cells. Vacancies of a period: published on or before its last day and not ended before its first
/// (drafts never count); posts are their <see cref="Vacancy.Posts"/>. Seekers: the distinct workers with an intention
/// marked seeking in the cell, as of now (intention rows are live; past quarters come from snapshots). A worker with
/// intentions in two cells counts in each, as a seeker per intention does in the published tables, so cells add up.
/// Two GROUP BY queries on the indexed columns; only the vacancies' pay midpoints come back row by row, for the median.
/// </summary>
public sealed class SupplyDemandCells(AppDbContext db)
{
    public async Task<List<SupplyDemandCell>> LiveAsync(DateOnly from, DateOnly to, MarketFilter filter, CancellationToken ct)
    {
        var startAt = AgencyClock.At(from, TimeOnly.MinValue);
        var endAt = AgencyClock.At(to.AddDays(1), TimeOnly.MinValue);
        var vacancies = await filter.Apply(db.Vacancies.AsNoTracking())
            .Where(v => v.PublishedAt != null && v.PublishedAt < endAt && (v.EndedAt == null || v.EndedAt >= startAt))
            .Select(v => new { v.MinorGroup, v.DistrictCode, v.Posts, v.PayMin, v.PayMax })
            .ToListAsync(ct);
        var seekers = await filter.Apply(db.SeekerIntentions.AsNoTracking()).Where(s => s.IsSeeking)
            .GroupBy(s => new { s.MinorGroup, s.DistrictCode })
            .Select(g => new { g.Key.MinorGroup, g.Key.DistrictCode, Count = g.Select(s => s.WorkerId).Distinct().Count() })
            .ToListAsync(ct);
        var cells = new Dictionary<(string, string), (int Vacancies, int Posts, int Seekers, List<int> Offers)>();
        foreach (var v in vacancies)
        {
            var key = (v.MinorGroup ?? "", v.DistrictCode ?? "");
            var c = cells.GetValueOrDefault(key, (0, 0, 0, []));
            c.Offers.Add(MarketRatio.Midpoint(v.PayMin, v.PayMax));
            cells[key] = (c.Vacancies + 1, c.Posts + v.Posts, c.Seekers, c.Offers);
        }
        foreach (var s in seekers)
        {
            var key = (s.MinorGroup ?? "", s.DistrictCode ?? "");
            var c = cells.GetValueOrDefault(key, (0, 0, 0, []));
            cells[key] = (c.Vacancies, c.Posts, c.Seekers + s.Count, c.Offers);
        }
        return [.. cells.Select(p => new SupplyDemandCell(p.Key.Item1, p.Key.Item2, p.Value.Vacancies, p.Value.Posts, p.Value.Seekers,
            MarketRatio.Median(p.Value.Offers), p.Value.Offers))];
    }

    /// <summary>The frozen or last nightly cells of a quarter; empty when the job never ran for it.</summary>
    public async Task<List<SupplyDemandCell>> SnapshotAsync(Quarter quarter, MarketFilter filter, CancellationToken ct) =>
        await filter.Apply(db.SupplyDemandSnapshots.AsNoTracking()).Where(s => s.QuarterKey == quarter.Key)
            .Select(s => new SupplyDemandCell(s.MinorGroup, s.DistrictCode, s.Vacancies, s.Posts, s.Seekers, s.MedianOffer, null))
            .ToListAsync(ct);

    /// <summary>Sums cells. The median offer is exact when the cells carry their offers, else the median of the
    /// cells' medians weighted by their vacancies (snapshots keep only a cell's median).</summary>
    public static SupplyDemandCounts Sum(IEnumerable<SupplyDemandCell> cells)
    {
        var list = cells as IReadOnlyCollection<SupplyDemandCell> ?? [.. cells];
        int? median;
        if (list.All(c => c.Offers is not null))
        {
            median = MarketRatio.Median([.. list.SelectMany(c => c.Offers!)]);
        }
        else
        {
            var weighted = list.Where(c => c.MedianOffer is not null).SelectMany(c => Enumerable.Repeat(c.MedianOffer!.Value, c.Vacancies)).ToList();
            median = MarketRatio.Median(weighted);
        }
        return new SupplyDemandCounts(list.Sum(c => c.Vacancies), list.Sum(c => c.Posts), list.Sum(c => c.Seekers), median);
    }
}
