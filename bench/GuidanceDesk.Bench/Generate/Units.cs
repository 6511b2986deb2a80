namespace GuidanceDesk.Bench.Generate;

/// <summary>A service unit as the generator needs it: where it is and which counselors workers can be assigned to.</summary>
internal sealed record UnitInfo(long Id, string DistrictCode, long[] CounselorIds);

/// <summary>Units by district, so that a worker is registered with a centre of the district they live in.</summary>
internal sealed class UnitMap
{
    private readonly Dictionary<string, UnitInfo[]> _byDistrict;

    public UnitMap(IEnumerable<UnitInfo> units)
    {
        All = [.. units];
        _byDistrict = All.GroupBy(u => u.DistrictCode, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.ToArray(), StringComparer.Ordinal);
    }

    public IReadOnlyList<UnitInfo> All { get; }

    public UnitInfo For(string districtCode, Random random) =>
        _byDistrict.TryGetValue(districtCode, out var units) ? units[random.Next(units.Length)] : All[random.Next(All.Count)];
}
