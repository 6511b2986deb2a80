using GuidanceDesk.Web.Domain;

namespace GuidanceDesk.Tests.Domain;

/// <summary>The plan's own rules (6.1.4–6.1.5, 7.1.11): terms, agreement, cadence, adjustments.</summary>
public sealed class EmploymentPlanTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 26, 2, 0, 0, TimeSpan.Zero);
    private static readonly DateOnly Today = new(2026, 11, 26);

    private static PlanTerms Terms(int every = 14, int days = 42) => new("三个月内就业", Today, Today.AddDays(days), every,
        [new PlanActionTerms(ActionKind.JobSearch, "每周投递5份简历", Today.AddDays(days))]);

    private static EmploymentPlan Draft(bool priority = false, int every = 14) => new(1, 2, 3, 1, null, Terms(every), priority, Now);

    [Fact, Trait("Clause", "6.1.4")]
    public void A_plan_is_active_only_with_the_workers_agreement()
    {
        var plan = Draft();
        var error = Assert.Throws<DomainRuleException>(() => plan.Activate(null, Today, Now));
        Assert.Equal("agreement", error.Field);
        Assert.Equal(PlanStatus.Draft, plan.Status);
        plan.Activate(new PlanAgreement(AgreementMethod.SignedInPerson, Channel.Offline, Now, "张三", "u1"), Today, Now);
        Assert.Equal(PlanStatus.Active, plan.Status);
        Assert.Throws<DomainRuleException>(() => plan.Revise(Terms(), false));
    }

    [Fact, Trait("Clause", "6.1.4")]
    public void Terms_need_a_goal_a_period_within_a_year_and_actions_inside_it()
    {
        Assert.Throws<DomainRuleException>(() => new EmploymentPlan(1, 2, 3, 1, null, Terms() with { Goal = "" }, false, Now));
        Assert.Throws<DomainRuleException>(() => new EmploymentPlan(1, 2, 3, 1, null, Terms(days: 400), false, Now));
        Assert.Throws<DomainRuleException>(() => new EmploymentPlan(1, 2, 3, 1, null, Terms() with { Actions = [] }, false, Now));
        Assert.Throws<DomainRuleException>(() => new EmploymentPlan(1, 2, 3, 1, null,
            Terms() with { Actions = [new PlanActionTerms(ActionKind.Training, "培训", Today.AddDays(100))] }, false, Now));
    }

    [Fact, Trait("Clause", "6.1.5")]
    public void Follow_ups_fall_on_the_cadence_and_the_last_on_the_end_date()
    {
        var dates = Draft(every: 14).FollowUpDates(Today);
        Assert.Equal([Today.AddDays(14), Today.AddDays(28), Today.AddDays(42)], dates);
        Assert.Equal([Today.AddDays(20), Today.AddDays(40), Today.AddDays(42)], Draft(every: 20).FollowUpDates(Today));
    }

    [Fact, Trait("Clause", "7.1.11")]
    public void Employment_assistance_targets_are_followed_up_at_least_every_fourteen_days()
    {
        Assert.Throws<DomainRuleException>(() => Draft(priority: true, every: 21));
        Assert.Equal(14, Draft(priority: true, every: 14).FollowUpEveryDays);
        Assert.Equal(30, Draft(priority: false, every: 30).FollowUpEveryDays);
    }

    [Fact, Trait("Clause", "6.1.5")]
    public void Actions_are_adjusted_while_the_plan_runs_and_each_change_is_kept()
    {
        var plan = Draft();
        Assert.Throws<DomainRuleException>(() => plan.AdjustAction(1, ActionStatus.Done, Today, null, "u1", Today, Now));
        plan.Activate(new PlanAgreement(AgreementMethod.ConfirmedOnline, Channel.Online, Now, "张三", "u9"), Today, Now);
        plan.AdjustAction(1, ActionStatus.Done, Today.AddDays(7), "已完成", "u1", Today, Now);
        Assert.Equal((ActionStatus.Done, (DateOnly?)Today), (plan.Actions[0].Status, plan.Actions[0].DoneOn));
        plan.AddAction(new PlanActionTerms(ActionKind.Placement, "参加推荐面试", Today.AddDays(10)), "u1", Now);
        Assert.Equal(2, plan.Changes.Count);
        Assert.Throws<DomainRuleException>(() => plan.AdjustAction(1, ActionStatus.Open, Today.AddDays(90), null, "u1", Today, Now));
        plan.Expire(Now);
        Assert.Equal(PlanStatus.Expired, plan.Status);
        Assert.Throws<DomainRuleException>(() => plan.Expire(Now));
    }
}
