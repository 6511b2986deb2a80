namespace GuidanceDesk.Web.Domain;

/// <summary>Facts from outside the aggregate that stage rules depend on; the handler counts them in the same transaction.</summary>
public sealed record StageFacts(int GuidanceRecords, int GuidanceRecordsSinceReview, bool HasActivePlan);

public sealed partial class GuidanceCase
{
    /// <summary>The only stage each stage may move on to (a stage cannot be skipped).</summary>
    public static CaseStage? NextOf(CaseStage stage) => stage switch
    {
        CaseStage.Intake => CaseStage.NeedsAssessment,
        CaseStage.NeedsAssessment => CaseStage.Guidance,
        CaseStage.Guidance => CaseStage.Planning,
        CaseStage.Planning => CaseStage.FollowUp,
        CaseStage.FollowUp => CaseStage.PlanReview,
        CaseStage.PlanReview => CaseStage.Planning,
        _ => null,
    };

    /// <summary>Moves the case one stage on, if that stage's condition holds; the reason is kept.</summary>
    public void MoveTo(CaseStage to, StageFacts facts, Actor by, string reason, DateTimeOffset now)
    {
        EnsureOpen();
        if (to == CaseStage.Closed)
            throw new DomainRuleException("结案须填写结果", "outcome");
        if (NextOf(Stage) != to)
            throw new DomainRuleException($"个案不能从“{StageNames.Of(Stage)}”直接进入“{StageNames.Of(to)}”", "to");
        var missing = MissingFor(to, facts);
        if (missing is not null)
            throw new DomainRuleException(missing, "to");
        if (to == CaseStage.PlanReview)
            ReviewStartedAt = now;
        if (Stage == CaseStage.PlanReview)
            ReviewStartedAt = null;
        Transition(to, by, reason, now);
    }

    /// <summary>What is still missing before the case may enter <paramref name="to"/>; null when nothing is.</summary>
    public string? MissingFor(CaseStage to, StageFacts facts) => to switch
    {
        CaseStage.NeedsAssessment when Intake is null => "请先完成职业信息搜集（6.1.1）",
        CaseStage.NeedsAssessment when Intake.Difficulties == Difficulties.None && string.IsNullOrWhiteSpace(Intake.DifficultyNote)
            => "请记录劳动者的求职困惑（6.1.1）",
        CaseStage.Guidance when NeededServices == ServiceItems.None => "请先确定所需的指导和服务（6.1.2）",
        CaseStage.Guidance when !_goals.Exists(g => g.Status is GoalStatus.Confirmed or GoalStatus.Achieved)
            => "指导目标须经劳动者确认（6.1.2）",
        CaseStage.Planning when Stage == CaseStage.Guidance && facts.GuidanceRecords == 0 => "请先记录至少一次指导服务（6.1.3）",
        CaseStage.Planning when Stage == CaseStage.PlanReview && string.IsNullOrWhiteSpace(ReviewAnalysis)
            => "请先与劳动者共同分析计划未实现的原因（6.1.6）",
        CaseStage.Planning when Stage == CaseStage.PlanReview && facts.GuidanceRecordsSinceReview == 0
            => "请先记录再次指导（6.1.6）",
        CaseStage.FollowUp when !facts.HasActivePlan => "就业计划须经劳动者同意生效后才能进入跟进（6.1.4）",
        _ => null,
    };

    /// <summary>6.1.6: the plan ran out and the worker is not employed; the system opens the review itself.</summary>
    public void OpenPlanReview(Actor by, string reason, DateTimeOffset now)
    {
        if (Stage != CaseStage.FollowUp)
            return;
        ReviewStartedAt = now;
        ReviewAnalysis = null;
        Transition(CaseStage.PlanReview, by, reason, now);
    }

    public void RecordReviewAnalysis(string analysis, DateTimeOffset now)
    {
        if (Stage != CaseStage.PlanReview)
            throw new DomainRuleException("个案不在计划评估阶段", nameof(Stage));
        ReviewAnalysis = string.IsNullOrWhiteSpace(analysis) ? throw new DomainRuleException("请填写问题分析", nameof(ReviewAnalysis)) : analysis;
        Touch(now);
    }

    public void Close(CaseOutcome outcome, ServedAs worker, Actor by, string reason, DateTimeOffset now)
    {
        EnsureOpen();
        outcome.Validate();
        Outcome = outcome;
        ClosedWith = outcome.Kind;
        ClosedWorkerGroups = worker.Groups;
        StageBeforeClose = Stage;
        ClosedAt = now;
        Transition(CaseStage.Closed, by, reason, now);
    }

    public void Reopen(Actor by, string reason, DateTimeOffset now)
    {
        if (!IsClosed)
            throw new DomainRuleException("个案未结案", nameof(Stage));
        var back = StageBeforeClose ?? CaseStage.Guidance;
        // A plan that ended with the case is no longer running, so follow-up resumes as a review of it.
        if (back == CaseStage.FollowUp)
            back = CaseStage.PlanReview;
        if (back == CaseStage.PlanReview)
            ReviewStartedAt = now;
        Outcome = null;
        ClosedWith = null;
        ClosedWorkerGroups = SpecialGroups.None;
        ClosedAt = null;
        StageBeforeClose = null;
        Transition(back, by, reason, now);
    }

    private void Transition(CaseStage to, Actor by, string reason, DateTimeOffset now)
    {
        _transitions.Add(new StageTransition(Stage, to, now, by.UserId, by.Name, Require(reason)));
        Stage = to;
        Touch(now);
    }
}

public static class StageNames
{
    public static string Of(CaseStage stage) => stage switch
    {
        CaseStage.Intake => "职业信息搜集",
        CaseStage.NeedsAssessment => "需求分析",
        CaseStage.Guidance => "指导服务",
        CaseStage.Planning => "就业计划",
        CaseStage.FollowUp => "跟进",
        CaseStage.PlanReview => "计划评估",
        CaseStage.Closed => "已结案",
        _ => stage.ToString(),
    };
}
