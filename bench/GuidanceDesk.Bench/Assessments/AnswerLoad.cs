using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using GuidanceDesk.Bench.Measure;
using GuidanceDesk.Web.Data;
using GuidanceDesk.Web.Domain;
using GuidanceDesk.Web.Infrastructure.Security;
using GuidanceDesk.Web.Infrastructure.Startup;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace GuidanceDesk.Bench.Assessments;

/// <summary>
/// <c>answerload</c>: N workers answering an inventory at once, each saving one answer every <c>--every</c> seconds
/// (default 500 workers, one answer per 5 s: 100 saves a second), against a running app (target p95 &lt; 50 ms per
/// saved answer). <c>--setup</c> first gives N generated workers a portal account (<c>w{workerId}</c>, the demo
/// password) and an agreed RIASEC plan with a fresh assessment, through the app's own entities, and writes the list
/// to <c>--plan-file</c>; the load phase signs each in (bearer token) and saves answers over HTTP.
/// </summary>
internal static class AnswerLoad
{
    public static async Task SetupAsync(Options o)
    {
        var target = BenchTarget.FromOptions(o, newKeys: false);
        var count = o.Int("workers", 500);
        await using var app = AppHost.Build(target, demoData: false);
        await app.Services.InitializeDatabaseAsync(app.Configuration, CancellationToken.None);
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var hash = users.PasswordHasher.HashPassword(new AppUser(), DemoData.Password);
        var instrument = await db.Instruments.FirstAsync(i => i.Code == "riasec-48");
        var workers = await db.Workers.AsNoTracking().OrderBy(w => w.Id).Take(count).Select(w => new { w.Id, w.ServiceUnitId, w.Name }).ToListAsync();
        var lines = new List<string>();
        var now = DateTimeOffset.UtcNow;
        foreach (var w in workers)
        {
            var name = $"w{w.Id}";
            if (await users.FindByNameAsync(name) is null)
            {
                var user = new AppUser { UserName = name, DisplayName = w.Name, WorkerId = w.Id, PasswordHash = hash };
                Check(await users.CreateAsync(user));
                Check(await users.AddToRoleAsync(user, Roles.Worker));
            }
            var plan = new AssessmentPlan(w.ServiceUnitId, w.Id, null, null, "负载测试", AssessmentMode.Online, DateOnly.FromDateTime(now.Date),
                [instrument.Id], null, new Actor("bench", "bench"), now);
            db.AssessmentPlans.Add(plan);
            var consent = new ConsentRecord(w.Id, ConsentKind.Assessment, ArchiveScope.None, DateOnly.FromDateTime(now.Date), Channel.Online, "bench", "负载测试", now);
            db.ConsentRecords.Add(consent);
            await db.SaveChangesAsync();
            plan.Agree(Channel.Online, consent.Id, "bench", now);
            var assessment = new Assessment(plan, instrument, Administration.Portal);
            db.Assessments.Add(assessment);
            await db.SaveChangesAsync();
            lines.Add(string.Create(CultureInfo.InvariantCulture, $"{name}\t{assessment.Id}"));
        }
        var file = o.Get("plan-file", "/tmp/gd-assess/answerload.tsv");
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        await File.WriteAllLinesAsync(file, lines);
        Console.WriteLine($"{lines.Count} workers with an agreed RIASEC plan → {file}");
    }

    private static void Check(IdentityResult r)
    {
        if (!r.Succeeded)
            throw new InvalidOperationException(string.Join("; ", r.Errors.Select(e => e.Description)));
    }

    public static async Task RunAsync(Options o)
    {
        var baseUri = new Uri(o.Get("url", "http://127.0.0.1:5092"));
        if (!baseUri.IsLoopback)
            throw new ArgumentException("The load test only targets loopback addresses.");
        var every = TimeSpan.FromSeconds(o.Int("every", 5));
        var duration = TimeSpan.FromSeconds(o.Int("duration", 60));
        var warmup = TimeSpan.FromSeconds(o.Int("warmup", 20));
        var pid = o.Get("server-pid") is { } p ? int.Parse(p, CultureInfo.InvariantCulture) : (int?)null;
        var plan = (await File.ReadAllLinesAsync(o.Get("plan-file", "/tmp/gd-assess/answerload.tsv")))
            .Select(l => l.Split('\t')).Select(f => (User: f[0], Assessment: long.Parse(f[1], CultureInfo.InvariantCulture))).ToList();
        using var handler = new SocketsHttpHandler { MaxConnectionsPerServer = 256, PooledConnectionLifetime = TimeSpan.FromMinutes(10) };
        using var http = new HttpClient(handler) { BaseAddress = baseUri, Timeout = TimeSpan.FromSeconds(30) };
        var signIn = Stopwatch.StartNew();
        var tokens = await SignInAllAsync(baseUri, [.. plan.Select(p => p.User)]);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{plan.Count} workers signed in ({signIn.Elapsed.TotalSeconds:F0} s); each saves an answer every {every.TotalSeconds} s; warm-up {warmup.TotalSeconds} s, measure {duration.TotalSeconds} s"));

        var start = Stopwatch.GetTimestamp();
        var measureFrom = start + (long)(warmup.TotalSeconds * Stopwatch.Frequency);
        var stopAt = measureFrom + (long)(duration.TotalSeconds * Stopwatch.Frequency);
        var latencies = plan.Select(_ => new Latency()).ToArray();
        var errors = 0;
        await using var sampler = new ProcessSampler(pid);
        double serverCpu = 0, dbCpu = 0;
        var cpuTask = Task.Run(async () =>
        {
            await Task.Delay(warmup);
            serverCpu = sampler.CpuSeconds();
            dbCpu = ProcessSampler.CpuSecondsOf("postgres");
        });
        await Task.WhenAll(plan.Select(async (w, n) =>
        {
            var random = new Random(n);
            await Task.Delay(TimeSpan.FromMilliseconds(random.NextDouble() * every.TotalMilliseconds)); // spread the workers evenly
            var item = 0;
            while (Stopwatch.GetTimestamp() < stopAt)
            {
                var began = Stopwatch.GetTimestamp();
                using var request = new HttpRequestMessage(HttpMethod.Put, $"/api/v1/assessments/{w.Assessment}/answers")
                {
                    Content = JsonContent.Create(new { item = item % 48, value = random.Next(1, 6) }),
                };
                request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", tokens[n]);
                using var response = await http.SendAsync(request);
                var took = Stopwatch.GetTimestamp() - began;
                if (began >= measureFrom)
                {
                    if (response.IsSuccessStatusCode)
                        latencies[n].Add(took);
                    else
                        Interlocked.Increment(ref errors);
                }
                item++;
                var wait = every - TimeSpan.FromSeconds((double)took / Stopwatch.Frequency);
                if (wait > TimeSpan.Zero)
                    await Task.Delay(wait);
            }
        }));
        await cpuTask;
        var all = Latency.Merge(latencies);
        var serverUsed = sampler.CpuSeconds() - serverCpu;
        var dbUsed = ProcessSampler.CpuSecondsOf("postgres") - dbCpu;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"RESULT PUT /api/v1/assessments/{{id}}/answers: {plan.Count} workers, {all.Count / duration.TotalSeconds:F0} saves/s, errors={errors}"));
        Console.WriteLine("RESULT latency " + all.Summary());
        Console.WriteLine(all.Histogram());
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"RESULT cpu: server {serverUsed / duration.TotalSeconds * 100:F0}% of a core, postgres {dbUsed / duration.TotalSeconds * 100:F0}%"));
    }

    /// <summary>
    /// The token endpoint allows 30 sign-ins a minute per client address; 500 workers sign in from 20 loopback
    /// addresses (127.0.1.1–20, all loopback on Linux) so that setting up the load takes seconds, not 17 minutes.
    /// </summary>
    internal static async Task<string[]> SignInAllAsync(Uri baseUri, List<string> users)
    {
        const int PerAddress = 25;
        var tokens = new string[users.Count];
        var groups = Enumerable.Range(0, (users.Count + PerAddress - 1) / PerAddress);
        await Parallel.ForEachAsync(groups, new ParallelOptions { MaxDegreeOfParallelism = 4 }, async (g, _) =>
        {
            var local = new System.Net.IPAddress([127, 0, 1, (byte)(1 + g % 250)]);
            using var handler = new SocketsHttpHandler
            {
                ConnectCallback = async (context, ct) =>
                {
                    var socket = new System.Net.Sockets.Socket(System.Net.Sockets.SocketType.Stream, System.Net.Sockets.ProtocolType.Tcp);
                    socket.Bind(new System.Net.IPEndPoint(local, 0));
                    await socket.ConnectAsync(context.DnsEndPoint, ct);
                    return new System.Net.Sockets.NetworkStream(socket, ownsSocket: true);
                },
            };
            using var client = new HttpClient(handler) { BaseAddress = baseUri };
            for (var i = g * PerAddress; i < Math.Min(users.Count, (g + 1) * PerAddress); i++)
                tokens[i] = await TokenAsync(client, users[i]);
        });
        return tokens;
    }

    private static async Task<string> TokenAsync(HttpClient http, string user)
    {
        while (true)
        {
            using var response = await http.PostAsJsonAsync("/api/v1/auth/token", new { userName = user, password = DemoData.Password });
            if (response.StatusCode == System.Net.HttpStatusCode.TooManyRequests)
            {
                await Task.Delay(response.Headers.RetryAfter?.Delta ?? TimeSpan.FromSeconds(5));
                continue;
            }
            response.EnsureSuccessStatusCode();
            var body = await response.Content.ReadFromJsonAsync<System.Text.Json.Nodes.JsonObject>();
            return (string)body!["accessToken"]!;
        }
    }
}
