using System.Globalization;
using GuidanceDesk.Web.Data;
using GuidanceDesk.Web.Domain;
using GuidanceDesk.Web.Features.Common;
using GuidanceDesk.Web.Infrastructure.ReferenceData;
using Microsoft.EntityFrameworkCore;

namespace GuidanceDesk.Web.Features.Assessments;

/// <summary>What the suggestions are computed from: the six RIASEC raw scores, the Holland code, education and district.</summary>
public sealed record SuggestionInput(IReadOnlyList<double> Riasec, string HollandCode, Education Education, string? DistrictCode);

/// <summary>
/// Occupation suggestions (docs/assessments.md): occupations whose interest profile fits the worker's, weighed with the
/// local market and the worker's education, each with its reasons in plain words.
/// - fit = Pearson correlation of the worker's six raw scores with the occupation's six O*NET interest values (profile
///   shape, not level, since the two scales differ); only occupations with fit ≥ 0.3 are candidates;
/// - market = the latest quarter's 求人倍率 of the occupation's minor group in the worker's district, else city-wide:
///   ≥ 1.5 → 1, ≥ 1 → 0.75, ≥ 0.5 → 0.4, below → 0.1, no data → 0.5;
/// - education = 1 when the worker has the usual minimum, 0.5 one level short, else 0;
/// - score = 100 × (0.6 × (fit + 1) / 2 + 0.25 × market + 0.15 × education); at most two per minor group.
/// </summary>
public sealed class OccupationSuggester(AppDbContext db, OccupationProfiles profiles, DivisionCatalog divisions)
{
    public const double MinFit = 0.3;

    public async Task<List<OccupationSuggestion>> SuggestAsync(SuggestionInput input, int count, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(input);
        var candidates = profiles.All.Where(p => p.Suggest)
            .Select(p => (Profile: p, Fit: Correlation(input.Riasec, p.Profile)))
            .Where(x => x.Fit >= MinFit).OrderByDescending(x => x.Fit).Take(300).ToList();
        var market = await MarketAsync(input.DistrictCode, candidates.Select(c => OccupationGroups.MinorOf(c.Profile.Code)!).Distinct().ToList(), ct);
        var districtName = input.DistrictCode is { Length: > 0 } d ? divisions.FindDistrict(d)?.Name : null;
        var ranked = candidates.Select(c =>
        {
            var minor = OccupationGroups.MinorOf(c.Profile.Code)!;
            var (ratio, local) = market.GetValueOrDefault(minor);
            var edu = EducationFit(input.Education, c.Profile.MinEducation);
            var score = (int)Math.Round(100 * (0.6 * (c.Fit + 1) / 2 + 0.25 * MarketWeight(ratio) + 0.15 * edu), MidpointRounding.AwayFromZero);
            return (c.Profile, c.Fit, Minor: minor, Ratio: ratio, Local: local, Edu: edu, Score: score);
        }).OrderByDescending(x => x.Score).ThenByDescending(x => x.Fit).ThenBy(x => x.Profile.Code, StringComparer.Ordinal);
        var perMinor = new Dictionary<string, int>(StringComparer.Ordinal);
        var result = new List<OccupationSuggestion>();
        foreach (var x in ranked)
        {
            if (perMinor.GetValueOrDefault(x.Minor) >= 2)
                continue;
            perMinor[x.Minor] = perMinor.GetValueOrDefault(x.Minor) + 1;
            var marketText = MarketText(x.Ratio, x.Local ? districtName : null);
            var reasons = new List<string>
            {
                $"兴趣契合：您的兴趣代码为 {input.HollandCode}，该职业的兴趣类型为 {x.Profile.HollandCode}（兴趣剖面相关系数 {x.Fit.ToString("0.00", CultureInfo.InvariantCulture)}）",
                "市场：" + marketText,
                EducationText(input.Education, x.Profile.MinEducation, x.Edu),
            };
            result.Add(new OccupationSuggestion(x.Profile.Code, x.Profile.Name, x.Profile.HollandCode, Math.Round(x.Fit, 3), x.Score, marketText,
                x.Ratio, x.Profile.MinEducation, x.Edu >= 1, x.Profile.TrainingRoute, string.Join('\n', reasons)));
            if (result.Count >= count)
                break;
        }
        return result;
    }

    public static double Correlation(IReadOnlyList<double> a, IReadOnlyList<double> b)
    {
        var (ma, mb) = (a.Average(), b.Average());
        double sab = 0, saa = 0, sbb = 0;
        for (var i = 0; i < 6; i++)
        {
            sab += (a[i] - ma) * (b[i] - mb);
            saa += (a[i] - ma) * (a[i] - ma);
            sbb += (b[i] - mb) * (b[i] - mb);
        }
        return saa == 0 || sbb == 0 ? 0 : sab / Math.Sqrt(saa * sbb);
    }

    public static double MarketWeight(decimal? ratio) => ratio switch
    {
        null => 0.5,
        >= 1.5m => 1,
        >= 1m => 0.75,
        >= 0.5m => 0.4,
        _ => 0.1,
    };

    public static string MarketText(decimal? ratio, string? district)
    {
        var where = district ?? "全市";
        if (ratio is not { } r)
            return $"{where}暂无该职业的供求数据";
        var text = r >= 1.5m ? "需求明显大于供给" : r >= 1m ? "需求大于或等于供给" : r >= 0.5m ? "供给略多于需求" : "求职人数明显多于岗位";
        return $"{where}求人倍率 {r.ToString("0.00", CultureInfo.InvariantCulture)}，{text}";
    }

    public static double EducationFit(Education worker, Education required)
    {
        if (required == Education.Unknown)
            return 1;
        var gap = EducationStages.Of(required) - EducationStages.Of(worker);
        return gap <= 0 ? 1 : gap == 1 ? 0.5 : 0;
    }

    private static string EducationText(Education worker, Education required, double fit) =>
        required == Education.Unknown ? "学历：无特定要求"
        : worker == Education.Unknown ? $"学历：通常需要{Labels.Of(required)}及以上，您的学历未登记"
        : fit >= 1 ? $"学历：通常需要{Labels.Of(required)}及以上，您已符合"
        : $"学历：通常需要{Labels.Of(required)}及以上，您目前为{Labels.Of(worker)}，需提升学历或取得相应资格";

    /// <summary>Minor group → (ratio, whether it is the district's own figure) from the latest quarter with data.</summary>
    private async Task<Dictionary<string, (decimal? Ratio, bool Local)>> MarketAsync(string? district, List<string> minors, CancellationToken ct)
    {
        var result = new Dictionary<string, (decimal?, bool)>(StringComparer.Ordinal);
        var quarter = await db.Set<SupplyDemandSnapshot>().MaxAsync(s => (int?)s.QuarterKey, ct);
        if (quarter is null || minors.Count == 0)
            return result;
        var rows = await db.Set<SupplyDemandSnapshot>().AsNoTracking().Where(s => s.QuarterKey == quarter && minors.Contains(s.MinorGroup))
            .Select(s => new { s.MinorGroup, s.DistrictCode, s.Posts, s.Seekers }).ToListAsync(ct);
        foreach (var g in rows.GroupBy(r => r.MinorGroup))
        {
            var local = district is null ? null : g.FirstOrDefault(r => r.DistrictCode == district);
            var ratio = local is { Seekers: > 0 } ? MarketRatio.Of(local.Posts, local.Seekers) : null;
            result[g.Key] = ratio is not null ? (ratio, true) : (MarketRatio.Of(g.Sum(r => (long)r.Posts), g.Sum(r => (long)r.Seekers)), false);
        }
        return result;
    }
}
