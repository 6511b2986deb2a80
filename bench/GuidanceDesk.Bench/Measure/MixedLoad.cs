using System.Diagnostics;
using System.Globalization;
using GuidanceDesk.Bench.Assessments;
using GuidanceDesk.Bench.Generate;

namespace GuidanceDesk.Bench.Measure;

/// <summary>
/// <c>mixed</c> (issue 9, city-scale load): signed-in generated counselors and anonymous visitors against a running
/// app, each request drawn by weight from counselor pages, searches, writes and public pages (<c>--mix 60,20,15,5</c>;
/// what each kind does: <see cref="MixedRequests"/>). Closed loop by default: <c>--users</c> virtual users, each
/// waiting for its answer (and <c>--think-ms</c> on average) before the next request. Open loop with
/// <c>--rate R</c>: R requests a second arrive on schedule whatever the answers do, at most <c>--connections</c> in
/// flight, and each latency counts from the request's scheduled time, so a server that falls behind shows it in the
/// percentiles instead of slowing the load down. Reports per kind, per category and overall, the server's CPU and
/// memory (<c>--server-pid</c>) and the database size; with <c>--server-log</c> also the app's own time per request.
/// </summary>
internal static class MixedLoad
{
    public static async Task RunAsync(Options o)
    {
        var baseUri = new Uri(o.Get("url", "http://127.0.0.1:5093"));
        if (!baseUri.IsLoopback)
            throw new ArgumentException("The load test only targets loopback addresses.");
        var users = o.Int("users", 50);
        var rate = o.Int("rate", 0);
        var connections = o.Int("connections", 64);
        var think = o.Int("think-ms", 0);
        var duration = TimeSpan.FromSeconds(o.Int("duration", 30));
        var warmup = TimeSpan.FromSeconds(o.Int("warmup", 30));
        var pid = o.Get("server-pid") is { } p ? int.Parse(p, CultureInfo.InvariantCulture) : (int?)null;
        var shares = o.Get("mix", "60,20,15,5").Split(',').Select(s => double.Parse(s, CultureInfo.InvariantCulture)).ToArray();
        var only = o.Get("only", "").Split(',', StringSplitOptions.RemoveEmptyEntries);
        var mix = MixedRequests.Mix(MixedRequests.Categories.Zip(shares).ToDictionary(x => x.First, x => x.Second), only);
        var words = o.Get("vacancy-words", "true") != "false";
        var target = BenchTarget.FromOptions(o, newKeys: false);

        // --reset <file>: delete what earlier runs wrote (MixedReset) before this one reads its plan.
        if (o.Get("reset") is { Length: > 0 } watermark)
            await MixedReset.RunAsync(target, watermark);
        var setup = Stopwatch.StartNew();
        var (plan, vacancies) = await MixedPlan.ReadAsync(target, users, o.Int("seed", 11));
        var tokens = await AnswerLoad.SignInAllAsync(baseUri, [.. plan.Select(u => u.UserName)]);
        for (var i = 0; i < plan.Count; i++)
            plan[i].Token = tokens[i];
        var loop = rate > 0 ? $"open loop {rate} requests/s, at most {connections} in flight" : $"closed loop, {users} users, think {think} ms";
        Console.WriteLine(FormattableString.Invariant(
            $"mixed {string.Join('/', shares)} (counselor/search/write/public){(only.Length > 0 ? ", only " + string.Join(',', only) : "")}: {plan.Count} counselors signed in ({plan.Sum(u => u.Open.Length):N0} open cases, {plan.Sum(u => u.FollowUps.Length):N0} follow-ups, {vacancies.Length:N0} open vacancies sampled) in {setup.Elapsed.TotalSeconds:F0} s; {loop}; staff vacancy search {(words ? "with" : "without")} words; warm-up {warmup.TotalSeconds} s, measure {duration.TotalSeconds} s; {DateTime.UtcNow:HH:mm:ss} UTC"));

        using var handler = new SocketsHttpHandler { MaxConnectionsPerServer = Math.Max(users, connections), PooledConnectionLifetime = TimeSpan.FromMinutes(30) };
        using var http = new HttpClient(handler) { BaseAddress = baseUri, Timeout = TimeSpan.FromSeconds(30) };
        var load = new Phase(http, plan, vacancies, words, mix, users, rate, connections, think);

        var (warm, _) = await load.RunAsync(warmup, seed: 1);
        if (warm.Errors > 0)
            Console.WriteLine($"warm-up: {warm.Errors} errors (first: {string.Join(" | ", warm.Report(warmup).Where(l => l.StartsWith("ERROR", StringComparison.Ordinal)).Take(3))})");
        // The script's vmstat starts when this file appears: setup and sign-in take from seconds to minutes.
        if (o.Get("mark-file") is { } mark)
            await File.WriteAllTextAsync(mark, DateTime.UtcNow.ToString("O", CultureInfo.InvariantCulture));
        var serverLog = o.Get("server-log");
        if (serverLog is not null)
            await Task.Delay(1000); // the warm-up's last lines reach the log (the console logger writes on its own thread)
        var logFrom = serverLog is null ? 0 : new FileInfo(serverLog).Length;
        await using var sampler = new ProcessSampler(pid);
        var serverCpu = sampler.CpuSeconds();
        var dbCpu = ProcessSampler.CpuSecondsOf("postgres");
        var clientCpu = Process.GetCurrentProcess().TotalProcessorTime;
        var (recorder, elapsed) = await load.RunAsync(duration, seed: 2);
        var serverUsed = sampler.CpuSeconds() - serverCpu;
        var dbUsed = ProcessSampler.CpuSecondsOf("postgres") - dbCpu;
        var clientUsed = (Process.GetCurrentProcess().TotalProcessorTime - clientCpu).TotalSeconds;

        foreach (var line in recorder.Report(elapsed))
            Console.WriteLine(line);
        if (serverLog is not null)
        {
            await Task.Delay(1000); // the console logger writes on its own thread
            foreach (var line in MixedServerLog.Read(serverLog, logFrom).Report(elapsed).Where(l => l.StartsWith("RESULT", StringComparison.Ordinal)))
                Console.WriteLine("RESULT server" + line["RESULT".Length..]);
        }
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"RESULT cpu over {elapsed.TotalSeconds:F1} s: server {serverUsed / elapsed.TotalSeconds * 100:F0}% of a core, postgres processes {dbUsed / elapsed.TotalSeconds * 100:F0}%, client {clientUsed / elapsed.TotalSeconds * 100:F0}%"));
        if (pid is not null)
        {
            await sampler.DisposeAsync();
            Console.WriteLine($"RESULT server memory: max VmRSS {sampler.MaxRssKb / 1024} MB while measuring, VmHWM (peak since start) {sampler.HwmKb / 1024} MB");
        }
        Console.WriteLine("RESULT database: " + await MixedFloor.DatabaseSizeAsync(target));
    }

    /// <summary>One phase (warm-up or measured) of the load, closed or open loop.</summary>
    private sealed class Phase(HttpClient http, List<MixedUser> plan, long[] vacancies, bool words, Weighted<MixedKind> mix, int users, int rate,
        int connections, int thinkMs)
    {
        public async Task<(MixedRecorder, TimeSpan)> RunAsync(TimeSpan duration, int seed)
        {
            var recorder = new MixedRecorder();
            var watch = Stopwatch.StartNew();
            if (rate > 0)
                await OpenLoopAsync(recorder, watch, duration, seed);
            else
                await Task.WhenAll(Enumerable.Range(0, users).Select(i => UserAsync(recorder, watch, duration, i, seed)));
            return (recorder, watch.Elapsed);
        }

        private async Task UserAsync(MixedRecorder recorder, Stopwatch watch, TimeSpan duration, int i, int seed)
        {
            var random = new Random((seed * 1000) + i);
            var user = plan[i % plan.Count];
            // Users start out of step: otherwise every one of them would send its first request at the same instant.
            await Task.Delay(TimeSpan.FromMilliseconds(random.NextDouble() * Math.Max(200, 2 * thinkMs)));
            while (watch.Elapsed < duration)
            {
                await SendAsync(recorder, mix.Pick(random), user, random, Stopwatch.GetTimestamp());
                if (thinkMs > 0) // a person reading the page: exponential think time with the given mean
                    await Task.Delay(TimeSpan.FromMilliseconds(Math.Min(10 * thinkMs, -thinkMs * Math.Log(1 - random.NextDouble()))));
            }
        }

        private async Task OpenLoopAsync(MixedRecorder recorder, Stopwatch watch, TimeSpan duration, int seed)
        {
            var random = new Random(seed);
            var gate = new SemaphoreSlim(connections);
            var inFlight = new List<Task>();
            var start = Stopwatch.GetTimestamp();
            long issued = 0;
            while (watch.Elapsed < duration)
            {
                var due = (long)(watch.Elapsed.TotalSeconds * rate);
                for (; issued < due; issued++)
                {
                    var scheduled = start + (long)(issued * (double)Stopwatch.Frequency / rate);
                    inFlight.Add(OneAsync(recorder, gate, mix.Pick(random), plan[random.Next(plan.Count)], new Random(random.Next()), scheduled));
                }
                // Sleep until the next arrival is due (at least the timer's millisecond), not every millisecond: the
                // client shares the server's two cores, and waking a thousand times a second for five hundred arrivals
                // was CPU taken from the server. Each request's time still counts from when it was due.
                var next = TimeSpan.FromSeconds((issued + 1) / (double)rate) - watch.Elapsed;
                await Task.Delay(next > TimeSpan.FromMilliseconds(1) ? next : TimeSpan.FromMilliseconds(1));
            }
            await Task.WhenAll(inFlight);
        }

        private async Task OneAsync(MixedRecorder recorder, SemaphoreSlim gate, MixedKind kind, MixedUser user, Random random, long scheduled)
        {
            await gate.WaitAsync();
            try
            {
                await SendAsync(recorder, kind, user, random, scheduled);
            }
            finally
            {
                gate.Release();
            }
        }

        private async Task SendAsync(MixedRecorder recorder, MixedKind kind, MixedUser user, Random random, long start)
        {
            using var request = MixedRequests.Build(kind, user, vacancies, words, random);
            string? status = null, sample = null;
            try
            {
                using var response = await http.SendAsync(request, HttpCompletionOption.ResponseContentRead);
                if (!response.IsSuccessStatusCode)
                {
                    status = ((int)response.StatusCode).ToString(CultureInfo.InvariantCulture);
                    var body = await response.Content.ReadAsStringAsync();
                    sample = $"{status} {request.Method} {request.RequestUri}: {body[..Math.Min(400, body.Length)]}";
                }
            }
            catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
            {
                status = ex.GetType().Name;
                sample = $"{status} {request.Method} {request.RequestUri}: {ex.Message}";
            }
            recorder.Add(kind.Name, Stopwatch.GetTimestamp() - start, status, sample);
        }
    }
}
