using System.Diagnostics;
using GuidanceDesk.Bench.Generate;
using GuidanceDesk.Web.Data;
using GuidanceDesk.Web.Domain;
using GuidanceDesk.Web.Features.Market;
using GuidanceDesk.Web.Infrastructure.Startup;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace GuidanceDesk.Bench.Measure;

/// <summary>
/// <c>supplydemand</c>: times the quarterly supply/demand table of every minor group × district, counted live
/// (<see cref="SupplyDemandCells.LiveAsync"/>: the vacancies of the quarter and the seekers' GROUP BY), as the current
/// quarter's page, report and nightly snapshot compute it; then the report built on it, and one group/district query.
/// Each run in a fresh DI scope. Migrations are not applied unless <c>--migrate</c> is given (the table needs only
/// Vacancies and SeekerIntentions, which the VacanciesMarket migration made).
/// </summary>
internal static class SupplyDemandRun
{
    public static async Task RunAsync(Options o)
    {
        var target = BenchTarget.FromOptions(o, newKeys: false);
        var runs = o.Int("runs", 5);
        await using var app = AppHost.Build(target, demoData: false);
        if (o.Flag("migrate"))
            await app.Services.InitializeDatabaseAsync(app.Configuration, CancellationToken.None);
        var quarter = Quarter.Parse(o.Get("quarter")) ?? Quarter.Of(DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8)));
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            Console.WriteLine($"vacancies {await db.Vacancies.CountAsync():N0} (open {await db.Vacancies.CountAsync(v => v.Status == VacancyStatus.Open):N0}), " +
                $"seeker intentions {await db.SeekerIntentions.CountAsync():N0} (seeking {await db.SeekerIntentions.CountAsync(s => s.IsSeeking):N0}); quarter {quarter}");
        }
        await TimeAsync("table (all minor groups x districts)", runs, app.Services, async sp =>
        {
            var cells = await sp.GetRequiredService<SupplyDemandCells>().LiveAsync(quarter.Start, quarter.End, MarketFilter.All, CancellationToken.None);
            return $"{cells.Count:N0} cells, {cells.Select(c => c.MinorGroup).Distinct().Count()} minor groups, {cells.Select(c => c.DistrictCode).Distinct().Count()} districts, posts {cells.Sum(c => c.Posts):N0}, seekers {cells.Sum(c => c.Seekers):N0}";
        });
        bool snapshots;
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            snapshots = !(await db.Database.GetPendingMigrationsAsync()).Any(m => m.EndsWith("_Market", StringComparison.Ordinal));
        }
        if (!snapshots)
        {
            // Without the Market migration the report cannot look for the previous quarter's snapshot; time what it
            // does when there is none: the previous quarter's table counted live as well.
            await TimeAsync("previous quarter's table, live (what the report adds without a snapshot)", runs, app.Services, async sp =>
            {
                var cells = await sp.GetRequiredService<SupplyDemandCells>().LiveAsync(quarter.Previous.Start, quarter.Previous.End, MarketFilter.All, CancellationToken.None);
                return $"{cells.Count:N0} cells, posts {cells.Sum(c => c.Posts):N0}";
            });
        }
        else await TimeAsync("quarterly report (table + previous quarter + rankings)", runs, app.Services, async sp =>
        {
            var r = await sp.GetRequiredService<SupplyDemandReport>().BuildAsync(quarter.ToString(), CancellationToken.None);
            return $"ratio {ReportExport.Ratio(r.Totals.Ratio)}, {r.Cells.Count:N0} cells";
        });
        await TimeAsync("one minor group in one district (6-18-01, 500112)", runs * 4, app.Services, async sp =>
        {
            var cells = await sp.GetRequiredService<SupplyDemandCells>().LiveAsync(quarter.Start, quarter.End, new MarketFilter("6-18-01", "500112"), CancellationToken.None);
            var sum = SupplyDemandCells.Sum(cells);
            return $"posts {sum.Posts}, seekers {sum.Seekers}";
        });
    }

    private static async Task TimeAsync(string label, int runs, IServiceProvider services, Func<IServiceProvider, Task<string>> run)
    {
        var times = new List<double>();
        string? last = null;
        for (var i = 0; i <= runs; i++)
        {
            await using var scope = services.CreateAsyncScope();
            var watch = Stopwatch.StartNew();
            last = await run(scope.ServiceProvider);
            if (i > 0) // the first run warms the JIT and the connection pool
                times.Add(watch.Elapsed.TotalMilliseconds);
        }
        times.Sort();
        Console.WriteLine($"{label}: median {times[times.Count / 2]:F0} ms, min {times[0]:F0} ms, max {times[^1]:F0} ms over {runs} runs; {last}");
    }
}
