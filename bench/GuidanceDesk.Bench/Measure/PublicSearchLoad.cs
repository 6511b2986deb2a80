using System.Diagnostics;
using System.Globalization;

namespace GuidanceDesk.Bench.Measure;

/// <summary>
/// <c>publicsearch</c>: N anonymous clients search open vacancies as the hall's kiosks and the web do (4.2d), against
/// a running app, without think time. <c>--target api</c> (default) reads <c>/api/v1/public/vacancies</c>,
/// <c>--target page</c> the Razor page <c>/Public/Jobs</c>. The mix: words only 40 %, a district only 30 %, words
/// and a district 20 %, an occupation major group with a pay floor 10 %; one request in five asks for page 2 or 3.
/// </summary>
internal static class PublicSearchLoad
{
    internal static readonly string[] Words = ["销售", "电工", "司机", "收银", "厨师", "保安", "护理", "会计", "工程", "操作工", "客服", "快递", "焊工", "教师", "维修", "仓库", "设计", "营业员", "餐厅", "装配"];
    internal static readonly string[] Districts = ["500101", "500102", "500103", "500104", "500105", "500106", "500107", "500108", "500109", "500110", "500112", "500113", "500115", "500116", "500117", "500118", "500120", "500151", "500152", "500153", "500154", "500155", "500156", "500229", "500230", "500231", "500233", "500235", "500236", "500237", "500238", "500240", "500241", "500242", "500243", "500111", "500114", "500119"];

    public static async Task RunAsync(Options o)
    {
        if (o.Flag("inproc"))
        {
            await InProcessAsync(o);
            return;
        }
        var baseUri = new Uri(o.Get("url", "http://127.0.0.1:5090"));
        if (!baseUri.IsLoopback)
            throw new ArgumentException("The load test only targets loopback addresses.");
        var concurrency = o.Int("concurrency", 16);
        var duration = TimeSpan.FromSeconds(o.Int("duration", 30));
        var warmup = TimeSpan.FromSeconds(o.Int("warmup", 30));
        var page = o.Get("target", "api") == "page";
        var pid = o.Get("server-pid") is { } p ? int.Parse(p, CultureInfo.InvariantCulture) : (int?)null;
        using var handler = new SocketsHttpHandler { MaxConnectionsPerServer = concurrency, PooledConnectionLifetime = TimeSpan.FromMinutes(10) };
        using var http = new HttpClient(handler) { BaseAddress = baseUri, Timeout = TimeSpan.FromSeconds(10) };
        var path = page ? "/Public/Jobs" : "/api/v1/public/vacancies";
        Console.WriteLine($"GET {path}: {concurrency} anonymous clients, warm-up {warmup.TotalSeconds} s, measure {duration.TotalSeconds} s");

        await PhaseAsync(http, path, concurrency, warmup, 1);
        await using var sampler = new ProcessSampler(pid);
        var serverCpu = sampler.CpuSeconds();
        var clientCpu = Process.GetCurrentProcess().TotalProcessorTime;
        var (latency, errors, elapsed, matches) = await PhaseAsync(http, path, concurrency, duration, 2);
        var serverUsed = sampler.CpuSeconds() - serverCpu;
        var clientUsed = (Process.GetCurrentProcess().TotalProcessorTime - clientCpu).TotalSeconds;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"RESULT {path} rps={latency.Count / elapsed.TotalSeconds:F0} errors={errors} (answers with results: {matches * 100.0 / Math.Max(1, latency.Count):F0} %)"));
        Console.WriteLine("RESULT latency " + latency.Summary());
        Console.WriteLine(latency.Histogram());
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"RESULT cpu: server {serverUsed / elapsed.TotalSeconds * 100:F0}% of a core, client {clientUsed / elapsed.TotalSeconds * 100:F0}%"));
        if (pid is not null)
        {
            await sampler.DisposeAsync();
            Console.WriteLine($"RESULT server memory: max VmRSS {sampler.MaxRssKb / 1024} MB");
        }
    }

    private static async Task<(Latency, int, TimeSpan, int)> PhaseAsync(HttpClient http, string path, int concurrency, TimeSpan duration, int seed)
    {
        var watch = Stopwatch.StartNew();
        var errors = 0;
        var matches = 0;
        var parts = await Task.WhenAll(Enumerable.Range(0, concurrency).Select(async c =>
        {
            var random = new Random((seed * 1000) + c);
            var latency = new Latency();
            while (watch.Elapsed < duration)
            {
                var url = path + Query(random);
                var start = Stopwatch.GetTimestamp();
                try
                {
                    using var response = await http.GetAsync(url);
                    var body = await response.Content.ReadAsStringAsync();
                    if (!response.IsSuccessStatusCode)
                        Interlocked.Increment(ref errors);
                    else if (!body.Contains("\"total\":0,", StringComparison.Ordinal) && !body.Contains("找到 0 个岗位", StringComparison.Ordinal))
                        Interlocked.Increment(ref matches);
                }
                catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
                {
                    Interlocked.Increment(ref errors);
                }
                latency.Add(Stopwatch.GetTimestamp() - start);
            }
            return latency;
        }));
        return (Latency.Merge(parts), errors, watch.Elapsed, matches);
    }

    /// <summary>
    /// <c>publicsearch --inproc</c>: the search alone, without HTTP: builds the index from the database once (timed),
    /// then runs the same mix of queries on one thread (--count, default 20,000).
    /// </summary>
    private static async Task InProcessAsync(Options o)
    {
        var target = BenchTarget.FromOptions(o, newKeys: false);
        await using var app = AppHost.Build(target, demoData: false);
        var index = Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions
            .GetRequiredService<GuidanceDesk.Web.Features.Vacancies.OpenVacancyIndex>(app.Services);
        var search = new GuidanceDesk.Web.Features.PublicJobs.JobSearch(index);
        var watch = Stopwatch.StartNew();
        var snapshot = await index.GetAsync(CancellationToken.None);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"index: {snapshot.Items.Length:N0} open vacancies, {snapshot.Postings.Count:N0} characters, built in {watch.Elapsed.TotalSeconds:F2} s; managed heap {GC.GetTotalMemory(true) / 1048576} MB"));
        var random = new Random(7);
        var count = o.Int("count", 20_000);
        for (var i = 0; i < 2_000; i++)
            await search.SearchAsync(JobQueryOf(random), CancellationToken.None);
        var latency = new Latency();
        long found = 0;
        for (var i = 0; i < count; i++)
        {
            var q = JobQueryOf(random);
            var start = Stopwatch.GetTimestamp();
            var result = await search.SearchAsync(q, CancellationToken.None);
            latency.Add(Stopwatch.GetTimestamp() - start);
            found += result.Total;
        }
        Console.WriteLine($"RESULT in-process search ({count:N0} queries, mean {found / count:N0} matches): " + Latency.Merge([latency]).Summary());
    }

    private static GuidanceDesk.Web.Features.PublicJobs.JobQuery JobQueryOf(Random r)
    {
        var word = Words[r.Next(Words.Length)];
        var district = Districts[r.Next(Districts.Length)];
        var page = r.Next(5) == 0 ? r.Next(2, 4) : 1;
        return r.Next(10) switch
        {
            < 4 => new(Q: word, Page: page),
            < 7 => new(District: district, Page: page),
            < 9 => new(Q: word, District: district, Page: page),
            _ => new(Occupation: r.Next(1, 9).ToString(CultureInfo.InvariantCulture), PayAtLeast: r.Next(3, 9) * 1000, Page: page),
        };
    }

    private static string Query(Random r)
    {
        var word = Uri.EscapeDataString(Words[r.Next(Words.Length)]);
        var district = Districts[r.Next(Districts.Length)];
        var q = r.Next(10) switch
        {
            < 4 => $"?Q={word}",
            < 7 => $"?District={district}",
            < 9 => $"?Q={word}&District={district}",
            _ => $"?Occupation={r.Next(1, 9)}&PayAtLeast={r.Next(3, 9) * 1000}",
        };
        return r.Next(5) == 0 ? q + $"&p={r.Next(2, 4)}&Page={r.Next(2, 4)}" : q;
    }
}
