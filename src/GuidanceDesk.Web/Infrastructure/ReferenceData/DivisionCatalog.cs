namespace GuidanceDesk.Web.Infrastructure.ReferenceData;

/// <summary>
/// Provinces and cities nationwide, plus Chongqing's districts/counties and townships/streets.
/// Current codes only: do not use this to reject historical codes (e.g. in resident ID numbers).
/// </summary>
public sealed class DivisionCatalog
{
    public const string ChongqingCode = "50";

    // City-level rows that are statistical placeholders, not real names: a municipality's "市辖区"/"县"
    // and the "省直辖县级行政区划" buckets. Full names skip them ("重庆市渝中区", not "重庆市市辖区渝中区").
    private static readonly HashSet<string> PlaceholderNames =
        new(["市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划"], StringComparer.Ordinal);

    private readonly Dictionary<string, Division> _byCode = new(StringComparer.Ordinal);
    private readonly ILookup<string, Division> _children;
    private readonly HashSet<string> _districtCodes;
    private readonly HashSet<string> _townshipCodes;

    private DivisionCatalog(
        IReadOnlyList<Division> provinces,
        IReadOnlyList<Division> cities,
        IReadOnlyList<Division> districts,
        IReadOnlyList<Division> townships)
    {
        Provinces = Sorted(provinces);
        ChongqingDistricts = Sorted(districts);
        foreach (var division in provinces.Concat(cities).Concat(districts).Concat(townships))
        {
            if (!_byCode.TryAdd(division.Code, division))
            {
                throw new InvalidDataException($"Division code {division.Code} appears twice.");
            }
        }

        _children = Sorted(_byCode.Values).Where(d => d.ParentCode is not null).ToLookup(d => d.ParentCode!, StringComparer.Ordinal);
        _districtCodes = districts.Select(d => d.Code).ToHashSet(StringComparer.Ordinal);
        _townshipCodes = townships.Select(d => d.Code).ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>All provinces, ordered by code.</summary>
    public IReadOnlyList<Division> Provinces { get; }

    /// <summary>Chongqing's 38 districts and counties, ordered by code; the parent is city row 5001 or 5002.</summary>
    public IReadOnlyList<Division> ChongqingDistricts { get; }

    /// <param name="dir">Folder holding provinces.csv, cities.csv, chongqing-areas.csv, chongqing-streets.csv.</param>
    public static DivisionCatalog LoadFromDirectory(string dir)
    {
        List<Division> Load(string file, string? parentColumn) =>
            CsvFile.Read(Path.Combine(dir, file))
                .Select(r => new Division(r["code"], r["name"], parentColumn is null ? null : r[parentColumn]))
                .ToList();

        return new DivisionCatalog(
            Load("provinces.csv", null),
            Load("cities.csv", "provinceCode"),
            Load("chongqing-areas.csv", "cityCode"),
            Load("chongqing-streets.csv", "areaCode"));
    }

    /// <summary>City-level rows of a province, ordered by code (municipalities have placeholder rows such as "市辖区").</summary>
    public IReadOnlyList<Division> Cities(string provinceCode) => ChildrenOf(provinceCode);

    public Division? FindDistrict(string code) => Find(code, _districtCodes);

    /// <summary>Townships and streets of a Chongqing district or county, ordered by code.</summary>
    public IReadOnlyList<Division> Townships(string districtCode) =>
        _districtCodes.Contains(districtCode.Trim()) ? ChildrenOf(districtCode) : [];

    public Division? FindTownship(string code) => Find(code, _townshipCodes);

    public bool IsTownshipOf(string townshipCode, string districtCode) =>
        FindTownship(townshipCode) is { } township
        && string.Equals(township.ParentCode, districtCode.Trim(), StringComparison.Ordinal);

    /// <summary>
    /// Full name from the province down, e.g. "重庆市渝中区解放碑街道" or "四川省成都市"; null for unknown codes
    /// (including districts outside Chongqing, which are not shipped).
    /// </summary>
    public string? FullName(string code)
    {
        if (!_byCode.TryGetValue(code.Trim(), out var division))
        {
            return null;
        }

        var parts = new Stack<string>();
        for (Division? d = division; d is not null; d = d.ParentCode is null ? null : _byCode.GetValueOrDefault(d.ParentCode))
        {
            if (!PlaceholderNames.Contains(d.Name))
            {
                parts.Push(d.Name);
            }
        }

        return string.Concat(parts);
    }

    private IReadOnlyList<Division> ChildrenOf(string code) => [.. _children[code.Trim()]];

    private Division? Find(string code, HashSet<string> level)
    {
        var trimmed = code.Trim();
        return level.Contains(trimmed) ? _byCode[trimmed] : null;
    }

    private static Division[] Sorted(IEnumerable<Division> divisions) =>
        divisions.OrderBy(d => d.Code, StringComparer.Ordinal).ToArray();
}
