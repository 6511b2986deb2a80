using System.Diagnostics.Tracing;
using System.Globalization;
using Microsoft.Diagnostics.NETCore.Client;
using Microsoft.Diagnostics.Tracing;
using Microsoft.Diagnostics.Tracing.Etlx;
using Microsoft.Diagnostics.Tracing.Parsers;

namespace GuidanceDesk.Bench.Measure;

/// <summary>
/// <c>profile</c>: dotnet-counters/dotnet-trace are not installed, so this is a minimal dotnet-trace: an EventPipe CPU
/// sampling session on a running process (run it while <c>load</c> is running), then the methods most often on the
/// sampled stacks — exclusive (top frame) and inclusive (anywhere on the stack). Uses the diagnostics libraries that
/// BenchmarkDotNet already brings. Also prints the GC count of the session (from the runtime's GC events).
/// </summary>
internal static class Profiler
{
    public static void Run(Options o)
    {
        var pid = int.Parse(o.Require("pid"), CultureInfo.InvariantCulture);
        var seconds = Math.Clamp(o.Int("seconds", 10), 1, 120);
        var top = o.Int("top", 40);
        var filter = o.Get("filter"); // only count stacks that pass through a method containing this text
        var keepWaits = o.Flag("waits"); // keep blocked threads: shows where request threads spend wall time, not CPU
        var callersOf = o.Get("callers"); // also show who calls the first frame containing this text (3 levels up)
        var file = Path.Combine(Path.GetTempPath(), $"gd-profile-{pid}.nettrace");

        var providers = new[]
        {
            new EventPipeProvider("Microsoft-DotNETCore-SampleProfiler", EventLevel.Informational),
            new EventPipeProvider("Microsoft-Windows-DotNETRuntime", EventLevel.Verbose,
                (long)(ClrTraceEventParser.Keywords.Jit | ClrTraceEventParser.Keywords.Loader | ClrTraceEventParser.Keywords.GC)),
        };
        var client = new DiagnosticsClient(pid);
        using (var session = client.StartEventPipeSession(providers, requestRundown: true))
        using (var output = File.Create(file))
        {
            var copy = session.EventStream.CopyToAsync(output);
            Thread.Sleep(TimeSpan.FromSeconds(seconds));
            session.Stop();
            copy.Wait(TimeSpan.FromSeconds(60));
        }

        var etlx = TraceLog.CreateFromEventPipeDataFile(file);
        using var log = new TraceLog(etlx);
        var exclusive = new Dictionary<string, int>(StringComparer.Ordinal);
        var inclusive = new Dictionary<string, int>(StringComparer.Ordinal);
        var callers = new Dictionary<string, int>(StringComparer.Ordinal);
        var gcKinds = new Dictionary<string, int>(StringComparer.Ordinal);
        var jitted = new Dictionary<string, int>(StringComparer.Ordinal);
        int samples = 0, gcs = 0;
        foreach (var e in log.Events)
        {
            if (e.ProviderName == "Microsoft-Windows-DotNETRuntime" && e.EventName == "GC/Start")
            {
                gcs++;
                var kind = $"gen{e.PayloadByName("Depth")} {e.PayloadByName("Reason")}";
                gcKinds[kind] = gcKinds.GetValueOrDefault(kind) + 1;
            }
            // Methods compiled during the session: in a warm steady state this should be (nearly) nothing.
            if (e.EventName == "Method/LoadVerbose")
            {
                var method = $"{e.PayloadByName("MethodNamespace")}::{e.PayloadByName("MethodName")}";
                jitted[method] = jitted.GetValueOrDefault(method) + 1;
            }
            if (e.ProviderName != "Microsoft-DotNETCore-SampleProfiler")
                continue;
            var frames = new List<string>();
            for (var s = e.CallStack(); s is not null; s = s.Caller)
                frames.Add(Name(s.CodeAddress));
            // Idle thread-pool and timer threads sit in waits; they say nothing about where CPU goes.
            if (frames.Count == 0 || (!keepWaits && IsWait(frames[0])) || (filter is not null && !frames.Exists(f => f.Contains(filter, StringComparison.Ordinal))))
                continue;
            samples++;
            exclusive[frames[0]] = exclusive.GetValueOrDefault(frames[0]) + 1;
            foreach (var f in frames.Distinct(StringComparer.Ordinal))
                inclusive[f] = inclusive.GetValueOrDefault(f) + 1;
            var at = callersOf is null ? -1 : frames.FindIndex(f => f.Contains(callersOf, StringComparison.Ordinal));
            if (at >= 0)
            {
                var chain = string.Join("  <-  ", frames.Skip(at + 1).Take(3).Select(f => Trim(f, 70)));
                callers[chain] = callers.GetValueOrDefault(chain) + 1;
            }
        }
        Console.WriteLine($"{samples:N0} non-waiting samples over {seconds} s; GCs started: {gcs} " +
            $"({string.Join(", ", gcKinds.OrderByDescending(k => k.Value).Select(k => $"{k.Key}: {k.Value}"))})");
        Print("exclusive", exclusive, samples, top);
        Print("inclusive", inclusive, samples, top);
        Console.WriteLine($"-- methods loaded/jitted during the session: {jitted.Values.Sum():N0}");
        // By namespace: "dynamicClass" are compiled expression trees (DynamicMethod), i.e. code generated at run time.
        foreach (var g in jitted.GroupBy(x => x.Key.Split("::")[0]).OrderByDescending(g => g.Sum(x => x.Value)).Take(15))
            Console.WriteLine($"{g.Sum(x => x.Value),7}  {Trim(g.Key, 200)}  (e.g. {Trim(g.First().Key.Split("::")[1], 60)})");
        if (callersOf is not null)
            Print($"callers of {callersOf}", callers, samples, top);
        File.Delete(file);
        File.Delete(etlx);
    }

    private static string Name(TraceCodeAddress a) =>
        string.IsNullOrEmpty(a.FullMethodName) ? $"[{a.ModuleName}]" : $"{a.FullMethodName}";

    private static bool IsWait(string top) =>
        top.Contains("WaitHandle", StringComparison.Ordinal) || top.Contains("LowLevelLifoSemaphore", StringComparison.Ordinal)
        || top.Contains("Monitor.Wait", StringComparison.Ordinal) || top.Contains("Thread.Sleep", StringComparison.Ordinal)
        || top.Contains("WaitForSignal", StringComparison.Ordinal) || top.Contains("SocketAsyncEngine.EventLoop", StringComparison.Ordinal);

    private static void Print(string title, Dictionary<string, int> counts, int samples, int top)
    {
        Console.WriteLine($"-- {title}");
        foreach (var (name, n) in counts.OrderByDescending(x => x.Value).Take(top))
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{100.0 * n / Math.Max(1, samples),6:F1}%  {Trim(name, 240)}"));
    }

    private static string Trim(string s, int max) => s.Length <= max ? s : s[..max];
}
