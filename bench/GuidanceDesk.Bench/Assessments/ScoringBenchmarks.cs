using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Running;
using GuidanceDesk.Web.Domain;
using GuidanceDesk.Web.Features.Assessments;

namespace GuidanceDesk.Bench.Assessments;

/// <summary>
/// <c>assessscore</c>: BenchmarkDotNet micro-benchmark of scoring one completed inventory (target: a 120-item inventory
/// in under 1 ms): raw scores with reverse keys, 35 scales with percentiles, response checks; RIASEC adds the Holland
/// code and indices.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(warmupCount: 3, iterationCount: 10)]
public class ScoringBenchmarks
{
    private InstrumentDefinition _ipip = null!;
    private InstrumentDefinition _riasec = null!;
    private int?[] _ipipAnswers = null!;
    private int?[] _riasecAnswers = null!;
    private double[] _seconds = null!;

    [GlobalSetup]
    public void Setup()
    {
        _ipip = Load("ipip-neo-120-1.0.json");
        _riasec = Load("riasec-48-1.0.json");
        var random = new Random(5);
        _ipipAnswers = [.. Enumerable.Range(0, 120).Select(_ => (int?)random.Next(1, 6))];
        _riasecAnswers = [.. Enumerable.Range(0, 48).Select(_ => (int?)random.Next(1, 6))];
        _seconds = [.. Enumerable.Range(0, 120).Select(_ => 2 + random.NextDouble() * 6)];
    }

    private static InstrumentDefinition Load(string file) =>
        InstrumentDefinition.Parse(File.ReadAllText(Path.Combine(InstrumentCatalog.ShippedFolder, file)));

    [Benchmark(Description = "IPIP-NEO-120 (120 items, 35 scales)")]
    public ScoreSheet Ipip120() => InstrumentScorer.Score(_ipip, _ipipAnswers, _seconds);

    [Benchmark(Description = "RIASEC 48 + Holland code")]
    public ScoreSheet Riasec48() => InstrumentScorer.Score(_riasec, _riasecAnswers, _seconds[..48]);

    internal static void Run() =>
        BenchmarkRunner.Run<ScoringBenchmarks>(DefaultConfig.Instance.WithOptions(ConfigOptions.DisableOptimizationsValidator));
}
