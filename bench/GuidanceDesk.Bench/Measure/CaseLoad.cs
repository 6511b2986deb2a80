using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using GuidanceDesk.Bench.Generate;
using GuidanceDesk.Web.Data;
using GuidanceDesk.Web.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace GuidanceDesk.Bench.Measure;

/// <summary>
/// <c>caseload</c>: N simulated counselors (default 50) against a running app, each signed in with their own bearer
/// token (generated accounts <c>staff{id}</c>) and each in a closed loop (no think time unless <c>--think-ms</c> gives a mean): <c>worklist</c> GETs
/// /api/v1/worklist, <c>case</c> GETs /api/v1/cases/{id} of a random case of theirs (80 % open ones), <c>mix</c> does
/// one worklist then four case pages. Counselors and their cases are read from the database beforehand (outside the
/// timing). Client latency is kept per endpoint; with <c>--server-log</c> (the app's log with
/// GuidanceDesk.Requests at Information) the app's own "Request finished … in N ms" times of the
/// measured window are read back as the server time.
/// </summary>
internal static class CaseLoad
{
    private sealed record User(long StaffId, string Token, long[] Open, long[] Closed);

    public static async Task RunAsync(Options o)
    {
        var baseUri = new Uri(o.Get("url", "http://127.0.0.1:5090"));
        if (!baseUri.IsLoopback)
            throw new ArgumentException("The load test only targets loopback addresses.");
        var scenario = o.Get("scenario", "mix");
        var users = o.Int("users", 50);
        var duration = TimeSpan.FromSeconds(o.Int("duration", 30));
        var warmup = TimeSpan.FromSeconds(o.Int("warmup", 30));
        var pid = o.Get("server-pid") is { } p ? int.Parse(p, CultureInfo.InvariantCulture) : (int?)null;
        var serverLog = o.Get("server-log");
        var think = o.Int("think-ms", 0);
        var picked = await PickCounselorsAsync(BenchTarget.FromOptions(o, newKeys: false), users, o.Int("seed", 11));

        using var handler = new SocketsHttpHandler { MaxConnectionsPerServer = users, PooledConnectionLifetime = TimeSpan.FromMinutes(30) };
        using var http = new HttpClient(handler) { BaseAddress = baseUri, Timeout = TimeSpan.FromSeconds(30) };
        var signedIn = new List<User>();
        var tokenFile = o.Get("token-cache");
        var tokens = ReadTokens(tokenFile);
        foreach (var (staffId, open, closed) in picked)
            signedIn.Add(new User(staffId, await TokenAsync(http, StaffUsers.UserName(staffId), tokens), open, closed));
        WriteTokens(tokenFile, tokens);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{scenario}: {signedIn.Count} counselors, think time {think} ms (open cases {signedIn.Min(u => u.Open.Length)}–{signedIn.Max(u => u.Open.Length)}, all cases {signedIn.Min(u => u.Open.Length + u.Closed.Length)}–{signedIn.Max(u => u.Open.Length + u.Closed.Length)}), warm-up {warmup.TotalSeconds} s, measure {duration.TotalSeconds} s; {DateTime.UtcNow:HH:mm:ss} UTC"));

        await PhaseAsync(http, signedIn, scenario, think, warmup, seed: 1);
        await using var sampler = new ProcessSampler(pid);
        var serverCpu = sampler.CpuSeconds();
        var dbCpu = ProcessSampler.CpuSecondsOf("postgres");
        var clientCpu = Process.GetCurrentProcess().TotalProcessorTime;
        var logStart = serverLog is null ? 0 : new FileInfo(serverLog).Length;
        var (latency, statuses, elapsed) = await PhaseAsync(http, signedIn, scenario, think, duration, seed: 2);
        var serverCpuUsed = sampler.CpuSeconds() - serverCpu;
        var dbCpuUsed = ProcessSampler.CpuSecondsOf("postgres") - dbCpu;
        var clientCpuUsed = (Process.GetCurrentProcess().TotalProcessorTime - clientCpu).TotalSeconds;

        var requests = latency.Values.Sum(l => l.Count);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"RESULT {requests / elapsed.TotalSeconds:F0} rps over {elapsed.TotalSeconds:F1} s; non-200: {(statuses.Count == 0 ? "none" : string.Join(", ", statuses.Select(s => $"{s.Key}:{s.Value}")))}"));
        foreach (var (kind, l) in latency)
        {
            Console.WriteLine($"RESULT client {kind,-8} {l.Summary()} ({l.Count / elapsed.TotalSeconds:F0} rps)");
            Console.WriteLine(l.Histogram());
        }
        if (serverLog is not null)
        {
            await Task.Delay(1000); // the console logger writes on its own thread
            foreach (var (kind, l) in ServerTimes(serverLog, logStart))
                Console.WriteLine($"RESULT server {kind,-8} {l.Summary()}");
        }
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"RESULT cpu: server {serverCpuUsed / elapsed.TotalSeconds * 100:F0}% of a core, postgres processes {dbCpuUsed / elapsed.TotalSeconds * 100:F0}%, client {clientCpuUsed / elapsed.TotalSeconds * 100:F0}%; per request: server {serverCpuUsed * 1000 / Math.Max(1, requests):F1} ms, postgres {dbCpuUsed * 1000 / Math.Max(1, requests):F1} ms"));
        if (pid is not null)
        {
            await sampler.DisposeAsync();
            Console.WriteLine($"RESULT server memory: max VmRSS {sampler.MaxRssKb / 1024} MB, VmHWM {sampler.HwmKb / 1024} MB");
        }
    }

    private static async Task<(SortedDictionary<string, Latency>, SortedDictionary<string, int>, TimeSpan)> PhaseAsync(
        HttpClient http, List<User> users, string scenario, int thinkMs, TimeSpan duration, int seed)
    {
        var watch = Stopwatch.StartNew();
        var statuses = new SortedDictionary<string, int>(StringComparer.Ordinal);
        var parts = await Task.WhenAll(users.Select(async (u, i) =>
        {
            var random = new Random((seed * 1000) + i);
            var mine = new Dictionary<string, Latency> { ["worklist"] = new(), ["case"] = new() };
            // Users are not in step: each starts at a random point of the mix and, with think time, after a first
            // pause; otherwise all fifty would open their worklist at the same instant when a phase starts.
            var step = random.Next(5);
            if (thinkMs > 0)
                await Task.Delay(TimeSpan.FromMilliseconds(random.NextDouble() * 2 * thinkMs));
            while (watch.Elapsed < duration)
            {
                var worklist = scenario == "worklist" || (scenario == "mix" && step++ % 5 == 0);
                var path = worklist ? "/api/v1/worklist" : $"/api/v1/cases/{PickCase(u, random)}";
                using var request = new HttpRequestMessage(HttpMethod.Get, path);
                request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", u.Token);
                var start = Stopwatch.GetTimestamp();
                string status;
                try
                {
                    using var response = await http.SendAsync(request, HttpCompletionOption.ResponseContentRead);
                    status = ((int)response.StatusCode).ToString(CultureInfo.InvariantCulture);
                }
                catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
                {
                    status = ex.GetType().Name;
                }
                mine[worklist ? "worklist" : "case"].Add(Stopwatch.GetTimestamp() - start);
                if (status != "200")
                {
                    lock (statuses)
                        statuses[status] = statuses.GetValueOrDefault(status) + 1;
                }
                if (thinkMs > 0) // a person reading the page: exponential think time with the given mean
                    await Task.Delay(TimeSpan.FromMilliseconds(Math.Min(10 * thinkMs, -thinkMs * Math.Log(1 - random.NextDouble()))));
            }
            return mine;
        }));
        var elapsed = watch.Elapsed;
        var merged = new SortedDictionary<string, Latency>(StringComparer.Ordinal);
        foreach (var kind in new[] { "worklist", "case" })
        {
            var l = Latency.Merge(parts.Select(p => p[kind]));
            if (l.Count > 0)
                merged[kind] = l;
        }
        return (merged, statuses, elapsed);
    }

    private static long PickCase(User u, Random r) =>
        u.Closed.Length == 0 || (u.Open.Length > 0 && r.NextDouble() < 0.8) ? u.Open[r.Next(u.Open.Length)] : u.Closed[r.Next(u.Closed.Length)];

    /// <summary>"Request finished HTTP/1.1 GET http://…/api/v1/worklist - 200 6511 application/json; charset=utf-8 12.3456ms".</summary>
    private static SortedDictionary<string, Latency> ServerTimes(string log, long from)
    {
        using var stream = new FileStream(log, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
        stream.Seek(from, SeekOrigin.Begin);
        using var reader = new StreamReader(stream);
        var parts = new Dictionary<string, Latency> { ["worklist"] = new(), ["case"] = new() };
        while (reader.ReadLine() is { } line)
        {
            if (!line.Contains("Request finished", StringComparison.Ordinal) || !line.EndsWith("ms", StringComparison.Ordinal))
                continue;
            var kind = line.Contains("/api/v1/worklist", StringComparison.Ordinal) ? "worklist"
                : line.Contains("/api/v1/cases/", StringComparison.Ordinal) ? "case" : null;
            if (kind is null)
                continue;
            var ms = line[(line.LastIndexOf(' ') + 1)..^2];
            parts[kind].Add((long)(double.Parse(ms, CultureInfo.InvariantCulture) * Stopwatch.Frequency / 1000));
        }
        var merged = new SortedDictionary<string, Latency>(StringComparer.Ordinal);
        foreach (var (kind, l) in parts.Where(p => p.Value.Count > 0))
            merged[kind] = Latency.Merge([l]);
        return merged;
    }

    /// <summary>Random counselors with open cases, each with the ids of their cases (open and closed).</summary>
    private static async Task<List<(long StaffId, long[] Open, long[] Closed)>> PickCounselorsAsync(BenchTarget target, int n, int seed)
    {
        await using var app = AppHost.Build(target, demoData: false);
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var prefix = StaffUsers.UserName(0)[..^1];
        var counselors = await db.StaffMembers.AsNoTracking()
            .Where(s => s.Position == StaffPosition.Counselor && s.UserId != null && db.Users.Any(u => u.Id == s.UserId && u.UserName!.StartsWith(prefix)))
            .OrderBy(s => s.Id).Select(s => s.Id).ToListAsync();
        var random = new Random(seed);
        var picked = new List<(long, long[], long[])>();
        foreach (var id in counselors.OrderBy(_ => random.Next()))
        {
            var cases = await db.GuidanceCases.AsNoTracking().Where(c => c.CounselorId == id).Select(c => new { c.Id, c.Stage }).ToListAsync();
            var open = cases.Where(c => c.Stage != CaseStage.Closed).Select(c => c.Id).ToArray();
            if (open.Length == 0)
                continue;
            picked.Add((id, open, [.. cases.Where(c => c.Stage == CaseStage.Closed).Select(c => c.Id)]));
            if (picked.Count == n)
                break;
        }
        return picked;
    }

    /// <summary>
    /// A bearer token for the user: from the cache file when it is less than 30 minutes old (the app allows 30 token
    /// requests a minute per address, so 50 fresh sign-ins would take two minutes), else signed in again, waiting
    /// out the rate limit when told to.
    /// </summary>
    private static async Task<string> TokenAsync(HttpClient http, string user, Dictionary<string, (string Token, DateTime At)> cache)
    {
        if (cache.TryGetValue(user, out var cached) && DateTime.UtcNow - cached.At < TimeSpan.FromMinutes(30))
            return cached.Token;
        while (true)
        {
            using var response = await http.PostAsJsonAsync("/api/v1/auth/token", new { userName = user, password = Web.Infrastructure.Startup.DemoData.Password });
            if (response.StatusCode == System.Net.HttpStatusCode.TooManyRequests)
            {
                await Task.Delay(response.Headers.RetryAfter?.Delta ?? TimeSpan.FromSeconds(10));
                continue;
            }
            response.EnsureSuccessStatusCode();
            using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
            var token = json.RootElement.GetProperty("accessToken").GetString()!;
            cache[user] = (token, DateTime.UtcNow);
            return token;
        }
    }

    private static Dictionary<string, (string Token, DateTime At)> ReadTokens(string? file) =>
        file is not null && File.Exists(file)
            ? JsonSerializer.Deserialize<Dictionary<string, CachedToken>>(File.ReadAllText(file))!.ToDictionary(x => x.Key, x => (x.Value.Token, x.Value.At))
            : [];

    private static void WriteTokens(string? file, Dictionary<string, (string Token, DateTime At)> tokens)
    {
        if (file is null)
            return;
        File.WriteAllText(file, JsonSerializer.Serialize(tokens.ToDictionary(x => x.Key, x => new CachedToken(x.Value.Token, x.Value.At))));
        if (!OperatingSystem.IsWindows())
            File.SetUnixFileMode(file, UnixFileMode.UserRead | UnixFileMode.UserWrite);
    }

    private sealed record CachedToken(string Token, DateTime At);
}
