namespace GuidanceDesk.Web.Domain;

public sealed partial class GuidanceCase
{
    public const int MaxGoals = 10;

    public GuidanceGoal AddGoal(string text, DateOnly? targetDate, DateTimeOffset now)
    {
        EnsureOpen();
        EnsureAtLeast(CaseStage.NeedsAssessment, "需求分析");
        if (string.IsNullOrWhiteSpace(text))
            throw new DomainRuleException("请填写目标内容", nameof(GuidanceGoal.Text));
        if (_goals.Count(g => g.Status != GoalStatus.Dropped) >= MaxGoals)
            throw new DomainRuleException($"指导目标不超过{MaxGoals}项", nameof(GuidanceGoal.Text));
        var goal = new GuidanceGoal(_goals.Select(g => g.Line).DefaultIfEmpty(0).Max() + 1, text.Trim(), targetDate,
            GoalStatus.Proposed, null, null, null);
        _goals.Add(goal);
        Touch(now);
        return goal;
    }

    /// <summary>
    /// The worker confirms the proposed goals (6.1.2): in the portal (online) or in person, where staff record it.
    /// Returns the goals confirmed now.
    /// </summary>
    public IReadOnlyList<GuidanceGoal> ConfirmGoals(Channel channel, string confirmedBy, DateTimeOffset now)
    {
        EnsureOpen();
        var proposed = _goals.Where(g => g.Status == GoalStatus.Proposed).ToList();
        if (proposed.Count == 0)
            throw new DomainRuleException("没有待确认的指导目标", "goals");
        var confirmed = proposed.Select(g => g with
        {
            Status = GoalStatus.Confirmed, ConfirmedAt = now, ConfirmedChannel = channel, ConfirmedBy = confirmedBy,
        }).ToList();
        foreach (var (old, updated) in proposed.Zip(confirmed))
            _goals[_goals.IndexOf(old)] = updated;
        Touch(now);
        return confirmed;
    }

    public void SetGoalStatus(int line, GoalStatus status, DateTimeOffset now)
    {
        EnsureOpen();
        var index = _goals.FindIndex(g => g.Line == line);
        if (index < 0)
            throw new DomainRuleException("找不到该目标", "line");
        var goal = _goals[index];
        if (status == GoalStatus.Confirmed || (status == GoalStatus.Achieved && goal.Status != GoalStatus.Confirmed))
            throw new DomainRuleException("目标须由劳动者确认后才能标记为已实现", "status");
        _goals[index] = goal with { Status = status };
        Touch(now);
    }
}
