using GuidanceDesk.Web.Domain;

namespace GuidanceDesk.Tests.Domain;

/// <summary>The vacancy's own rules: fair requirements, sound terms, and its status flow (draft → open → ended).</summary>
public sealed class VacancyTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 26, 2, 0, 0, TimeSpan.Zero);
    private static readonly DateOnly Today = new(2026, 11, 26);

    internal static VacancyDetails Details(string description = "负责门店日常销售与客户接待", int? ageMin = 18, int? ageMax = 45) =>
        new("门店销售员", "4-01-02-01", null, 3, "500103", null, 4500, 6500, Education.SeniorSecondary, 1, ageMin, ageMax,
            ["收银", "客户沟通"], "做六休一，每天8小时", ContractType.FixedTerm, "五险一金，包午餐", description,
            Today, Today.AddDays(60));

    private static Vacancy Draft()
    {
        var v = new Vacancy(1, 2, VacancySource.Staff, Now);
        v.Update(Details(), Now);
        return v;
    }

    [Theory, Trait("Clause", "4.2d")]
    [InlineData("限男性，吃苦耐劳", "性别")]
    [InlineData("女士优先", "性别")]
    [InlineData("性别：男", "性别")]
    [InlineData("仅限汉族", "民族")]
    [InlineData("要求本地户口", "户籍")]
    [InlineData("限重庆户籍", "户籍")]
    [InlineData("已婚已育者优先", "婚姻")]
    [InlineData("两年内不生育", "婚姻")]
    [InlineData("乙肝携带者勿扰", "乙肝")]
    [InlineData("年龄35岁以下", "年龄")]
    [InlineData("20-35岁", "年龄")]
    public void Discriminating_requirements_are_refused_with_the_reason(string text, string reasonWord)
    {
        var problems = FairHiring.Check(Details(description: text));
        var problem = Assert.Single(problems);
        Assert.Equal(nameof(VacancyDetails.Description), problem.Field);
        Assert.Contains(reasonWord, problem.Message, StringComparison.Ordinal);
        var v = new Vacancy(1, 2, VacancySource.Staff, Now);
        Assert.Throws<DomainRuleException>(() => v.Update(Details(description: text), Now));
    }

    [Theory, Trait("Clause", "4.2d")]
    [InlineData("男装店铺导购，男女不限")]
    [InlineData("性别：男女不限")]
    [InlineData("有两年以上相关工作经验；持健康证上岗")]
    [InlineData("工作地点在渝中区解放碑")]
    public void Ordinary_requirements_pass(string text) => Assert.Empty(FairHiring.Check(Details(description: text)));

    [Fact, Trait("Clause", "4.2d")]
    public void Age_limits_stay_within_the_law()
    {
        Assert.Equal(nameof(VacancyDetails.AgeMin), Assert.Single(FairHiring.Check(Details(ageMin: 15))).Field);
        Assert.Equal(nameof(VacancyDetails.AgeMax), Assert.Single(FairHiring.Check(Details(ageMin: 30, ageMax: 25))).Field);
        Assert.Empty(FairHiring.Check(Details(ageMin: null, ageMax: null)));
    }

    [Fact]
    public void Terms_must_be_sound_and_occupation_groups_follow_the_code()
    {
        var v = new Vacancy(1, 2, VacancySource.Staff, Now);
        Assert.Equal("PayMax", Assert.Throws<DomainRuleException>(() => v.Update(Details() with { PayMax = 3000 }, Now)).Field);
        Assert.Equal("Posts", Assert.Throws<DomainRuleException>(() => v.Update(Details() with { Posts = 0 }, Now)).Field);
        Assert.Equal("OccupationCode", Assert.Throws<DomainRuleException>(() => v.Update(Details() with { OccupationCode = null }, Now)).Field);
        v.Update(Details() with { OccupationCode = null, OccupationNote = "直播带货主播" }, Now);
        Assert.Null(v.MinorGroup);
        v.Update(Details(), Now);
        Assert.Equal(("4-01", "4-01-02"), (v.MediumGroup, v.MinorGroup));
    }

    [Fact]
    public void A_vacancy_opens_then_fills_with_its_hires()
    {
        var v = Draft();
        Assert.Throws<DomainRuleException>(() => v.RecordHire(Now));
        v.Open(Today, Now);
        Assert.Equal(VacancyStatus.Open, v.Status);
        Assert.Throws<DomainRuleException>(() => v.Open(Today, Now));
        v.RecordHire(Now);
        v.RecordHire(Now);
        Assert.Equal((VacancyStatus.Open, 1), (v.Status, v.OpenPosts));
        v.RecordHire(Now);
        Assert.Equal(VacancyStatus.Filled, v.Status);
        Assert.Throws<DomainRuleException>(() => v.Update(Details(), Now));
    }

    [Fact]
    public void Withdrawal_needs_a_reason_and_expiry_follows_the_closing_date()
    {
        var v = Draft();
        v.Open(Today, Now);
        Assert.Throws<DomainRuleException>(() => v.Withdraw(" ", Now));
        Assert.False(v.ExpireIfDue(Today.AddDays(60), Now));
        Assert.True(v.ExpireIfDue(Today.AddDays(61), Now));
        Assert.Equal(VacancyStatus.Expired, v.Status);
        var w = Draft();
        w.Withdraw("岗位取消", Now);
        Assert.Equal((VacancyStatus.Withdrawn, "岗位取消"), (w.Status, w.EndReason));
    }

    [Fact]
    public void Wage_guidance_levels_are_ordered()
    {
        Assert.Throws<DomainRuleException>(() => new WageGuidance(2026, "4-01-02-01", 5000, 4000, 6000, Now));
        var g = new WageGuidance(2026, "4-01-02-01", 3500, 4800, 7600, Now);
        Assert.Equal(4800, g.Median);
    }
}
