using System.Globalization;

namespace GuidanceDesk.Bench.Measure;

/// <summary>
/// Latencies, statuses and the first error answers of a mixed-load phase, per kind of request. Requests finish on
/// many threads at once, so every addition takes a lock (a few hundred a second: no measurable cost).
/// </summary>
internal sealed class MixedRecorder
{
    private const int SamplesPerKind = 3;
    private readonly object _gate = new();
    private readonly Dictionary<string, Latency> _latency = new(StringComparer.Ordinal);
    private readonly Dictionary<string, SortedDictionary<string, int>> _failures = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<string>> _samples = new(StringComparer.Ordinal);

    public int Errors { get; private set; }

    public void Add(string kind, long ticks, string? status, string? sample)
    {
        lock (_gate)
        {
            if (!_latency.TryGetValue(kind, out var l))
                _latency[kind] = l = new Latency();
            l.Add(ticks);
            if (status is null)
                return;
            Errors++;
            if (!_failures.TryGetValue(kind, out var f))
                _failures[kind] = f = new SortedDictionary<string, int>(StringComparer.Ordinal);
            f[status] = f.GetValueOrDefault(status) + 1;
            if (!_samples.TryGetValue(kind, out var s))
                _samples[kind] = s = [];
            if (s.Count < SamplesPerKind && sample is not null)
                s.Add(sample);
        }
    }

    /// <summary>The RESULT lines: overall, per category, per kind, then the first error answers of each kind.</summary>
    public IEnumerable<string> Report(TimeSpan elapsed)
    {
        var all = Latency.Merge(_latency.Values);
        yield return Line("overall", "", all, Errors, elapsed, all.Count);
        foreach (var category in MixedRequests.Categories)
        {
            var kinds = MixedRequests.Kinds.Where(k => k.Category == category && _latency.ContainsKey(k.Name)).Select(k => k.Name).ToList();
            if (kinds.Count == 0)
                continue;
            yield return Line(category, "", Latency.Merge(kinds.Select(k => _latency[k])), kinds.Sum(ErrorsOf), elapsed, all.Count);
            foreach (var kind in kinds)
                yield return Line("  " + kind, Failures(kind), Latency.Merge([_latency[kind]]), ErrorsOf(kind), elapsed, all.Count);
        }
        foreach (var (kind, samples) in _samples)
        {
            foreach (var s in samples)
                yield return $"ERROR {kind}: {s}";
        }
    }

    private int ErrorsOf(string kind) => _failures.TryGetValue(kind, out var f) ? f.Values.Sum() : 0;

    private string Failures(string kind) =>
        _failures.TryGetValue(kind, out var f) ? " (" + string.Join(", ", f.Select(x => $"{x.Key}:{x.Value}")) + ")" : "";

    private static string Line(string label, string failures, Latency l, int errors, TimeSpan elapsed, int total) =>
        string.Create(CultureInfo.InvariantCulture,
            $"RESULT {label,-16} {l.Count / elapsed.TotalSeconds,7:F1} rps {100.0 * l.Count / Math.Max(1, total),5:F1} %  p50 {l.Percentile(50),7:F1}  p95 {l.Percentile(95),7:F1}  p99 {l.Percentile(99),7:F1}  max {l.Percentile(100),7:F1} ms  errors {errors}{failures}");
}
