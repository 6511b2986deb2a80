using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace GuidanceDesk.Bench.Measure;

/// <summary>
/// <c>load</c>: N concurrent clients GET /api/v1/workers/{random id} for a fixed time against a running app. Bounded by
/// both time and a request cap; each request has a 10 s timeout. Meant for 127.0.0.1 only.
/// </summary>
internal static class LoadTest
{
    public static async Task RunAsync(Options o)
    {
        var baseUri = new Uri(o.Get("url", "http://127.0.0.1:5090"));
        if (!baseUri.IsLoopback)
            throw new ArgumentException("The load test only targets loopback addresses.");
        var concurrency = o.Int("concurrency", 32);
        var duration = TimeSpan.FromSeconds(o.Int("duration", 30));
        var warmup = TimeSpan.FromSeconds(o.Int("warmup", 5));
        var maxRequests = o.Int("max-requests", 5_000_000);
        // Other paths (e.g. /health/live, /api/v1/auth/me) split the cost: HTTP stack, + authentication, + the query.
        var path = o.Get("path", "/api/v1/workers/{id}");
        var pid = o.Get("server-pid") is { } p ? int.Parse(p, CultureInfo.InvariantCulture) : (int?)null;

        using var handler = new SocketsHttpHandler { MaxConnectionsPerServer = concurrency, PooledConnectionLifetime = TimeSpan.FromMinutes(10) };
        using var http = new HttpClient(handler) { BaseAddress = baseUri, Timeout = TimeSpan.FromSeconds(10) };
        var token = await TokenAsync(http, o.Get("user", "bench-city"), o.Get("password", "Demo2026pass"));
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        var (minId, maxId) = (o.Int("min-id", 1), o.Get("max-id") is { } m ? long.Parse(m, CultureInfo.InvariantCulture) : await MaxIdAsync(http));
        Console.WriteLine($"GET {path}: {concurrency} clients, ids {minId}..{maxId}, warm-up {warmup.TotalSeconds} s, measure {duration.TotalSeconds} s");

        await RunPhaseAsync(http, path, concurrency, warmup, maxRequests, minId, maxId, seed: 1);
        await using var sampler = new ProcessSampler(pid);
        var serverCpu = sampler.CpuSeconds();
        var clientCpu = Process.GetCurrentProcess().TotalProcessorTime;
        var (latency, errors, elapsed, statuses) = await RunPhaseAsync(http, path, concurrency, duration, maxRequests, minId, maxId, seed: 2);
        var serverCpuUsed = sampler.CpuSeconds() - serverCpu;
        var clientCpuUsed = (Process.GetCurrentProcess().TotalProcessorTime - clientCpu).TotalSeconds;

        var ok = latency.Count - errors;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"RESULT rps={latency.Count / elapsed.TotalSeconds:F0} ok={ok:N0} errors={errors:N0} ({string.Join(", ", statuses.Select(s => $"{s.Key}:{s.Value}"))})"));
        Console.WriteLine("RESULT latency " + latency.Summary());
        Console.WriteLine(latency.Histogram());
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"RESULT cpu over {elapsed.TotalSeconds:F1} s: server {serverCpuUsed:F1} s ({serverCpuUsed / elapsed.TotalSeconds * 100:F0}% of a core), client {clientCpuUsed:F1} s ({clientCpuUsed / elapsed.TotalSeconds * 100:F0}%)"));
        if (pid is not null)
        {
            await sampler.DisposeAsync();
            Console.WriteLine($"RESULT server memory: max VmRSS {sampler.MaxRssKb / 1024} MB, VmHWM (peak since start) {sampler.HwmKb / 1024} MB");
        }
    }

    private static async Task<(Latency, int, TimeSpan, SortedDictionary<string, int>)> RunPhaseAsync(HttpClient http, string path, int concurrency,
        TimeSpan duration, int maxRequests, long minId, long maxId, int seed)
    {
        var watch = Stopwatch.StartNew();
        var issued = 0;
        var errors = 0;
        var statuses = new SortedDictionary<string, int>(StringComparer.Ordinal);
        var parts = await Task.WhenAll(Enumerable.Range(0, concurrency).Select(async c =>
        {
            var random = new Random(seed * 1000 + c);
            var latency = new Latency();
            while (watch.Elapsed < duration && Interlocked.Increment(ref issued) <= maxRequests)
            {
                var start = Stopwatch.GetTimestamp();
                string status;
                try
                {
                    using var response = await http.GetAsync(path.Replace("{id}", random.NextInt64(minId, maxId + 1).ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal),
                        HttpCompletionOption.ResponseContentRead);
                    status = ((int)response.StatusCode).ToString(CultureInfo.InvariantCulture);
                    if (!response.IsSuccessStatusCode)
                        Interlocked.Increment(ref errors);
                }
                catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
                {
                    status = ex.GetType().Name;
                    Interlocked.Increment(ref errors);
                }
                latency.Add(Stopwatch.GetTimestamp() - start);
                if (status != "200")
                {
                    lock (statuses)
                        statuses[status] = statuses.GetValueOrDefault(status) + 1;
                }
            }
            return latency;
        }));
        var elapsed = watch.Elapsed;
        return (Latency.Merge(parts), errors, elapsed, statuses);
    }

    private static async Task<string> TokenAsync(HttpClient http, string user, string password)
    {
        using var response = await http.PostAsJsonAsync("/api/v1/auth/token", new { userName = user, password });
        response.EnsureSuccessStatusCode();
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return json.RootElement.GetProperty("accessToken").GetString()!;
    }

    /// <summary>The highest worker id, from the app's own list sorted by id descending.</summary>
    private static async Task<long> MaxIdAsync(HttpClient http)
    {
        using var json = JsonDocument.Parse(await http.GetStringAsync(new Uri("/api/v1/workers?sort=-id&pageSize=1", UriKind.Relative)));
        return json.RootElement.GetProperty("items")[0].GetProperty("id").GetInt64();
    }
}
