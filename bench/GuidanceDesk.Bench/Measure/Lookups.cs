using System.Diagnostics;
using System.Security.Claims;
using GuidanceDesk.Bench.Generate;
using GuidanceDesk.Web.Data;
using GuidanceDesk.Web.Features.Workers;
using GuidanceDesk.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace GuidanceDesk.Bench.Measure;

/// <summary>
/// <c>lookups</c>: the app's own WorkerQueries, in process, one call after another (no queueing), each in a fresh DI
/// scope as a request would be, signed in as the city-level bench user. The host is started so that the audit writer
/// drains the read-audit queue into the database while we measure, as it does in production.
/// </summary>
internal static class Lookups
{
    public static async Task RunAsync(Options o)
    {
        var target = BenchTarget.FromOptions(o, newKeys: false);
        var count = o.Int("count", 5000);
        var warmup = o.Int("warmup", 500);
        var random = new Random(o.Int("seed", 7));
        await using var app = AppHost.Build(target, demoData: false, urls: "http://127.0.0.1:0", log: o.Get("log"));
        await app.StartAsync();

        var principal = await SignInAsync(app.Services);
        var samples = await SampleWorkersAsync(app.Services, count + warmup, random);
        Console.WriteLine($"sampled {samples.Count:N0} random workers; warm-up {warmup}, measured {count} per kind");

        await MeasureAsync("GetAsync(id)            [GET /workers/{id}]", app.Services, principal, samples, warmup,
            (q, s) => q.GetAsync(s.Id, audited: true, CancellationToken.None));
        await MeasureAsync("SearchAsync(exact ID)   [lookup hash]", app.Services, principal, samples, warmup,
            (q, s) => q.SearchAsync(new WorkerSearch(IdNumber: s.IdNumber), CancellationToken.None));
        await MeasureAsync("SearchAsync(name, 2 ch) [surname + 1st char]", app.Services, principal, samples, warmup,
            (q, s) => q.SearchAsync(new WorkerSearch(Name: s.Name[..2]), CancellationToken.None));
        await MeasureAsync("SearchAsync(name, full) [whole name]", app.Services, principal, samples, warmup,
            (q, s) => q.SearchAsync(new WorkerSearch(Name: s.Name), CancellationToken.None));
        await MeasureAsync("SearchAsync(surname)    [1 ch, worst case]", app.Services, principal, samples, Math.Min(warmup, 50),
            (q, s) => q.SearchAsync(new WorkerSearch(Name: s.Name[..1]), CancellationToken.None), limit: Math.Min(count, 500));
        await app.StopAsync();
    }

    private sealed record Sample(long Id, string Name, string IdNumber);

    private static async Task MeasureAsync(string label, IServiceProvider services, ClaimsPrincipal principal, List<Sample> samples,
        int warmup, Func<WorkerQueries, Sample, Task> call, int? limit = null)
    {
        var accessor = services.GetRequiredService<IHttpContextAccessor>();
        var latency = new Latency();
        var n = Math.Min(samples.Count, warmup + (limit ?? samples.Count));
        var gcBefore = GC.CollectionCount(0);
        var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
        for (var i = 0; i < n; i++)
        {
            var start = Stopwatch.GetTimestamp();
            await using (var scope = services.CreateAsyncScope())
            {
                accessor.HttpContext = new DefaultHttpContext { User = principal, RequestServices = scope.ServiceProvider };
                await call(scope.ServiceProvider.GetRequiredService<WorkerQueries>(), samples[i]);
            }
            if (i >= warmup)
                latency.Add(Stopwatch.GetTimestamp() - start);
        }
        var merged = Latency.Merge([latency]);
        // Allocation includes the audit writer's share (it runs alongside), which is the point: it is per request too.
        var allocated = (GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore) / n;
        Console.WriteLine($"{label}: {merged.Summary()} gen0 GCs={GC.CollectionCount(0) - gcBefore} alloc/op={allocated / 1024} KB");
    }

    /// <summary>The claims the app issues at sign-in (AppClaimsFactory), without going through HTTP.</summary>
    private static async Task<ClaimsPrincipal> SignInAsync(IServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var user = await users.FindByNameAsync(CitySetup.BenchUser) ?? throw new InvalidOperationException("Run generate first: no bench user.");
        return await scope.ServiceProvider.GetRequiredService<IUserClaimsPrincipalFactory<AppUser>>().CreateAsync(user);
    }

    /// <summary>Random existing workers with their ID number in clear (decrypted here, outside the timing).</summary>
    private static async Task<List<Sample>> SampleWorkersAsync(IServiceProvider services, int n, Random random)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var protector = scope.ServiceProvider.GetRequiredService<PersonalDataProtector>();
        var min = await db.Workers.MinAsync(w => w.Id);
        var max = await db.Workers.MaxAsync(w => w.Id);
        var ids = Enumerable.Range(0, n).Select(_ => random.NextInt64(min, max + 1)).ToList();
        var rows = await db.Workers.AsNoTracking().Where(w => ids.Contains(w.Id))
            .Select(w => new { w.Id, w.Name, w.IdNumber.Cipher }).ToDictionaryAsync(w => w.Id);
        return [.. ids.Where(rows.ContainsKey).Select(id => new Sample(id, rows[id].Name, protector.Unprotect(rows[id].Cipher)))];
    }
}
