using GuidanceDesk.Web.Domain;

namespace GuidanceDesk.Tests.Domain;

/// <summary>The stage rules of 6.1 as the case itself guards them: order, each stage's condition, reasons, close and reopen.</summary>
public sealed class GuidanceCaseTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 26, 2, 0, 0, TimeSpan.Zero);
    private static readonly Actor By = new("u1", "李明");
    private static readonly StageFacts None = new(0, 0, false);
    private static readonly StageFacts Recorded = new(1, 1, false);

    private static GuidanceCase NewCase() => new(1, 7, Channel.Offline, By, "到访建案", Now);

    private static GuidanceCase InGuidance()
    {
        var c = NewCase();
        c.RecordIntake(new IntakeNotes("失业", null, null, Difficulties.Confidence, null), Now);
        c.MoveTo(CaseStage.NeedsAssessment, None, By, "信息已搜集", Now);
        c.RecordNeeds(ServiceItems.CareerGuidance, null, Now);
        c.AddGoal("三个月内就业", null, Now);
        c.ConfirmGoals(Channel.Offline, "张三", Now);
        c.MoveTo(CaseStage.Guidance, None, By, "目标已确认", Now);
        return c;
    }

    [Fact, Trait("Clause", "6.1")]
    public void A_stage_cannot_be_skipped_and_each_move_keeps_its_reason()
    {
        var c = NewCase();
        Assert.Throws<DomainRuleException>(() => c.MoveTo(CaseStage.Guidance, Recorded, By, "跳过", Now));
        Assert.Throws<DomainRuleException>(() => c.MoveTo(CaseStage.Closed, Recorded, By, "直接结案", Now));
        c.RecordIntake(new IntakeNotes("失业", null, null, Difficulties.LackOfSkills, null), Now);
        Assert.Throws<DomainRuleException>(() => c.MoveTo(CaseStage.NeedsAssessment, None, By, " ", Now));
        c.MoveTo(CaseStage.NeedsAssessment, None, By, "信息已搜集", Now);
        Assert.Equal(new StageTransition(CaseStage.Intake, CaseStage.NeedsAssessment, Now, "u1", "李明", "信息已搜集"), c.Transitions[^1]);
    }

    [Fact, Trait("Clause", "6.1.1")]
    public void Needs_assessment_needs_an_intake_with_the_job_search_difficulties()
    {
        var c = NewCase();
        Assert.Contains("6.1.1", c.MissingFor(CaseStage.NeedsAssessment, None), StringComparison.Ordinal);
        c.RecordIntake(new IntakeNotes("失业", null, null, Difficulties.None, null), Now);
        Assert.Contains("求职困惑", c.MissingFor(CaseStage.NeedsAssessment, None), StringComparison.Ordinal);
        c.RecordIntake(new IntakeNotes("失业", null, null, Difficulties.None, "不会写简历"), Now);
        Assert.Null(c.MissingFor(CaseStage.NeedsAssessment, None));
    }

    [Fact, Trait("Clause", "6.1.2")]
    public void Guidance_needs_services_chosen_and_a_goal_the_worker_confirmed()
    {
        var c = NewCase();
        c.RecordIntake(new IntakeNotes("失业", null, null, Difficulties.Confidence, null), Now);
        c.MoveTo(CaseStage.NeedsAssessment, None, By, "信息已搜集", Now);
        Assert.Contains("6.1.2", c.MissingFor(CaseStage.Guidance, None), StringComparison.Ordinal);
        Assert.Throws<DomainRuleException>(() => c.RecordNeeds(ServiceItems.RecruitmentGuidance, null, Now));
        c.RecordNeeds(ServiceItems.CareerGuidance, null, Now);
        c.AddGoal("三个月内就业", null, Now);
        Assert.Contains("确认", c.MissingFor(CaseStage.Guidance, None), StringComparison.Ordinal);
        Assert.Throws<DomainRuleException>(() => c.SetGoalStatus(1, GoalStatus.Achieved, Now));
        var confirmed = Assert.Single(c.ConfirmGoals(Channel.Online, "张三", Now));
        Assert.Equal((GoalStatus.Confirmed, Channel.Online, "张三"), (confirmed.Status, confirmed.ConfirmedChannel, confirmed.ConfirmedBy));
        Assert.Throws<DomainRuleException>(() => c.ConfirmGoals(Channel.Online, "张三", Now));
        Assert.Null(c.MissingFor(CaseStage.Guidance, None));
    }

    [Fact, Trait("Clause", "6.1.3")]
    public void Planning_needs_a_guidance_record_and_follow_up_an_active_plan()
    {
        var c = InGuidance();
        Assert.Throws<DomainRuleException>(() => c.MoveTo(CaseStage.Planning, None, By, "去做计划", Now));
        c.MoveTo(CaseStage.Planning, Recorded, By, "已指导", Now);
        Assert.Throws<DomainRuleException>(() => c.MoveTo(CaseStage.FollowUp, Recorded, By, "计划", Now));
        c.MoveTo(CaseStage.FollowUp, new StageFacts(1, 1, HasActivePlan: true), By, "劳动者同意", Now);
        Assert.Equal(CaseStage.FollowUp, c.Stage);
    }

    [Fact, Trait("Clause", "6.1.6")]
    public void A_review_needs_analysis_and_re_guidance_before_a_new_plan()
    {
        var c = InGuidance();
        c.MoveTo(CaseStage.Planning, Recorded, By, "已指导", Now);
        c.MoveTo(CaseStage.FollowUp, new StageFacts(1, 1, true), By, "同意", Now);
        c.OpenPlanReview(By, "计划到期未就业", Now);
        Assert.Equal(CaseStage.PlanReview, c.Stage);
        Assert.Contains("6.1.6", c.MissingFor(CaseStage.Planning, Recorded), StringComparison.Ordinal);
        c.RecordReviewAnalysis("求职目标过高", Now);
        Assert.Contains("再次指导", c.MissingFor(CaseStage.Planning, new StageFacts(3, 0, false)), StringComparison.Ordinal);
        c.MoveTo(CaseStage.Planning, new StageFacts(3, 1, false), By, "重新制定计划", Now);
        Assert.Null(c.ReviewStartedAt);
    }

    [Fact, Trait("Clause", "6.1")]
    public void A_closed_case_takes_no_work_until_reopened_with_a_reason_and_an_employed_outcome_is_complete()
    {
        var c = InGuidance();
        Assert.Throws<DomainRuleException>(() => c.Close(new CaseOutcome(OutcomeKind.Employed, "某公司", null, "4-01-02-01", new DateOnly(2026, 11, 20), null, null), default, By, "就业", Now));
        c.Close(new CaseOutcome(OutcomeKind.Employed, "某公司", null, "4-01-02-01", new DateOnly(2026, 11, 20), 5000, null), default, By, "就业", Now);
        Assert.True(c.IsClosed);
        Assert.Throws<DomainRuleException>(() => c.AddGoal("再来", null, Now));
        Assert.Throws<DomainRuleException>(() => c.Reopen(By, "", Now));
        c.Reopen(By, "试用期未过", Now);
        Assert.Equal(CaseStage.Guidance, c.Stage);
        Assert.Null(c.Outcome);
    }

    [Fact, Trait("Clause", "7.1.8")]
    public void The_preventive_checklist_follows_the_workers_groups()
    {
        var c = NewCase();
        var open = c.OpenChecklistItems(SpecialGroups.CollegeGraduate | SpecialGroups.RuralMigrantWorker);
        Assert.Equal(10, open.Count);
        c.RecordChecklistItem("grad-fraud", new DateOnly(2026, 11, 26), 3, "讲解常见招聘诈骗", Now);
        Assert.Equal(9, c.OpenChecklistItems(SpecialGroups.CollegeGraduate | SpecialGroups.RuralMigrantWorker).Count);
        Assert.Empty(c.OpenChecklistItems(SpecialGroups.None));
        Assert.Throws<DomainRuleException>(() => c.RecordChecklistItem("no-such-topic", new DateOnly(2026, 11, 26), 3, null, Now));
    }

    [Fact, Trait("Clause", "7.1.8")]
    public void The_checklist_groups_are_those_with_items()
    {
        // The worklist finds the cases to check by this constant (and its partial index): a group given items later
        // must be added to it, or its cases would never show.
        Assert.Equal(PreventiveChecklist.Groups, PreventiveChecklist.Items.Aggregate(SpecialGroups.None, (a, i) => a | i.Group));
    }

    [Fact, Trait("Clause", "4.6.1")]
    public void An_override_assignment_needs_its_reason()
    {
        var c = NewCase();
        Assert.Throws<DomainRuleException>(() => c.Assign(5, By, " ", isOverride: true, Now));
        c.Assign(5, By, "暂无其他人员，主管批准", isOverride: true, Now);
        Assert.True(c.Assignments[^1].IsOverride);
        Assert.Equal(5, c.CounselorId);
    }
}
