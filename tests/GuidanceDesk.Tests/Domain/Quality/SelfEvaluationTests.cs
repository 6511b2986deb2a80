using GuidanceDesk.Web.Domain;
using GuidanceDesk.Web.Features.Evaluation;
using GuidanceDesk.Web.Features.Quality.Conformance;
using GuidanceDesk.Web.Features.Quality.Conformance.Rules;

namespace GuidanceDesk.Tests.Domain.Quality;

/// <summary>The self-inspection's rules (9.2.2), the evaluator's sample and de-identification (9.2.3), and the report's judgments.</summary>
public sealed class SelfEvaluationTests
{
    private static readonly DateTimeOffset Now = new(2026, 1, 15, 2, 0, 0, TimeSpan.Zero);
    private static readonly Actor Head = new("h", "张主任");
    private static readonly Actor Manager = new("m", "陈晓梅");

    private static SelfEvaluation Convened() => new(1, new DateOnly(2025, 1, 1), new DateOnly(2025, 12, 31), "2025年度自查",
        ConformanceChecklist.Items.Select(i => (i.Key, i.Clause, i.Text)), Head, Now);

    private static ConformanceRow Row(ConformanceLevel level) => new("k", "6.1.5", "按时跟进", "90%", 90, "≥ 90%", level, 10, 1, null);

    [Fact, Trait("Clause", "9.2.2")]
    public void The_head_signs_only_when_every_checklist_item_is_answered_and_a_manager_has_assessed()
    {
        var e = Convened();
        e.Refresh([Row(ConformanceLevel.Pass)], Now);
        Assert.Equal("还有 11 个检查项未填写", Assert.Throws<DomainRuleException>(() => e.Sign(SelfRating.Good, "总体符合标准要求，继续改进。", Head, Now)).Message);
        foreach (var item in ConformanceChecklist.Items)
            e.Answer(item.Key, ChecklistAnswer.Met, null, Head, Now);
        Assert.Equal(nameof(SelfEvaluation.Assessments), Assert.Throws<DomainRuleException>(() => e.Sign(SelfRating.Good, "总体符合标准要求，继续改进。", Head, Now)).Field);
        e.Assess(Manager, SelfRating.Good, "本年度跟进及时率达到目标，档案基本齐全。", null, Now);
        e.Assess(Manager, SelfRating.Adequate, "修改：跟进及时率略低于目标，需要改进。", "每周检查到期跟进", Now);
        Assert.Single(e.Assessments);
        Assert.Equal(SelfRating.Adequate, e.Assessments[0].Rating);
        e.Sign(SelfRating.Good, "总体符合标准要求，继续改进。", Head, Now);
        Assert.Equal(SelfEvaluationStatus.Concluded, e.Status);
        // Signed: frozen.
        Assert.Throws<DomainRuleException>(() => e.Refresh([Row(ConformanceLevel.Fail)], Now));
        Assert.Throws<DomainRuleException>(() => e.Answer("dress", ChecklistAnswer.NotMet, "x", Head, Now));
        Assert.Equal(ConformanceLevel.Pass, e.Rows[0].Level);
    }

    [Fact, Trait("Clause", "9.2.2")]
    public void A_checklist_item_not_met_needs_a_note_and_an_unknown_item_is_refused()
    {
        var e = Convened();
        Assert.Equal(nameof(InspectionItem.Note), Assert.Throws<DomainRuleException>(() => e.Answer("dress", ChecklistAnswer.NotMet, " ", Head, Now)).Field);
        Assert.Throws<DomainRuleException>(() => e.Answer("no-such-item", ChecklistAnswer.Met, null, Head, Now));
        e.Answer("dress", ChecklistAnswer.PartlyMet, "两名新员工未着工装", Head, Now);
        Assert.Equal(("两名新员工未着工装", "张主任"), (e.Checklist.Single(c => c.Key == "dress").Note, e.Checklist.Single(c => c.Key == "dress").AnsweredByName));
    }

    [Fact, Trait("Clause", "9.2.3")]
    public void The_sample_is_reproducible_from_its_seed_and_does_not_depend_on_the_population_order()
    {
        long[] population = [.. Enumerable.Range(1, 1000).Select(i => (long)i * 7)];
        var a = ThirdPartyEvaluation.Sample(population, 20, 12345);
        var b = ThirdPartyEvaluation.Sample([.. population.Reverse()], 20, 12345);
        Assert.Equal(a, b);
        Assert.Equal(20, a.Distinct().Count());
        Assert.NotEqual(a, ThirdPartyEvaluation.Sample(population, 20, 54321));
        Assert.Equal(3, ThirdPartyEvaluation.Sample([5, 6, 7], 20, 1).Count);
    }

    [Theory, Trait("Clause", "9.2.3")]
    [InlineData("王小明来访，电话13812345678。", "王小明", "P-X来访，电话＊＊＊。")]
    [InlineData("王女士身份证500103199001011234，邮箱a.b@qq.com", "王小明", "P-X身份证＊＊＊，邮箱＊＊＊")]
    [InlineData("小明说固话023-63001234", "王小明", "P-X说固话＊＊＊")]
    [InlineData("没有个人信息", "李四", "没有个人信息")]
    public void Free_text_loses_identifiers_and_the_workers_name(string text, string name, string expected) =>
        Assert.Equal(expected, Deidentifier.Text(text, name, "P-X"));

    [Theory, Trait("Clause", "9.2.3")]
    [InlineData("1990-06-01", "2026-05-31", "30–39")]
    [InlineData("1990-06-01", "2026-06-01", "30–39")]
    [InlineData("2008-01-01", "2026-01-01", "16–19")]
    public void Ages_are_given_in_bands(string birth, string on, string band) =>
        Assert.Equal(band, Deidentifier.AgeBand(DateOnly.Parse(birth, System.Globalization.CultureInfo.InvariantCulture), DateOnly.Parse(on, System.Globalization.CultureInfo.InvariantCulture)));

    [Theory, Trait("Clause", "9.2.2")]
    [InlineData(95.0, ConformanceLevel.Pass)]
    [InlineData(90.0, ConformanceLevel.Pass)]
    [InlineData(89.9, ConformanceLevel.Warn)]
    [InlineData(75.0, ConformanceLevel.Warn)]
    [InlineData(74.9, ConformanceLevel.Fail)]
    [InlineData(null, ConformanceLevel.NoData)]
    public void A_figure_is_judged_against_pass_and_warning_thresholds(double? value, ConformanceLevel level) =>
        Assert.Equal(level, ConformanceTargets.Threshold.Of(90, 75).Judge(value));

    [Fact, Trait("Clause", "7.1.11")]
    public void The_median_of_an_even_count_is_the_mean_of_the_middle_two()
    {
        Assert.Equal(3.0, PriorityWaitRule.Median([5, 1, 3]));
        Assert.Equal(4.0, PriorityWaitRule.Median([6, 2, 5, 3]));
    }
}
