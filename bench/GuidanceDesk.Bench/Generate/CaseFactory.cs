using GuidanceDesk.Web.Domain;
using GuidanceDesk.Web.Infrastructure;

namespace GuidanceDesk.Bench.Generate;

internal sealed record WorkerInfo(long Id, long UnitId, long? CounselorId, int Groups, string Name, DateTimeOffset CreatedAt);

internal sealed record StaffInfo(long Id, long UnitId, int Position, string Name, string UserId);

/// <summary>Counters handing out explicit ids per table (the generator is the only writer while it runs).</summary>
internal sealed class IdCounters
{
    public long Case, Plan, FollowUp, Record, Appointment, Slot;
}

/// <summary>
/// Makes one worker's guidance history: closed cases one after another, then possibly one open case whose stage,
/// plan period and follow-ups are placed relative to today (see <see cref="CaseLayout"/> for the shapes). Sequential
/// and seeded, like WorkerFactory.Describe.
/// </summary>
internal sealed partial class CaseFactory : IDisposable
{
    // Share of open cases by stage (6.1.1–6.1.6), and the stage closed cases had reached when closed.
    private static readonly (int Stage, double Weight)[] OpenMix = [(1, 8), (2, 10), (3, 20), (4, 10), (5, 42), (6, 10)];
    private static readonly (int Stage, double Weight)[] ClosedMix = [(1, 5), (2, 5), (3, 25), (4, 5), (5, 50), (6, 10)];
    private static readonly Weighted<int> OpenStages = new(OpenMix);
    private static readonly Weighted<int> ClosedStages = new(ClosedMix);
    private static readonly Weighted<int> Outcomes = new([(1, 60), (2, 10), (3, 8), (4, 7), (5, 15)]);
    /// <summary>Guidance records per case by the stage reached (index = stage): inclusive range, before scaling.</summary>
    private static readonly (int Min, int Max)[] RecordsByStage = [(0, 0), (0, 1), (0, 2), (1, 4), (2, 5), (3, 9), (4, 10)];

    /// <summary>Mean records per case before scaling, so that the generator can scale to the number asked for.</summary>
    public static double ExpectedRecordsPerCase(double openShare)
    {
        static double Mean((int Stage, double Weight)[] mix) =>
            mix.Sum(m => m.Weight * (RecordsByStage[m.Stage].Min + RecordsByStage[m.Stage].Max) / 2.0) / mix.Sum(m => m.Weight);
        return ((1 - openShare) * Mean(ClosedMix)) + (openShare * Mean(OpenMix));
    }

    private readonly Dictionary<long, StaffInfo[]> _counselorsByUnit;
    private readonly Dictionary<long, StaffInfo> _staff;
    private readonly Dictionary<long, StaffInfo> _managerByUnit;
    private readonly IReadOnlyList<string> _occupations;
    private readonly DateTimeOffset _now;
    private readonly DateOnly _today;
    private readonly double _openProbability;
    private readonly double _recordScale;
    private readonly CaseJson _json;
    private readonly IdCounters _ids;
    private readonly Random _r;

    public CaseFactory(IEnumerable<StaffInfo> staff, IReadOnlyList<string> occupations, DateTimeOffset now, double openProbability,
        double recordScale, bool sqlite, IdCounters ids, Random random)
    {
        var all = staff.ToList();
        _staff = all.ToDictionary(s => s.Id);
        _counselorsByUnit = all.Where(s => s.Position == (int)StaffPosition.Counselor).GroupBy(s => s.UnitId).ToDictionary(g => g.Key, g => g.ToArray());
        _managerByUnit = all.Where(s => s.Position == (int)StaffPosition.Manager).GroupBy(s => s.UnitId).ToDictionary(g => g.Key, g => g.First());
        _occupations = occupations;
        _now = now;
        _today = AgencyClock.DateOf(now);
        _openProbability = openProbability;
        _recordScale = recordScale;
        _json = new CaseJson(sqlite);
        _ids = ids;
        _r = random;
    }

    /// <summary>Open cases by counselor (worker, case), for the day's appointments made after all cases.</summary>
    public Dictionary<long, List<(long WorkerId, long CaseId, bool Priority)>> OpenByCounselor { get; } = [];

    public long CaseRecords { get; private set; }

    public void Dispose() => _json.Dispose();
    public long LooseRecords { get; private set; }

    public void Make(WorkerInfo w, int cases, CaseBatch b)
    {
        var open = cases > 0 && _r.NextDouble() < _openProbability;
        CaseLayout? openLayout = open ? OpenLayout(w) : null;
        var closedCount = open ? cases - 1 : cases;
        var windowEnd = (openLayout?.OpenedAt ?? _now).AddDays(-1);
        var windowStart = w.CreatedAt < windowEnd.AddDays(-30) ? w.CreatedAt : windowEnd.AddDays(-30);
        var segment = (windowEnd - windowStart) / Math.Max(1, closedCount);
        for (var i = 0; i < closedCount; i++)
        {
            var start = windowStart + (segment * i);
            var opened = start + (segment * (_r.NextDouble() * 0.3));
            var stage = ClosedStages.Pick(_r);
            var wanted = TimeSpan.FromDays(stage >= 5 ? _r.Next(70, 300) : stage >= 3 ? _r.Next(10, 90) : _r.Next(1, 20));
            var room = start + segment - opened;
            var span = wanted < room ? wanted : room;
            if (span < TimeSpan.FromDays(70) && stage >= 4)
                stage = 3; // no room for a plan: the case ended in guidance
            if (span < TimeSpan.FromDays(3))
                stage = 1;
            Emit(w, ClosedLayout(opened, opened + span, stage), b);
        }
        if (openLayout is not null)
            Emit(w, openLayout, b);
    }

    private long? CounselorFor(WorkerInfo w, bool mayBeUnassigned)
    {
        if (w.CounselorId is { } c && _r.NextDouble() < 0.85)
            return c;
        if (mayBeUnassigned && _r.NextDouble() < 0.5)
            return null;
        return _counselorsByUnit.TryGetValue(w.UnitId, out var list) ? list[_r.Next(list.Length)].Id : w.CounselorId;
    }

    /// <summary>A working-hours instant (local 09:00–17:00) on a date.</summary>
    private DateTimeOffset AtWork(DateOnly date) => AgencyClock.At(date, new TimeOnly(9, 0).AddMinutes(_r.Next(0, 480)));

    private DateTimeOffset AtWork(DateTimeOffset instant) => AtWork(AgencyClock.DateOf(instant));

    private DateTimeOffset Between(DateTimeOffset from, DateTimeOffset to) =>
        to <= from ? from : from + ((to - from) * _r.NextDouble());

    private static DateTimeOffset Min(DateTimeOffset a, DateTimeOffset b) => a < b ? a : b;

    private static DateTimeOffset Max(DateTimeOffset a, DateTimeOffset b) => a > b ? a : b;

    private int Cadence(bool priority) => priority ? _r.Next(7, 15) : _r.NextDouble() switch { < 0.4 => 14, < 0.8 => 21, _ => 30 };

    private int Scaled(double expected)
    {
        var whole = (int)expected;
        return whole + (_r.NextDouble() < expected - whole ? 1 : 0);
    }
}
