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
        var warmup = o.Int("warmup", 1000);
        var random = new Random(o.Int("seed", 7));
        await using var app = AppHost.Build(target, demoData: false, urls: "http://127.0.0.1:0", log: o.Get("log"));
        await app.StartAsync();

        var principal = await SignInAsync(app.Services);
        var samples = await SampleWorkersAsync(app.Services, count, random);
        var kinds = new (string Label, Func<WorkerQueries, Sample, Task> Call, int Count)[]
        {
            ("GetAsync(id)            [GET /workers/{id}]", (q, s) => q.GetAsync(s.Id, audited: true, CancellationToken.None), count),
            ("SearchAsync(exact ID)   [lookup hash]", (q, s) => q.SearchAsync(new WorkerSearch(IdNumber: s.IdNumber), CancellationToken.None), count),
            ("SearchAsync(name, 2 ch) [surname + 1st char]", (q, s) => q.SearchAsync(new WorkerSearch(Name: s.Name[..2]), CancellationToken.None), count),
            ("SearchAsync(name, full) [whole name]", (q, s) => q.SearchAsync(new WorkerSearch(Name: s.Name), CancellationToken.None), count),
            ("SearchAsync(surname)    [1 ch, worst case]", (q, s) => q.SearchAsync(new WorkerSearch(Name: s.Name[..1]), CancellationToken.None), Math.Min(count, 500)),
        };
        // Warm-up runs every kind in turn, long enough for tiered JIT to reach optimized code before anything is timed.
        var warmStart = Stopwatch.StartNew();
        for (var i = 0; i < warmup; i++)
        {
            foreach (var kind in kinds)
                await CallAsync(app.Services, principal, kind.Call, samples[(i * 7919) % samples.Count]);
        }
        Console.WriteLine($"sampled {samples.Count:N0} random workers; warm-up {warmup} rounds of all kinds ({warmStart.Elapsed.TotalSeconds:F0} s)");
        foreach (var kind in kinds)
            await MeasureAsync(kind.Label, app.Services, principal, samples.Take(kind.Count).ToList(), kind.Call);
        await app.StopAsync();
    }

    private sealed record Sample(long Id, string Name, string IdNumber);

    private static async Task MeasureAsync(string label, IServiceProvider services, ClaimsPrincipal principal, List<Sample> samples,
        Func<WorkerQueries, Sample, Task> call)
    {
        var latency = new Latency();
        var gcBefore = GC.CollectionCount(0);
        var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
        foreach (var sample in samples)
        {
            var start = Stopwatch.GetTimestamp();
            await CallAsync(services, principal, call, sample);
            latency.Add(Stopwatch.GetTimestamp() - start);
        }
        var merged = Latency.Merge([latency]);
        // Allocation includes the audit writer's share (it runs alongside), which is the point: it is per request too.
        var allocated = (GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore) / samples.Count;
        Console.WriteLine($"{label}: {merged.Summary()} gen0 GCs={GC.CollectionCount(0) - gcBefore} alloc/op={allocated / 1024} KB");
    }

    /// <summary>One call as a request makes it: its own DI scope, the signed-in user on the HttpContext.</summary>
    private static async Task CallAsync(IServiceProvider services, ClaimsPrincipal principal, Func<WorkerQueries, Sample, Task> call, Sample sample)
    {
        await using var scope = services.CreateAsyncScope();
        services.GetRequiredService<IHttpContextAccessor>().HttpContext =
            new DefaultHttpContext { User = principal, RequestServices = scope.ServiceProvider };
        await call(scope.ServiceProvider.GetRequiredService<WorkerQueries>(), sample);
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
