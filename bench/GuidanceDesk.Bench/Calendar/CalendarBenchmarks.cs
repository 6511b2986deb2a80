using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using GuidanceDesk.Web.Infrastructure.Calendar;

namespace GuidanceDesk.Bench.Calendar;

/// <summary>
/// <c>calendar</c>: BenchmarkDotNet micro-benchmark of the working-day arithmetic (target: AddWorkingDays ≤ 1 µs a
/// call). Start dates spread over 2024–2025 (a year ahead stays inside 2026, the last known year) so that holidays, adjusted weekends and year ends are all crossed.
/// </summary>
[MemoryDiagnoser]
public class CalendarBenchmarks
{
    private WorkingDayCalendar _calendar = null!;
    private DateOnly[] _starts = null!;
    private int _i;

    [GlobalSetup]
    public void Setup()
    {
        _calendar = WorkingDayCalendar.LoadFromDirectory(Path.Combine(AppContext.BaseDirectory, "ReferenceData", "holidays"));
        var random = new Random(7);
        _starts = [.. Enumerable.Range(0, 4096).Select(_ => new DateOnly(2024, 1, 1).AddDays(random.Next(0, 600)))];
    }

    private DateOnly Next() => _starts[_i++ & 4095];

    [Benchmark(Description = "AddWorkingDays(d, -2) (materials deadline)")]
    public DateOnly MaterialsDeadline() => _calendar.AddWorkingDays(Next(), -2);

    [Benchmark(Description = "AddWorkingDays(d, 20)")]
    public DateOnly TwentyAhead() => _calendar.AddWorkingDays(Next(), 20);

    [Benchmark(Description = "AddWorkingDays(d, 250) (a year)")]
    public DateOnly AYearAhead() => _calendar.AddWorkingDays(Next(), 250);

    [Benchmark(Description = "WorkingDaysBetween(d, d + 90)")]
    public int Between() { var d = Next(); return _calendar.WorkingDaysBetween(d, d.AddDays(90)); }

    [Benchmark(Description = "IsWorkingDay(d)")]
    public bool IsWorking() => _calendar.IsWorkingDay(Next());

    /// <summary>In process: no generated project to build (a build of it timed out on the busy 2-core machine).</summary>
    internal static void Run() =>
        BenchmarkRunner.Run<CalendarBenchmarks>(DefaultConfig.Instance.WithOptions(ConfigOptions.DisableOptimizationsValidator)
            .AddJob(Job.Default.WithWarmupCount(3).WithIterationCount(10).WithToolchain(InProcessEmitToolchain.Instance)));
}
