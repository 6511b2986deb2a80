using System.Globalization;
using GuidanceDesk.Web.Domain;
using GuidanceDesk.Web.Infrastructure.ReferenceData;

namespace GuidanceDesk.Web.Features.Assessments;

/// <summary>One Chinese occupation with the RIASEC profile the crosswalk gives it (mean O*NET OI scores, 1–7).</summary>
public sealed record OccupationProfile(string Code, string Name, double[] Profile, string HollandCode, bool Suggest,
    Education MinEducation, string TrainingRoute, IReadOnlyList<string> OnetCodes);

/// <summary>
/// The project's CSCO 2022 → O*NET-SOC crosswalk (docs/occupation-crosswalk.md) joined to the O*NET 30.2 interest
/// profiles: every occupation of the classification gets the mean profile of the O*NET occupations its most specific
/// crosswalk entry names (its own code, else its minor group, else its medium group). Loaded once; read-only.
/// </summary>
public sealed class OccupationProfiles
{
    public const string Attribution = "本产品包含美国劳工部就业与培训管理局（USDOL/ETA）O*NET 30.2 数据库的信息，依 CC BY 4.0 许可使用；O*NET® 是 USDOL/ETA 的商标。"
        + "GuidanceDesk 对部分或全部信息作了修改（翻译并对应到 2022 年版中国职业分类代码），USDOL/ETA 未审核、认可或测试这些修改。";

    public static readonly string Folder = Path.Combine(AppContext.BaseDirectory, "ReferenceData", "onet");

    private readonly Dictionary<string, OccupationProfile> _byCode;

    public OccupationProfiles(OccupationCatalog catalog) : this(catalog, Folder) { }

    public OccupationProfiles(OccupationCatalog catalog, string folder)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        var interests = Path.Combine(folder, "Interests.txt");
        var crosswalk = Path.Combine(folder, "csco-onet-crosswalk.tsv");
        _byCode = File.Exists(interests) && File.Exists(crosswalk)
            ? Build(catalog, ReadInterests(interests), ReadCrosswalk(crosswalk)) : [];
        All = [.. _byCode.Values.OrderBy(p => p.Code, StringComparer.Ordinal)];
    }

    public IReadOnlyList<OccupationProfile> All { get; }

    public OccupationProfile? Find(string code) => _byCode.GetValueOrDefault(code);

    /// <summary>Top three letters of a six-value profile in R I A S E C order; ties keep hexagon order.</summary>
    public static string CodeOf(IReadOnlyList<double> six) =>
        string.Concat(Enumerable.Range(0, 6).OrderByDescending(i => six[i]).ThenBy(i => i).Take(3).Select(i => Holland.Order[i]));

    private sealed record Entry(string[] Onet, bool Suggest, Education MinEducation, string Route);

    private static Dictionary<string, OccupationProfile> Build(OccupationCatalog catalog, Dictionary<string, double[]> interests,
        Dictionary<string, Entry> crosswalk)
    {
        var result = new Dictionary<string, OccupationProfile>(StringComparer.Ordinal);
        foreach (var o in catalog.All.Where(o => o.Level == OccupationLevel.Occupation))
        {
            var entry = Resolve(crosswalk, o.Code);
            if (entry is null)
                continue;
            var profiles = entry.Onet.Where(interests.ContainsKey).Select(c => interests[c]).ToList();
            if (profiles.Count == 0)
                continue;
            var mean = Enumerable.Range(0, 6).Select(i => Math.Round(profiles.Average(p => p[i]), 2)).ToArray();
            result[o.Code] = new OccupationProfile(o.Code, o.Name, mean, CodeOf(mean), entry.Suggest, entry.MinEducation, entry.Route, entry.Onet);
        }
        return result;
    }

    private static Entry? Resolve(Dictionary<string, Entry> crosswalk, string code)
    {
        var trimmed = OccupationCodes.Trimmed(code);
        foreach (var key in new[] { code, trimmed, OccupationGroups.MinorOf(code), OccupationGroups.MediumOf(code) })
        {
            if (key is not null && (crosswalk.GetValueOrDefault(key) ?? crosswalk.GetValueOrDefault(OccupationCodes.Padded(key))) is { } e)
                return e;
        }
        return null;
    }

    private static Dictionary<string, double[]> ReadInterests(string path)
    {
        var result = new Dictionary<string, double[]>(StringComparer.Ordinal);
        foreach (var line in File.ReadLines(path).Skip(1))
        {
            var f = line.Split('\t');
            if (f.Length < 5 || f[3] != "OI")
                continue;
            var index = "abcdef".IndexOf(f[1][^1], StringComparison.Ordinal);
            if (index < 0)
                continue;
            if (!result.TryGetValue(f[0], out var six))
                result[f[0]] = six = new double[6];
            six[index] = double.Parse(f[4], CultureInfo.InvariantCulture);
        }
        return result;
    }

    private static Dictionary<string, Entry> ReadCrosswalk(string path)
    {
        var result = new Dictionary<string, Entry>(StringComparer.Ordinal);
        var lines = File.ReadLines(path).ToList();
        var header = lines[0].Split('\t').ToList();
        int Col(string name) => header.IndexOf(name);
        var (code, onet, suggest, edu, route) = (Col("csco_code"), Col("onet_soc"), Col("suggest"), Col("min_education"), Col("training_route"));
        foreach (var line in lines.Skip(1).Where(l => l.Length > 0))
        {
            var f = line.Split('\t');
            var codes = f[onet].Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            result[f[code].Trim()] = new Entry(codes, !string.Equals(f[suggest], "false", StringComparison.OrdinalIgnoreCase),
                Enum.TryParse<Education>(f[edu], out var e) ? e : Education.Unknown, route >= 0 && route < f.Length ? f[route].Trim() : "");
        }
        return result;
    }
}
