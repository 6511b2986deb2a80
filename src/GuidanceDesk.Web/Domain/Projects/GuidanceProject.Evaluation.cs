namespace GuidanceDesk.Web.Domain;

public sealed partial class GuidanceProject
{
    /// <summary>
    /// 考核评估: the manager closes the project with a rating and conclusions. Each indicator's achieved value is frozen
    /// now — the counted ones from <paramref name="counted"/> (the live progress at this moment), custom and satisfaction
    /// ones from what the manager entered in <paramref name="entered"/> (by line; may stay empty when not measured).
    /// </summary>
    public void Complete(IReadOnlyDictionary<IndicatorKind, decimal?> counted, IReadOnlyDictionary<int, decimal?> entered,
        EvaluationRating rating, string conclusions, string? improvements, Actor by, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(counted);
        ArgumentNullException.ThrowIfNull(entered);
        ArgumentNullException.ThrowIfNull(by);
        if (Status != ProjectStatus.Active)
            throw new DomainRuleException(Status == ProjectStatus.Draft ? "项目尚未启动，不能考核评估" : "项目已结束", nameof(Status));
        if (!Enum.IsDefined(rating))
            throw new DomainRuleException("请选择评估等级", nameof(ProjectEvaluation.Rating));
        if (string.IsNullOrWhiteSpace(conclusions))
            throw new DomainRuleException("请填写评估结论", nameof(ProjectEvaluation.Conclusions));
        if (entered.Values.Any(v => v < 0))
            throw new DomainRuleException("达成值不能为负数", "achieved");
        _indicators = [.. _indicators.Select(i => i with { Achieved = AchievedOf(i, counted, entered) })];
        Evaluation = new ProjectEvaluation(rating, conclusions.Trim(), string.IsNullOrWhiteSpace(improvements) ? null : improvements.Trim(),
            by.UserId, by.Name, now);
        Status = ProjectStatus.Completed;
        ClosedAt = now;
    }

    /// <summary>Counted kinds take the system's figure; the manager's figure only where the system has none.</summary>
    private static decimal? AchievedOf(ProjectIndicator i, IReadOnlyDictionary<IndicatorKind, decimal?> counted,
        IReadOnlyDictionary<int, decimal?> entered)
    {
        var system = counted.GetValueOrDefault(i.Kind);
        return system ?? entered.GetValueOrDefault(i.Line);
    }
}
