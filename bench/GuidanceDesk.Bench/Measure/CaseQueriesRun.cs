using System.Diagnostics;
using System.Security.Claims;
using GuidanceDesk.Bench.Generate;
using GuidanceDesk.Web.Data;
using GuidanceDesk.Web.Domain;
using GuidanceDesk.Web.Features.Cases;
using GuidanceDesk.Web.Features.Worklist;
using GuidanceDesk.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace GuidanceDesk.Bench.Measure;

/// <summary>
/// <c>casequeries</c>: the app's WorklistQueries.GetAsync and CaseQueries.GetAsync in process, one call after another
/// (no queueing, no HTTP), each in a fresh DI scope signed in as a random generated counselor (claims from the app's
/// own factory), on their own cases. What one request costs the server with nothing else running; with
/// <c>--log Microsoft.EntityFrameworkCore.Database.Command=Information</c> and <c>--count 1</c> it prints the SQL.
/// </summary>
internal static class CaseQueriesRun
{
    public static async Task RunAsync(Options o)
    {
        var target = BenchTarget.FromOptions(o, newKeys: false);
        var count = o.Int("count", 500);
        var warmup = o.Int("warmup", 100);
        await using var app = AppHost.Build(target, demoData: false, urls: "http://127.0.0.1:0", log: o.Get("log"));
        await app.StartAsync();
        var random = new Random(o.Int("seed", 5));
        var samples = await SampleAsync(app.Services, o.Int("counselors", 50), random);
        Console.WriteLine($"{samples.Count} counselors; warm-up {warmup} of each, then {count} of each");
        // Warm-up alternates both; then each is measured in a loop of its own, so that the CPU used in this process
        // and in the PostgreSQL backends over the loop is that query's (per call; robust to a busy neighbour).
        for (var i = 0; i < warmup; i++)
        {
            var (principal, cases) = samples[i % samples.Count];
            await InScopeAsync(app.Services, principal, sp => sp.GetRequiredService<WorklistQueries>().GetAsync(new WorklistFilter(), CancellationToken.None));
            await InScopeAsync(app.Services, principal, sp => sp.GetRequiredService<CaseQueries>().GetAsync(cases[random.Next(cases.Length)], CancellationToken.None));
        }
        await MeasureAsync("WorklistQueries.GetAsync", count, samples, (principal, _) =>
            InScopeAsync(app.Services, principal, sp => sp.GetRequiredService<WorklistQueries>().GetAsync(new WorklistFilter(), CancellationToken.None)));
        await MeasureAsync("CaseQueries.GetAsync    ", count, samples, (principal, cases) =>
            InScopeAsync(app.Services, principal, sp => sp.GetRequiredService<CaseQueries>().GetAsync(cases[random.Next(cases.Length)], CancellationToken.None)));
        await app.StopAsync();
    }

    private static async Task MeasureAsync(string label, int count, List<(ClaimsPrincipal, long[])> samples, Func<ClaimsPrincipal, long[], Task> call)
    {
        var latency = new Latency();
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var db = ProcessSampler.CpuSecondsOf("postgres");
        var allocated = GC.GetTotalAllocatedBytes(precise: true);
        for (var i = 0; i < count; i++)
        {
            var (principal, cases) = samples[i % samples.Count];
            var t0 = Stopwatch.GetTimestamp();
            await call(principal, cases);
            latency.Add(Stopwatch.GetTimestamp() - t0);
        }
        var appMs = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMilliseconds / count;
        var dbMs = (ProcessSampler.CpuSecondsOf("postgres") - db) * 1000 / count;
        var kb = (GC.GetTotalAllocatedBytes(precise: true) - allocated) / 1024 / count;
        Console.WriteLine(System.FormattableString.Invariant(
            $"RESULT {label} {Latency.Merge([latency]).Summary()}; CPU per call: app {appMs:F1} ms, postgres {dbMs:F1} ms; {kb} KB allocated"));
    }

    private static async Task InScopeAsync<T>(IServiceProvider services, ClaimsPrincipal principal, Func<IServiceProvider, Task<T>> call)
    {
        await using var scope = services.CreateAsyncScope();
        services.GetRequiredService<IHttpContextAccessor>().HttpContext = new DefaultHttpContext { User = principal, RequestServices = scope.ServiceProvider };
        await call(scope.ServiceProvider);
    }

    private static Task InScopeAsync(IServiceProvider services, ClaimsPrincipal principal, Func<IServiceProvider, Task> call) =>
        InScopeAsync(services, principal, async sp => { await call(sp); return 0; });

    /// <summary>Random generated counselors with open cases, signed in, with their open cases (80 %) and closed ones.</summary>
    private static async Task<List<(ClaimsPrincipal, long[])>> SampleAsync(IServiceProvider services, int n, Random random)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var factory = scope.ServiceProvider.GetRequiredService<IUserClaimsPrincipalFactory<AppUser>>();
        var ids = await db.StaffMembers.Where(s => s.Position == StaffPosition.Counselor && s.UserId != null).Select(s => s.Id).ToListAsync();
        var result = new List<(ClaimsPrincipal, long[])>();
        foreach (var id in ids.OrderBy(_ => random.Next()))
        {
            var cases = await db.GuidanceCases.Where(c => c.CounselorId == id).Select(c => new { c.Id, Open = c.Stage != CaseStage.Closed }).ToListAsync();
            var open = cases.Where(c => c.Open).Select(c => c.Id).ToList();
            if (open.Count == 0 || await users.FindByNameAsync(StaffUsers.UserName(id)) is not { } user)
                continue;
            var closed = cases.Where(c => !c.Open).Select(c => c.Id).ToList();
            // 80 % open cases: each open id four times for every closed one sampled alongside.
            var mix = open.Concat(open).Concat(open).Concat(open).Concat(closed.OrderBy(_ => random.Next()).Take(open.Count)).ToArray();
            result.Add((await factory.CreateAsync(user), mix));
            if (result.Count == n)
                break;
        }
        return result;
    }
}
