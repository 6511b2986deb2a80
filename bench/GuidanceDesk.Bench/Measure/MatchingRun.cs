using System.Diagnostics;
using System.Globalization;
using System.Security.Claims;
using GuidanceDesk.Web.Data;
using GuidanceDesk.Web.Domain;
using GuidanceDesk.Web.Features.Placements;
using GuidanceDesk.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace GuidanceDesk.Bench.Measure;

/// <summary>
/// <c>matching</c>: job referral (7.1.4) in process, one call after another: MatchingQueries.ForWorkerAsync (ranked open
/// vacancies for a random seeking worker) and CandidateQueries.ForVacancyAsync (ranked seekers for a random open vacancy),
/// each in a fresh DI scope signed in as a counselor of the worker's / vacancy's unit (<c>--city</c>: city level, every
/// unit's seekers). Prints p50/p95/p99 per query.
/// </summary>
internal static class MatchingRun
{
    public static async Task RunAsync(Options o)
    {
        var target = BenchTarget.FromOptions(o, newKeys: false);
        var count = o.Int("count", 500);
        var warmup = o.Int("warmup", 100);
        var city = o.Get("city") is not null;
        await using var app = AppHost.Build(target, demoData: false, urls: "http://127.0.0.1:0", log: o.Get("log"));
        await app.StartAsync();
        var random = new Random(o.Int("seed", 7));
        var (workers, vacancies) = await SampleAsync(app.Services, count + warmup, random);
        Console.WriteLine($"{workers.Count} seeking workers, {vacancies.Count} open vacancies sampled; warm-up {warmup}, then {count} of each{(city ? " (city level)" : "")}");
        for (var i = 0; i < warmup; i++)
        {
            await InScopeAsync(app.Services, Counselor(workers[i].Unit, city), sp => sp.GetRequiredService<MatchingQueries>().ForWorkerAsync(workers[i].Id, 20, CancellationToken.None));
            await InScopeAsync(app.Services, Counselor(vacancies[i].Unit, city), sp => sp.GetRequiredService<CandidateQueries>().ForVacancyAsync(vacancies[i].Id, 20, CancellationToken.None));
        }
        var found = 0L;
        await MeasureAsync("ranked vacancies for a worker ", count, async i =>
        {
            var (id, unit) = workers[warmup + i];
            var r = await InScopeAsync(app.Services, Counselor(unit, city), sp => sp.GetRequiredService<MatchingQueries>().ForWorkerAsync(id, 20, CancellationToken.None));
            found += r.Items.Count;
        });
        Console.WriteLine(FormattableString.Invariant($"  mean vacancies returned: {(double)found / count:F1}"));
        found = 0;
        await MeasureAsync("ranked workers for a vacancy  ", count, async i =>
        {
            var (id, unit) = vacancies[warmup + i];
            var r = await InScopeAsync(app.Services, Counselor(unit, city), sp => sp.GetRequiredService<CandidateQueries>().ForVacancyAsync(id, 20, CancellationToken.None));
            found += r.Items.Count;
        });
        Console.WriteLine(FormattableString.Invariant($"  mean candidates returned: {(double)found / count:F1}"));
        await app.StopAsync();
    }

    private static async Task MeasureAsync(string label, int count, Func<int, Task> call)
    {
        var latency = new Latency();
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var db = ProcessSampler.CpuSecondsOf("postgres");
        for (var i = 0; i < count; i++)
        {
            var t0 = Stopwatch.GetTimestamp();
            await call(i);
            latency.Add(Stopwatch.GetTimestamp() - t0);
        }
        var appMs = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMilliseconds / count;
        var dbMs = (ProcessSampler.CpuSecondsOf("postgres") - db) * 1000 / count;
        Console.WriteLine(FormattableString.Invariant($"RESULT {label} {Latency.Merge([latency]).Summary()}; CPU per call: app {appMs:F1} ms, postgres {dbMs:F1} ms"));
    }

    /// <summary>A counselor of the unit as the app's claims say it (city level: no unit, so every unit's seekers).</summary>
    private static ClaimsPrincipal Counselor(long unit, bool city)
    {
        var claims = new List<Claim> { new(ClaimTypes.NameIdentifier, "bench"), new(ClaimTypes.Name, "bench"), new(ClaimTypes.Role, Roles.Counselor) };
        if (!city)
            claims.Add(new Claim(AppClaims.ServiceUnitId, unit.ToString(CultureInfo.InvariantCulture)));
        return new ClaimsPrincipal(new ClaimsIdentity(claims, "bench"));
    }

    private static async Task<T> InScopeAsync<T>(IServiceProvider services, ClaimsPrincipal principal, Func<IServiceProvider, Task<T>> call)
    {
        await using var scope = services.CreateAsyncScope();
        services.GetRequiredService<IHttpContextAccessor>().HttpContext = new DefaultHttpContext { User = principal, RequestServices = scope.ServiceProvider };
        return await call(scope.ServiceProvider);
    }

    /// <summary>Random seeking workers with intentions and random open vacancies (by id ranges, so no full scan).</summary>
    private static async Task<(List<(long Id, long Unit)>, List<(long Id, long Unit)>)> SampleAsync(IServiceProvider services, int n, Random random)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var maxIntention = await db.SeekerIntentions.MaxAsync(s => s.Id);
        var workers = new List<(long, long)>();
        while (workers.Count < n)
        {
            var from = random.NextInt64(1, maxIntention);
            var row = await db.SeekerIntentions.Where(s => s.Id >= from && s.IsSeeking && !s.RefusesRecommendations).OrderBy(s => s.Id)
                .Select(s => new { s.WorkerId, s.ServiceUnitId }).FirstOrDefaultAsync();
            if (row is not null)
                workers.Add((row.WorkerId, row.ServiceUnitId));
        }
        var maxVacancy = await db.Vacancies.MaxAsync(v => v.Id);
        var vacancies = new List<(long, long)>();
        while (vacancies.Count < n)
        {
            var from = random.NextInt64(1, maxVacancy);
            var row = await db.Vacancies.Where(v => v.Id >= from && v.Status == VacancyStatus.Open).OrderBy(v => v.Id)
                .Select(v => new { v.Id, v.ServiceUnitId }).FirstOrDefaultAsync();
            if (row is not null)
                vacancies.Add((row.Id, row.ServiceUnitId));
        }
        return (workers, vacancies);
    }
}
