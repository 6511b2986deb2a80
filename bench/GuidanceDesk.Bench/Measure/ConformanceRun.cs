using System.Diagnostics;
using System.Globalization;
using GuidanceDesk.Web.Data;
using GuidanceDesk.Web.Features.Quality.Conformance;
using GuidanceDesk.Web.Infrastructure;
using GuidanceDesk.Web.Infrastructure.Startup;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace GuidanceDesk.Bench.Measure;

/// <summary>
/// <c>conformance --provider postgres --connection C</c> (issue 8): the self-evaluation's conformance report for the unit
/// with the most guidance records, over the last year of data (target: one unit-year at city scale in &lt; 10 s), three
/// times, with each rule's time on the last run; then once for the whole city.
/// </summary>
internal static class ConformanceRun
{
    public static async Task RunAsync(Options o)
    {
        var target = BenchTarget.FromOptions(o, newKeys: false);
        await using var app = AppHost.Build(target, demoData: false);
        await app.Services.InitializeDatabaseAsync(app.Configuration, CancellationToken.None);
        long unit;
        ConformancePeriod period;
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            db.Database.SetCommandTimeout(TimeSpan.FromMinutes(5));
            unit = await db.GuidanceRecords.GroupBy(r => r.ServiceUnitId).OrderByDescending(g => g.Count()).Select(g => g.Key).FirstAsync();
            var last = AgencyClock.DateOf(await db.GuidanceRecords.MaxAsync(r => r.OccurredAt));
            period = new ConformancePeriod(last.AddDays(-364), last);
            var records = await db.GuidanceRecords.CountAsync(r => r.ServiceUnitId == unit && r.OccurredAt >= period.Start && r.OccurredAt < period.End);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"unit {unit}, period {period}, {records:N0} guidance records in the unit-year"));
        }

        for (var run = 1; run <= 3; run++)
            await TimeAsync(app.Services, unit, period, $"largest unit run {run}", perRule: run == 3);
        await TimeAsync(app.Services, null, period, "city", perRule: true);
    }

    private static async Task TimeAsync(IServiceProvider services, long? unit, ConformancePeriod period, string label, bool perRule)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        db.Database.SetCommandTimeout(TimeSpan.FromMinutes(5));
        var reports = scope.ServiceProvider.GetRequiredService<ConformanceReports>();
        var clock = scope.ServiceProvider.GetRequiredService<AgencyClock>();
        var watch = Stopwatch.StartNew();
        var report = await reports.ComputeAsync(unit, period, CancellationToken.None);
        watch.Stop();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"RESULT conformance {label}: {report.Rows.Count} rows, {watch.Elapsed.TotalSeconds:F2} s (pass {report.Count(Web.Domain.ConformanceLevel.Pass)}, warn {report.Count(Web.Domain.ConformanceLevel.Warn)}, fail {report.Count(Web.Domain.ConformanceLevel.Fail)}, no data {report.Count(Web.Domain.ConformanceLevel.NoData)})"));
        if (!perRule)
            return;
        var scopeOf = new ConformanceScope(unit, period, clock.Today);
        foreach (var rule in reports.Rules)
        {
            var w = Stopwatch.StartNew();
            var row = await rule.EvaluateAsync(scopeOf, CancellationToken.None);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {rule.Clause,-12} {rule.Key,-22} {w.Elapsed.TotalMilliseconds,8:F0} ms  {row.Figure}"));
        }
    }
}
