using System.Diagnostics;
using System.Globalization;

namespace GuidanceDesk.Bench.Measure;

/// <summary>
/// Latencies of one run, in Stopwatch ticks. Every sample is kept (a 30 s run at a few thousand per second is a few
/// hundred thousand longs), so percentiles are exact rather than bucketed; the histogram is only for reading.
/// </summary>
internal sealed class Latency
{
    private static readonly double[] Bounds = [0.5, 1, 2, 5, 10, 20, 50, 100, 200, 500, 1000];
    private readonly List<long> _ticks = [];

    public int Count => _ticks.Count;

    public void Add(long ticks) => _ticks.Add(ticks);

    public static Latency Merge(IEnumerable<Latency> parts)
    {
        var all = new Latency();
        foreach (var p in parts)
            all._ticks.AddRange(p._ticks);
        all._ticks.Sort();
        return all;
    }

    /// <summary>Nearest-rank percentile in milliseconds; call on a merged (sorted) instance.</summary>
    public double Percentile(double p)
    {
        if (_ticks.Count == 0)
            return double.NaN;
        var rank = (int)Math.Ceiling(p / 100 * _ticks.Count) - 1;
        return Ms(_ticks[Math.Clamp(rank, 0, _ticks.Count - 1)]);
    }

    public double MeanMs => _ticks.Count == 0 ? double.NaN : Ms((long)_ticks.Average());

    public string Summary() => string.Create(CultureInfo.InvariantCulture,
        $"n={Count:N0} p50={Percentile(50):F2} ms p95={Percentile(95):F2} ms p99={Percentile(99):F2} ms max={Percentile(100):F2} ms mean={MeanMs:F2} ms");

    public string Histogram()
    {
        var counts = new int[Bounds.Length + 1];
        foreach (var t in _ticks)
        {
            var ms = Ms(t);
            var i = Array.FindIndex(Bounds, b => ms <= b);
            counts[i < 0 ? Bounds.Length : i]++;
        }
        var lines = counts.Select((c, i) => (c, label: i < Bounds.Length ? $"<= {Bounds[i]} ms" : $"> {Bounds[^1]} ms"))
            .Where(x => x.c > 0)
            .Select(x => string.Create(CultureInfo.InvariantCulture, $"    {x.label,-12} {x.c,9:N0}  {100.0 * x.c / Math.Max(1, Count),5:F1}%"));
        return string.Join(Environment.NewLine, lines);
    }

    private static double Ms(long ticks) => ticks * 1000.0 / Stopwatch.Frequency;
}
