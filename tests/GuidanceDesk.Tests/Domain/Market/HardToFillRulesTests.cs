using GuidanceDesk.Web.Domain;

namespace GuidanceDesk.Tests.Domain.Market;

/// <summary>6.2.3: when a vacancy is hard to fill, and the adjustments proposed with their evidence (hand-computed).</summary>
public sealed class HardToFillRulesTests
{
    private static readonly DateOnly Today = new(2026, 11, 26);
    private static readonly HardToFillSettings Settings = new(OpenDays: 30, ShortageRatio: 1.5m);

    private static VacancyFacts Vacancy(int ageDays = 5, int posts = 2, int hired = 0, int payMin = 4000, int payMax = 6000,
        Education education = Education.Unknown, int years = 0) =>
        new(Today.AddDays(-ageDays), posts, hired, payMin, payMax, education, years);

    [Fact, Trait("Clause", "6.2.3")]
    public void A_fresh_fairly_paid_vacancy_in_a_balanced_market_is_not_flagged()
    {
        var a = HardToFillRules.Assess(Vacancy(), Today, new MarketFacts(10, 10), new WageFacts("4-01-02", 2026, 3200, 5000, 9500), null, Settings);
        Assert.False(a.IsHardToFill);
        Assert.Empty(a.Findings);
    }

    [Fact, Trait("Clause", "6.2.3")]
    public void Open_longer_than_the_setting_with_posts_unfilled_is_flagged_but_not_when_every_post_is_filled()
    {
        Assert.Equal(HardToFillReasons.OpenTooLong, HardToFillRules.Assess(Vacancy(ageDays: 31, posts: 2, hired: 1), Today, null, null, null, Settings).Reasons);
        Assert.False(HardToFillRules.Assess(Vacancy(ageDays: 30), Today, null, null, null, Settings).IsHardToFill);      // exactly 30 days: not yet
        Assert.False(HardToFillRules.Assess(Vacancy(ageDays: 60, posts: 2, hired: 2), Today, null, null, null, Settings).IsHardToFill);
    }

    [Fact, Trait("Clause", "6.2.3")]
    public void Pay_under_the_guidance_median_proposes_the_raise_that_reaches_it()
    {
        // Midpoint (3400+5000)/2 = 4200 < median 5100: raise both ends by 900 → 4,300–5,900.
        var a = HardToFillRules.Assess(Vacancy(payMin: 3400, payMax: 5000), Today, null, new WageFacts("4-01-02", 2026, 3200, 5100, 9500), null, Settings);
        Assert.Equal(HardToFillReasons.OfferBelowGuidanceMedian, a.Reasons);
        var f = Assert.Single(a.Findings);
        Assert.Equal("月薪中位 4,200 元 < 2026 年指导价中位数 5,100 元（4-01-02）", f.Evidence);
        Assert.Equal("建议上调至 4,300–5,900 元，使月薪中位达到指导价中位数", f.Suggestion);
    }

    [Fact, Trait("Clause", "6.2.3")]
    public void A_top_of_range_under_the_guidance_low_is_its_own_reason()
    {
        var a = HardToFillRules.Assess(Vacancy(payMin: 2500, payMax: 3000), Today, null, new WageFacts("4", 2025, 3200, 5100, 9500), null, Settings);
        Assert.Equal(HardToFillReasons.PayBelowGuidanceLow, a.Reasons);
        Assert.Contains("月薪上限 3,000 元 < 2025 年工资指导价位低位数 3,200 元", a.Findings[0].Evidence, StringComparison.Ordinal);
        Assert.Equal("建议月薪区间至少调整至 3,200–5,100 元", a.Findings[0].Suggestion);
    }

    [Theory, Trait("Clause", "6.2.3")]
    [InlineData(15, 10, true)]   // 1.5 = threshold: shortage
    [InlineData(14, 10, false)]  // 1.4
    [InlineData(3, 0, true)]     // posts, no seekers
    [InlineData(0, 0, false)]    // nothing at all
    public void A_market_ratio_at_or_over_the_threshold_is_a_shortage(int posts, int seekers, bool flagged) =>
        Assert.Equal(flagged, HardToFillRules.Assess(Vacancy(), Today, new MarketFacts(posts, seekers), null, null, Settings)
            .Reasons.HasFlag(HardToFillReasons.MarketShortage));

    [Fact, Trait("Clause", "6.2.3")]
    public void An_experience_requirement_that_excludes_most_seekers_is_questioned_with_the_share()
    {
        // 100 seekers: 40 with 0 years, 23 with 2, 20 with 4, 17 with 6. Requiring 5 years excludes 40+23+20 = 83 (83%).
        // Requiring 2 keeps 23+20+17 = 60 ≥ 50%; requiring 4 keeps only 37: the suggestion is 2 years.
        var profile = new SeekerProfile(new Dictionary<int, int> { [0] = 40, [2] = 23, [4] = 20, [6] = 17 }, new Dictionary<Education, int>());
        var a = HardToFillRules.Assess(Vacancy(years: 5), Today, null, null, profile, Settings);
        Assert.False(a.IsHardToFill); // a suggestion, not a reason
        var f = Assert.Single(a.Findings);
        Assert.Null(f.Reason);
        Assert.Equal("要求5年经验将排除 83% 的意向求职者（83/100 人）", f.Evidence);
        Assert.Equal("建议将经验要求降至2年以内，或以岗前培训代替经验要求", f.Suggestion);
    }

    [Fact, Trait("Clause", "6.2.3")]
    public void An_education_requirement_is_measured_against_seekers_of_known_education_with_vocational_equal_to_senior()
    {
        // Known: 30 junior secondary, 20 secondary vocational, 10 senior, 40 bachelor (unknown 50 left out).
        // Bachelor required: 60 of 100 below (60%). Senior required: only the 30 junior below (30%): no finding.
        var profile = new SeekerProfile(new Dictionary<int, int> { [0] = 150 }, new Dictionary<Education, int>
        {
            [Education.JuniorSecondary] = 30, [Education.SecondaryVocational] = 20, [Education.SeniorSecondary] = 10,
            [Education.Bachelor] = 40, [Education.Unknown] = 50,
        });
        var bachelor = HardToFillRules.Assess(Vacancy(education: Education.Bachelor), Today, null, null, profile, Settings);
        Assert.Equal("要求本科及以上学历将排除 60% 的意向求职者（60/100 人）", Assert.Single(bachelor.Findings).Evidence);
        Assert.Empty(HardToFillRules.Assess(Vacancy(education: Education.SeniorSecondary), Today, null, null, profile, Settings).Findings);
    }
}
