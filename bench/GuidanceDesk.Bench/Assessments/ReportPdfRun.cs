using System.Diagnostics;
using System.Globalization;
using GuidanceDesk.Web.Features.Assessments;

namespace GuidanceDesk.Bench.Assessments;

/// <summary>
/// <c>reportpdf</c>: rendering the career-tendency analysis report (targets: one in under 300 ms; 1,000 in a batch in
/// under 2 minutes on 2 cores). One report: the median of <c>--single</c> renders after a warm-up (the first render also
/// loads and parses the CJK font, reported on its own). Batch: <c>--batch</c> different reports over
/// <c>--parallel</c> threads (default: the number of cores).
/// </summary>
internal static class ReportPdfRun
{
    public static void Run(Options o)
    {
        var profiles = ReportSample.Profiles();
        var pdf = new CareerReportPdf();
        var first = Stopwatch.StartNew();
        var bytes = pdf.Render(ReportSample.Make(0, profiles)).Length;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"first render (font load): {first.Elapsed.TotalMilliseconds:F0} ms, {bytes / 1024} KB"));
        var models = Enumerable.Range(1, 20).Select(i => ReportSample.Make(i, profiles)).ToList();
        foreach (var m in models.Take(5))
            pdf.Render(m);
        var times = new List<double>();
        var single = o.Int("single", 50);
        for (var i = 0; i < single; i++)
        {
            var w = Stopwatch.StartNew();
            pdf.Render(models[i % models.Count]);
            times.Add(w.Elapsed.TotalMilliseconds);
        }
        times.Sort();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"RESULT one report: median {times[times.Count / 2]:F1} ms, p95 {times[(int)(times.Count * 0.95)]:F1} ms, max {times[^1]:F1} ms (n={single})"));

        var batch = o.Int("batch", 1000);
        var parallel = o.Int("parallel", Environment.ProcessorCount);
        var batchModels = Enumerable.Range(100, batch).Select(i => ReportSample.Make(i, profiles)).ToList();
        var total = 0L;
        var watch = Stopwatch.StartNew();
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        Parallel.ForEach(batchModels, new ParallelOptions { MaxDegreeOfParallelism = parallel }, m => Interlocked.Add(ref total, pdf.Render(m).Length));
        var elapsed = watch.Elapsed;
        var used = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"RESULT batch: {batch} reports in {elapsed.TotalSeconds:F1} s on {parallel} threads ({batch / elapsed.TotalSeconds:F1} reports/s, {total / batch / 1024} KB each, CPU {used / elapsed.TotalSeconds * 100:F0}% of a core)"));
    }
}
