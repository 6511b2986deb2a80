using GuidanceDesk.Tests.Infrastructure;
using GuidanceDesk.Web.Domain;

namespace GuidanceDesk.Tests.Domain;

/// <summary>
/// The matching score with expected values worked out by hand from the weights (occupation 40 / 30 / 20 / 10,
/// district 20 / 12 / 0, pay 15 or 8 + 7 × room, education 10, experience 10 × share, age 5, skills 5 × share).
/// </summary>
public sealed class MatchScoreTests
{
    private static readonly DateOnly Today = new(2026, 11, 26);

    // 门店销售员 in 渝中: 4,500–6,500 yuan, senior secondary, 1 year, 18–45, two skills.
    private static readonly MatchVacancy Shop = new("4-01-02-01", "500103", 4500, 6500, Education.SeniorSecondary, 1, 18, 45, ["收银", "客户沟通"]);

    private static string? Names(string code) => code switch { "4-01-02-01" => "营销员", "4-01-02" => "销售人员", "4-01" => "批发与零售服务人员", _ => null };

    private static readonly MatchSeeker A = new("4-01-02-01", "500103", 5000, Education.Bachelor, 3, new DateOnly(1995, 6, 1));
    private static readonly MatchSeeker B = new("4-01-02-03", "500105", 7000, Education.JuniorSecondary, 0, new DateOnly(1976, 1, 1));
    private static readonly MatchSeeker C = new("4-01-05-01", "500101", null, Education.Unknown, 2, new DateOnly(2001, 3, 1));

    [Fact, Trait("Clause", "7.1.4")]
    public void Same_occupation_same_district_pay_in_range_scores_98_of_100_with_reasons()
    {
        var r = MatchScore.Compute(A, Shop, Today, Names);
        // 40 + 20 + (8 + 7 × 1500 / 2000 = 13) + 10 + 10 + 5 + 0 (skills unknown) + 0 (no assessment)
        Assert.Equal(98, r.Score);
        Assert.Equal(100, r.Max);
        Assert.True(r.Eligible);
        var why = r.Components.ToDictionary(c => c.Factor);
        Assert.Equal("同一职业（4-01-02-01 营销员）", why[MatchFactor.Occupation].Explanation);
        Assert.Equal("期望月薪 5,000 元 ≤ 岗位上限 6,500 元", why[MatchFactor.Pay].Explanation);
        Assert.Equal(13, why[MatchFactor.Pay].Points);
        Assert.Equal("同一区县", why[MatchFactor.District].Explanation);
        Assert.Equal((0, 0), (why[MatchFactor.Assessment].Points, why[MatchFactor.Assessment].Max));
        Assert.Contains("暂无职业测评", why[MatchFactor.Assessment].Explanation, StringComparison.Ordinal);
    }

    [Fact, Trait("Clause", "7.1.4")]
    public void Same_minor_group_in_the_same_area_but_over_pay_under_educated_and_too_old_scores_42()
    {
        var r = MatchScore.Compute(B, Shop, Today, Names);
        // 30 (minor group) + 12 (both 中心城区) + 0 (7,000 > 6,500) + 0 + 0 (0 of 1 year) + 0 (50 > 45)
        Assert.Equal(42, r.Score);
        var why = r.Components.ToDictionary(c => c.Factor);
        Assert.Equal("同一小类职业（4-01-02 销售人员）", why[MatchFactor.Occupation].Explanation);
        Assert.Equal("同属中心城区", why[MatchFactor.District].Explanation);
        Assert.Equal("期望月薪 7,000 元 > 岗位上限 6,500 元", why[MatchFactor.Pay].Explanation);
        Assert.Contains("不在岗位年龄范围 18–45 岁内", why[MatchFactor.Age].Explanation, StringComparison.Ordinal);
    }

    [Fact, Trait("Clause", "7.1.4")]
    public void Same_medium_group_in_another_area_without_pay_or_education_scores_45()
    {
        var r = MatchScore.Compute(C, Shop, Today, Names);
        // 20 (medium group) + 0 (万州 is 渝东北) + 10 (no pay given) + 0 (education unknown) + 10 + 5
        Assert.Equal(45, r.Score);
        Assert.Equal("同一中类职业（4-01 批发与零售服务人员）", r.Components[0].Explanation);
    }

    [Fact, Trait("Clause", "7.1.4")]
    public void Ranking_orders_the_seekers_by_score()
    {
        var ranked = new[] { ("B", B), ("C", C), ("A", A) }
            .OrderByDescending(x => MatchScore.Compute(x.Item2, Shop, Today).Score).Select(x => x.Item1);
        Assert.Equal(["A", "C", "B"], ranked);
    }

    [Theory]
    [InlineData(4000, 15)] // at or under the lowest pay: full points
    [InlineData(4500, 15)]
    [InlineData(6500, 8)]  // at the top: 8 + 0
    [InlineData(5500, 11)] // 8 + 7 × 1000 / 2000 = 8 + 3
    [InlineData(6501, 0)]
    public void Pay_points_follow_the_room_under_the_top_of_the_range(int want, int points) =>
        Assert.Equal(points, MatchScore.Pay(want, 4500, 6500).Points);

    [Fact]
    public void Partial_experience_and_skills_score_in_proportion_and_skills_count_only_when_known()
    {
        Assert.Equal(5, MatchScore.Experience(2, 4).Points);
        var skills = MatchScore.Skills(["收银"], ["收银", "客户沟通"]);
        Assert.Equal((2, 5), (skills.Points, skills.Max));
        Assert.Equal("具备岗位所列技能 1/2 项：收银", skills.Explanation);
        var r = MatchScore.Compute(A with { Skills = ["收银", "客户沟通"] }, Shop, Today);
        Assert.Equal((103, 105), (r.Score, r.Max));
    }

    [Fact]
    public void Occupation_levels_go_down_to_the_major_group_and_then_to_none()
    {
        Assert.Equal(10, MatchScore.Occupation("4-02-01-01", "4-01-02-01", _ => null).Points);
        Assert.Equal(0, MatchScore.Occupation("2-02-10-03", "4-01-02-01", _ => null).Points);
        Assert.Equal(0, MatchScore.Occupation("4-01-02-01", null, _ => null).Points);
    }

    [Fact]
    public void A_seeker_under_16_is_never_eligible()
    {
        var child = A with { DateOfBirth = new DateOnly(2011, 1, 1) };
        var r = MatchScore.Compute(child, Shop with { AgeMin = null, AgeMax = null }, Today);
        Assert.False(r.Eligible);
        Assert.Contains("劳动法第十五条", r.Components.Single(c => c.Factor == MatchFactor.Age).Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void District_distance_uses_the_official_grouping_new_urban_districts_share_an_area()
    {
        Assert.Equal(12, MatchScore.District("500116", "500118").Points); // 江津, 永川: 主城新区
        Assert.Equal(12, MatchScore.District("500114", "500243").Points); // 黔江, 彭水: 渝东南
        Assert.Equal(0, MatchScore.District("500103", "500102").Points);  // 渝中 (中心城区), 涪陵 (主城新区)
        Assert.Equal(10, MatchScore.District(null, "500102").Points);
    }

    [Fact]
    public void The_grouping_covers_each_of_the_38_districts_and_counties_once()
    {
        var all = ChongqingAreas.All;
        Assert.Equal(38, all.Count);
        Assert.Equal([9, 12, 11, 6], all.GroupBy(x => x.Value).OrderBy(g => g.Key).Select(g => g.Count()));
        var shipped = TestReferenceData.Set.Divisions.ChongqingDistricts.Select(d => d.Code).Order();
        Assert.Equal(shipped, all.Keys.Order());
    }
}
