using System.Diagnostics;
using System.Globalization;
using System.Security.Claims;
using GuidanceDesk.Web.Data;
using GuidanceDesk.Web.Features.Quality.Conformance;
using GuidanceDesk.Web.Features.Reports;
using GuidanceDesk.Web.Infrastructure.Security;
using GuidanceDesk.Web.Infrastructure.Startup;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace GuidanceDesk.Bench.Measure;

/// <summary>
/// <c>statistics [--runs 50] --provider postgres --connection C</c> (issue 8, 9.2.1): the head's dashboard for the
/// unit with the most guidance records over the last year, through <see cref="StatisticsQueries"/> as a city-level
/// administrator, timed <c>runs</c> times (p50/p95/max; target p95 &lt; 500 ms). Pending migrations are applied first.
/// </summary>
internal static class StatisticsRun
{
    public static async Task RunAsync(Options o)
    {
        var target = BenchTarget.FromOptions(o, newKeys: false);
        await using var app = AppHost.Build(target, demoData: false, log: o.Get("log"));
        await app.Services.InitializeDatabaseAsync(app.Configuration, CancellationToken.None);
        var runs = int.Parse(o.Get("runs", "50"), CultureInfo.InvariantCulture);

        long unit;
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            unit = await db.GuidanceCases.GroupBy(c => c.ServiceUnitId).OrderByDescending(g => g.Count()).Select(g => g.Key).FirstAsync();
        }

        var to = DateOnly.FromDateTime(DateTime.UtcNow);
        var period = new ConformancePeriod(to.AddYears(-1).AddDays(1), to);
        var times = new List<double>();
        for (var run = 0; run <= runs; run++)
        {
            await using var scope = app.Services.CreateAsyncScope();
            scope.ServiceProvider.GetRequiredService<IHttpContextAccessor>().HttpContext = new DefaultHttpContext
            {
                User = new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.NameIdentifier, "bench"), new Claim(ClaimTypes.Role, Roles.Admin)], "bench")),
            };
            var stats = scope.ServiceProvider.GetRequiredService<StatisticsQueries>();
            var watch = Stopwatch.StartNew();
            var s = await stats.ComputeAsync(unit, period, CancellationToken.None);
            watch.Stop();
            if (run == 0)
            {
                // The first run warms the connection pool and the plans; it is shown but not counted.
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"unit {unit} {period}: records {s.Records:N0}, served {s.WorkersServed:N0}, open {s.OpenCases:N0}, opened {s.CasesOpened:N0}, closed {s.CasesClosed:N0}, employed {s.Employed:N0}, counselors {s.Caseloads.Count}; warm-up {watch.Elapsed.TotalMilliseconds:F0} ms"));
                continue;
            }
            times.Add(watch.Elapsed.TotalMilliseconds);
        }

        times.Sort();
        double P(double p) => times[Math.Min(times.Count - 1, (int)Math.Ceiling(p * times.Count) - 1)];
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"RESULT statistics unit-year x{times.Count}: p50 {P(0.5):F0} ms, p95 {P(0.95):F0} ms, max {times[^1]:F0} ms"));
    }
}
