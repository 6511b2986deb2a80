namespace GuidanceDesk.Web.Domain;

/// <summary>Draft → Active → Completed (with the manager's evaluation) or Cancelled.</summary>
public enum ProjectStatus
{
    Draft = 1,     // 设计中
    Active = 2,    // 实施中
    Completed = 3, // 已完成（已考核评估）
    Cancelled = 4, // 已取消
}

/// <summary>What an indicator measures. The first four are counted by the system; a custom one is assessed at evaluation.</summary>
public enum IndicatorKind
{
    PeopleReached = 1,      // 服务人数
    ServicesGiven = 2,      // 服务人次
    EmploymentOutcomes = 3, // 实现就业人数
    Satisfaction = 4,       // 满意度
    Custom = 9,             // 自定义
}

/// <summary>The kinds of work a project schedules (4.6.1a: 指导项目的内容和安排).</summary>
public enum ScheduleKind
{
    GroupSession = 1,       // 团体指导
    IndividualGuidance = 2, // 个体指导
    Assessment = 3,         // 职业测评
    Training = 4,           // 培训
}

public enum ScheduleStatus { Planned = 1, Done = 2, Cancelled = 3 }

/// <summary>考核评估 rating.</summary>
public enum EvaluationRating
{
    Excellent = 1, // 优秀
    Good = 2,      // 良好
    Pass = 3,      // 合格
    Fail = 4,      // 不合格
}

/// <summary>
/// An objective's measurable indicator: what, how much, in which unit. <see cref="Achieved"/> is empty while the project
/// runs (progress is counted live) and frozen at evaluation, so that the evaluated figures never move afterwards.
/// </summary>
public sealed record ProjectIndicator(int Line, IndicatorKind Kind, string Name, decimal Target, string Unit, decimal? Achieved = null)
{
    public decimal? Percent(decimal? actual) => actual is { } a && Target > 0 ? Math.Round(a * 100m / Target, 1) : null;
}

/// <summary>One planned piece of work of the project: a group session, individual guidance, an assessment, a training.</summary>
public sealed record ScheduleItem(int Line, ScheduleKind Kind, string Title, DateOnly PlannedOn, ScheduleStatus Status, string? Note);

/// <summary>
/// The target group in structured form, used to suggest cases to link (the description in words goes beside it).
/// Every criterion given must hold; none given suggests nothing.
/// </summary>
public sealed record TargetCriteria(string? DistrictCode, SpecialGroups Groups, int? GraduationYear, int? MinUnemployedMonths)
{
    public static readonly TargetCriteria None = new(null, SpecialGroups.None, null, null);

    public bool IsEmpty => DistrictCode is null && Groups == SpecialGroups.None && GraduationYear is null && MinUnemployedMonths is null;
}

/// <summary>考核评估: the manager's judgement at the end, beside the indicator values frozen in the indicators.</summary>
public sealed record ProjectEvaluation(EvaluationRating Rating, string Conclusions, string? Improvements, string EvaluatedByUserId,
    string EvaluatedByName, DateTimeOffset EvaluatedAt);

public sealed record IndicatorTerms(IndicatorKind Kind, string? Name, decimal Target, string? Unit);

public sealed record ScheduleTerms(ScheduleKind Kind, string Title, DateOnly PlannedOn, ScheduleStatus Status, string? Note);

/// <summary>Everything a manager designs (4.6.1a), as one value: the form and the API both produce it.</summary>
public sealed record ProjectDesign(
    string Title,
    string? NeedsAnalysis,
    string? TargetGroup,
    TargetCriteria Criteria,
    string? Objectives,
    IReadOnlyList<IndicatorTerms> Indicators,
    IReadOnlyList<ScheduleTerms> Schedule,
    long? LeadStaffId,
    IReadOnlyList<long> MemberStaffIds,
    string? BudgetNotes,
    DateOnly PeriodStart,
    DateOnly PeriodEnd);
