using GuidanceDesk.Web.Domain;

namespace GuidanceDesk.Tests.Domain;

/// <summary>The rules a guidance project guards itself (4.6.1a): its design, Draft → Active → Completed, the frozen evaluation.</summary>
public sealed class GuidanceProjectTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 26, 2, 0, 0, TimeSpan.Zero);
    private static readonly Actor By = new("u1", "陈晓梅");
    private static readonly DateOnly Start = new(2026, 9, 1);
    private static readonly DateOnly End = new(2026, 12, 31);

    private static ProjectDesign Design(IReadOnlyList<IndicatorTerms>? indicators = null, IReadOnlyList<ScheduleTerms>? schedule = null,
        DateOnly? end = null, string? objectives = "三个月内实现就业") =>
        new("毕业生项目", "需求", "2026届毕业生", TargetCriteria.None, objectives,
            indicators ?? [new(IndicatorKind.PeopleReached, null, 30, null), new(IndicatorKind.Custom, "招聘会", 2, "场")],
            schedule ?? [new(ScheduleKind.GroupSession, "团体辅导", new DateOnly(2026, 10, 1), ScheduleStatus.Planned, null)],
            5, [6, 5], null, Start, end ?? End);

    private static GuidanceProject Running()
    {
        var p = new GuidanceProject(1, Design(), By, Now);
        p.Activate(Now);
        return p;
    }

    [Fact, Trait("Clause", "4.6.1")]
    public void A_design_fills_indicator_defaults_counts_in_beijing_days_and_refuses_what_does_not_fit()
    {
        var p = new GuidanceProject(1, Design(), By, Now);
        Assert.Equal(("服务人数", "人"), (p.Indicators[0].Name, p.Indicators[0].Unit));
        Assert.Equal([6L], p.MemberStaffIds); // the lead is not a member of their own project
        Assert.Equal(new DateTimeOffset(2026, 8, 31, 16, 0, 0, TimeSpan.Zero), p.CountsFrom);
        Assert.Equal(new DateTimeOffset(2026, 12, 31, 16, 0, 0, TimeSpan.Zero), p.CountsUntil);

        Assert.Equal("PeriodEnd", Assert.Throws<DomainRuleException>(() => new GuidanceProject(1, Design(end: new DateOnly(2026, 8, 1)), By, Now)).Field);
        var outside = Assert.Throws<DomainRuleException>(() => new GuidanceProject(1,
            Design(schedule: [new(ScheduleKind.Training, "培训", new DateOnly(2027, 1, 5), ScheduleStatus.Planned, null)]), By, Now));
        Assert.Equal("Schedule[0].PlannedOn", outside.Field);
        var custom = Assert.Throws<DomainRuleException>(() => new GuidanceProject(1, Design([new(IndicatorKind.Custom, null, 2, null)]), By, Now));
        Assert.Equal("Indicators[0].Name", custom.Field);
        Assert.Throws<DomainRuleException>(() => new GuidanceProject(1, Design([new(IndicatorKind.Satisfaction, null, 120, null)]), By, Now));
    }

    [Fact, Trait("Clause", "4.6.1")]
    public void A_project_starts_only_with_objectives_and_indicators_and_takes_links_only_while_running()
    {
        var bare = new GuidanceProject(1, Design(indicators: []), By, Now);
        Assert.Equal("Indicators", Assert.Throws<DomainRuleException>(() => bare.Activate(Now)).Field);
        var aimless = new GuidanceProject(1, Design(objectives: " "), By, Now);
        Assert.Equal("Objectives", Assert.Throws<DomainRuleException>(() => aimless.Activate(Now)).Field);

        var c = new GuidanceCase(1, 7, Channel.Offline, By, "建案", Now);
        Assert.Throws<DomainRuleException>(() => c.JoinProject(bare));
        var running = Running();
        c.JoinProject(running);
        Assert.Equal(running.Id, c.GuidanceProjectId);
        var elsewhere = new GuidanceCase(2, 8, Channel.Offline, By, "建案", Now);
        Assert.Equal("caseId", Assert.Throws<DomainRuleException>(() => elsewhere.JoinProject(running)).Field);
        running.Cancel("经费未落实", Now);
        Assert.Throws<DomainRuleException>(() => c.LeaveProject(running));
    }

    [Fact, Trait("Clause", "4.6.1")]
    public void Completing_needs_the_evaluation_and_freezes_the_achieved_values()
    {
        var draft = new GuidanceProject(1, Design(), By, Now);
        Assert.Throws<DomainRuleException>(() => draft.Complete(new Dictionary<IndicatorKind, decimal?>(), new Dictionary<int, decimal?>(),
            EvaluationRating.Good, "结论", null, By, Now));
        var p = Running();
        var counted = new Dictionary<IndicatorKind, decimal?> { [IndicatorKind.PeopleReached] = 27 };
        Assert.Equal("Conclusions", Assert.Throws<DomainRuleException>(() =>
            p.Complete(counted, new Dictionary<int, decimal?>(), EvaluationRating.Good, " ", null, By, Now)).Field);

        // The manager's figure does not override a counted one; it fills the custom indicator.
        p.Complete(counted, new Dictionary<int, decimal?> { [1] = 99, [2] = 2 }, EvaluationRating.Good, "基本达成", "增加团体指导", By, Now);
        Assert.Equal(ProjectStatus.Completed, p.Status);
        Assert.Equal([27m, 2m], p.Indicators.Select(i => i.Achieved));
        Assert.Equal(90m, p.Indicators[0].Percent(27));
        Assert.Equal(new ProjectEvaluation(EvaluationRating.Good, "基本达成", "增加团体指导", "u1", "陈晓梅", Now), p.Evaluation);
        Assert.Throws<DomainRuleException>(() => p.Revise(Design()));
        Assert.Throws<DomainRuleException>(() => p.Cancel("晚了", Now));
    }
}
