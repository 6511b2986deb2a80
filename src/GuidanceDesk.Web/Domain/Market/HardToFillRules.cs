using System.Globalization;

namespace GuidanceDesk.Web.Domain;

/// <summary>
/// 招聘困难岗位 (6.2.3): when a vacancy counts as hard to fill, and what adjustment of its requirements and conditions
/// the counselor can put to the employer, each with the figures behind it. Pure: the caller gathers the facts.
/// A vacancy is flagged when any of: open longer than <see cref="HardToFillSettings.OpenDays"/> with posts unfilled;
/// top of the pay range below the wage-guidance low; pay midpoint below the guidance median; a market ratio at or
/// above <see cref="HardToFillSettings.ShortageRatio"/> (or posts with no seekers at all). Experience and education
/// requirements never flag on their own; they add a suggestion when they shut out most of the interested seekers.
/// </summary>
public static class HardToFillRules
{
    /// <summary>A requirement that excludes at least this share of interested seekers is worth questioning.</summary>
    public const decimal ExclusionWorthMentioning = 0.5m;

    public static HardToFillAssessment Assess(VacancyFacts v, DateOnly today, MarketFacts? market, WageFacts? wage,
        SeekerProfile? seekers, HardToFillSettings settings)
    {
        var reasons = HardToFillReasons.None;
        var findings = new List<HardToFillFinding>();
        var midpoint = MarketRatio.Midpoint(v.PayMin, v.PayMax);
        if (v.PublishedOn is { } published && today.DayNumber - published.DayNumber > settings.OpenDays && v.Hired < v.Posts)
        {
            reasons |= HardToFillReasons.OpenTooLong;
            findings.Add(new(HardToFillReasons.OpenTooLong,
                F($"发布已 {today.DayNumber - published.DayNumber} 天（超过 {settings.OpenDays} 天），招聘 {v.Posts} 人、已录用 {v.Hired} 人"),
                "建议与单位共同分析未招满原因，增加招聘渠道（专场招聘会、定向推荐、网络发布），并结合以下各项调整岗位条件"));
        }
        if (wage is not null && v.PayMax < wage.Low)
        {
            reasons |= HardToFillReasons.PayBelowGuidanceLow;
            findings.Add(new(HardToFillReasons.PayBelowGuidanceLow,
                F($"月薪上限 {Yuan(v.PayMax)} 元 < {wage.Year} 年工资指导价位低位数 {Yuan(wage.Low)} 元（{wage.Code}）"),
                F($"建议月薪区间至少调整至 {Yuan(wage.Low)}–{Yuan(wage.Median)} 元")));
        }
        else if (wage is not null && midpoint < wage.Median)
        {
            reasons |= HardToFillReasons.OfferBelowGuidanceMedian;
            findings.Add(new(HardToFillReasons.OfferBelowGuidanceMedian,
                F($"月薪中位 {Yuan(midpoint)} 元 < {wage.Year} 年指导价中位数 {Yuan(wage.Median)} 元（{wage.Code}）"),
                F($"建议上调至 {Yuan(v.PayMin + (wage.Median - midpoint))}–{Yuan(v.PayMax + (wage.Median - midpoint))} 元，使月薪中位达到指导价中位数")));
        }
        if (market is not null && MarketRatio.ShortageKey(market.Posts, market.Seekers) >= settings.ShortageRatio && market.Posts > 0)
        {
            reasons |= HardToFillReasons.MarketShortage;
            var ratio = MarketRatio.Of(market.Posts, market.Seekers);
            findings.Add(new(HardToFillReasons.MarketShortage,
                ratio is { } r
                    ? F($"本职业小类在本区县的求人倍率 {r:0.00}（需求 {market.Posts} 人 / 求职 {market.Seekers} 人），≥ {settings.ShortageRatio:0.0#} 属供不应求")
                    : F($"本职业小类在本区县有需求 {market.Posts} 人，但没有登记的意向求职者"),
                "建议放宽地域范围（全市或邻近区县推荐）、以培训代招聘（订单式培训），并适当提高待遇"));
        }
        if (seekers is { Total: > 0 } && v.MinExperienceYears > 0)
        {
            var below = seekers.ByExperienceYears.Where(p => p.Key < v.MinExperienceYears).Sum(p => p.Value);
            var share = (decimal)below / seekers.Total;
            if (share >= ExclusionWorthMentioning)
            {
                var keep = LowestKeeping(seekers.ByExperienceYears, seekers.Total, v.MinExperienceYears);
                findings.Add(new(null, F($"要求{v.MinExperienceYears}年经验将排除 {Percent(share)} 的意向求职者（{below}/{seekers.Total} 人）"),
                    keep < v.MinExperienceYears ? F($"建议将经验要求降至{keep}年以内，或以岗前培训代替经验要求") : "建议以岗前培训代替部分经验要求"));
            }
        }
        if (seekers is { } s && v.MinEducation != Education.Unknown)
        {
            var known = s.ByEducation.Where(p => p.Key != Education.Unknown).ToList();
            var total = known.Sum(p => p.Value);
            var below = known.Where(p => Rank(p.Key) < Rank(v.MinEducation)).Sum(p => p.Value);
            if (total > 0 && (decimal)below / total >= ExclusionWorthMentioning)
            {
                findings.Add(new(null, F($"要求{EducationLabel(v.MinEducation)}及以上学历将排除 {Percent((decimal)below / total)} 的意向求职者（{below}/{total} 人）"),
                    "建议核实岗位实际所需学历，可改为相应技能等级证书或工作能力要求"));
            }
        }
        return new HardToFillAssessment(reasons, findings);
    }

    /// <summary>The largest requirement (≤ current) that at least half the seekers meet.</summary>
    private static int LowestKeeping(IReadOnlyDictionary<int, int> byYears, int total, int current)
    {
        for (var years = current - 1; years >= 0; years--)
        {
            var meet = byYears.Where(p => p.Key >= years).Sum(p => p.Value);
            if ((decimal)meet / total >= 1 - ExclusionWorthMentioning)
                return years;
        }
        return 0;
    }

    /// <summary>中专/技校 is the same level as 高中.</summary>
    public static int Rank(Education e) => EducationStages.Of(e);

    private static string EducationLabel(Education e) => e switch
    {
        Education.PrimaryOrBelow => "小学", Education.JuniorSecondary => "初中", Education.SeniorSecondary => "高中",
        Education.SecondaryVocational => "中专/技校", Education.JuniorCollege => "大专", Education.Bachelor => "本科",
        Education.Master => "硕士", Education.Doctorate => "博士", _ => "",
    };

    private static string Yuan(int amount) => amount.ToString("N0", CultureInfo.InvariantCulture);

    private static string Percent(decimal share) => Math.Round(share * 100, 0, MidpointRounding.AwayFromZero).ToString("0", CultureInfo.InvariantCulture) + "%";

    private static string F(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
