using GuidanceDesk.Web.Data;
using GuidanceDesk.Web.Domain;
using GuidanceDesk.Web.Infrastructure;
using GuidanceDesk.Web.Infrastructure.Jobs;
using Microsoft.EntityFrameworkCore;

namespace GuidanceDesk.Web.Features.Market;

public sealed record SnapshotResult(string Quarter, int Cells, bool Frozen);

/// <summary>
/// Keeps the quarterly snapshots: the current quarter's cells are rebuilt (every night, or when an administrator asks);
/// a finished quarter is frozen by the first run after its end, with the counts its last nightly run saw (or, if no
/// run saw it at all, counted then and frozen as they are: the seekers are those of that day).
/// </summary>
public sealed class SupplyDemandSnapshots(AppDbContext db, SupplyDemandCells cells, AgencyClock clock, TimeProvider time)
{
    public async Task<SnapshotResult> RebuildAsync(Quarter quarter, CancellationToken ct)
    {
        var current = Quarter.Of(clock.Today);
        if (quarter.CompareTo(current) > 0)
            throw new DomainRuleException("不能统计未来的季度", "quarter");
        if (await db.SupplyDemandSnapshots.AnyAsync(s => s.QuarterKey == quarter.Key && s.Frozen, ct))
            throw new DomainRuleException($"{quarter.Label}的快照已冻结，不能重算", "quarter");
        var fresh = await cells.LiveAsync(quarter.Start, quarter.End, MarketFilter.All, ct);
        var now = time.GetUtcNow();
        var frozen = quarter.CompareTo(current) < 0;
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        await db.SupplyDemandSnapshots.Where(s => s.QuarterKey == quarter.Key).ExecuteDeleteAsync(ct);
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        foreach (var c in fresh)
        {
            var row = new SupplyDemandSnapshot(quarter, c.MinorGroup, c.DistrictCode, new SupplyDemandCounts(c.Vacancies, c.Posts, c.Seekers, c.MedianOffer), now);
            if (frozen)
                row.Freeze();
            db.SupplyDemandSnapshots.Add(row);
        }
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        db.ChangeTracker.Clear();
        db.ChangeTracker.AutoDetectChangesEnabled = true;
        return new SnapshotResult(quarter.ToString(), fresh.Count, frozen);
    }

    /// <summary>Freezes the previous quarter (counting it first if no run ever did) and rebuilds the current one.</summary>
    public async Task<IReadOnlyList<SnapshotResult>> RunNightlyAsync(CancellationToken ct)
    {
        var current = Quarter.Of(clock.Today);
        var previous = current.Previous;
        var results = new List<SnapshotResult>();
        var kept = await db.SupplyDemandSnapshots.Where(s => s.QuarterKey == previous.Key).Select(s => (bool?)s.Frozen).FirstOrDefaultAsync(ct);
        if (kept is null)
            results.Add(await RebuildAsync(previous, ct));
        else if (kept == false)
        {
            var n = await db.SupplyDemandSnapshots.Where(s => s.QuarterKey == previous.Key)
                .ExecuteUpdateAsync(u => u.SetProperty(s => s.Frozen, true), ct);
            results.Add(new SnapshotResult(previous.ToString(), n, true));
        }
        results.Add(await RebuildAsync(current, ct));
        return results;
    }
}

/// <summary>02:00 in Chongqing: the snapshots, then the hard-to-fill scan that reads this quarter's market.</summary>
public sealed class NightlyMarketJob(SupplyDemandSnapshots snapshots, HardToFillScan scan, ILogger<NightlyMarketJob> log) : IScheduledJob
{
    public string Name => "market.nightly";

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        foreach (var r in await snapshots.RunNightlyAsync(cancellationToken))
            log.LogInformation("Supply/demand snapshot {Quarter}: {Cells} cells, frozen {Frozen}", r.Quarter, r.Cells, r.Frozen);
        var flagged = await scan.ScanAllAsync(cancellationToken);
        log.LogInformation("Hard-to-fill scan: {Checked} open vacancies checked, {Flagged} flagged, {Cleared} cleared", flagged.Checked, flagged.Flagged, flagged.Cleared);
    }
}
