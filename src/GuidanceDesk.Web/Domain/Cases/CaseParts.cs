namespace GuidanceDesk.Web.Domain;

/// <summary>The stages of 6.1, in order. <see cref="PlanReview"/> (6.1.6) is entered only from follow-up.</summary>
public enum CaseStage
{
    Intake = 1,          // 6.1.1 职业信息搜集
    NeedsAssessment = 2, // 6.1.2 需求分析、确认目标
    Guidance = 3,        // 6.1.3 指导与服务
    Planning = 4,        // 6.1.4 制定就业计划
    FollowUp = 5,        // 6.1.5 跟进
    PlanReview = 6,      // 6.1.6 计划评估与调整
    Closed = 9,
}

/// <summary>求职困惑 the intake records (6.1.1); several may apply.</summary>
[Flags]
public enum Difficulties
{
    None = 0,
    UnclearDirection = 1,     // 职业方向不明确
    LackOfSkills = 2,         // 技能不足
    LackOfInformation = 4,    // 缺乏岗位信息
    JobSearchMethods = 8,     // 求职方法欠缺
    Confidence = 16,          // 信心不足、心理压力
    AgeOrHealth = 32,         // 年龄、健康限制
    FamilyConstraints = 64,   // 家庭照料等限制
    PayExpectations = 128,    // 薪酬期望与市场不符
    Other = 256,
}

/// <summary>6.1.1: what the counselor learns at intake, beside the worker's registered profile.</summary>
public sealed record IntakeNotes(string Situation, string? Experience, string? Intentions, Difficulties Difficulties, string? DifficultyNote);

/// <summary>A reason is kept for every stage change .</summary>
public sealed record StageTransition(CaseStage? From, CaseStage To, DateTimeOffset At, string ByUserId, string ByName, string Reason);

public enum GoalStatus { Proposed = 1, Confirmed = 2, Achieved = 3, Dropped = 4 }

/// <summary>A guidance goal (6.1.2); it counts only once the worker has confirmed it.</summary>
public sealed record GuidanceGoal(int Line, string Text, DateOnly? TargetDate, GoalStatus Status,
    DateTimeOffset? ConfirmedAt, Channel? ConfirmedChannel, string? ConfirmedBy);

public enum OutcomeKind { Employed = 1, Training = 2, SelfEmployed = 3, Other = 4, LostContact = 5 }

/// <summary>How a case ended. An employment outcome names employer, occupation, start date and pay.</summary>
public sealed record CaseOutcome(OutcomeKind Kind, string? EmployerName, long? EmployerId, string? OccupationCode,
    DateOnly? StartedOn, int? MonthlyPay, string? Note)
{
    public void Validate()
    {
        if (Kind != OutcomeKind.Employed)
            return;
        if (string.IsNullOrWhiteSpace(EmployerName))
            throw new DomainRuleException("就业结案须填写用人单位", nameof(EmployerName));
        if (string.IsNullOrWhiteSpace(OccupationCode))
            throw new DomainRuleException("就业结案须填写职业", nameof(OccupationCode));
        if (StartedOn is null)
            throw new DomainRuleException("就业结案须填写入职日期", nameof(StartedOn));
        if (MonthlyPay is null or <= 0)
            throw new DomainRuleException("就业结案须填写月工资", nameof(MonthlyPay));
    }
}

/// <summary>Who was assigned and why (7.1.3); an override of 4.6.1 carries the manager's reason.</summary>
public sealed record CounselorAssignment(long CounselorId, DateTimeOffset At, string ByUserId, string Reason, bool IsOverride);

/// <summary>A preventive-guidance item (7.1.8) worked through with the worker.</summary>
public sealed record ChecklistEntry(string ItemCode, DateOnly DoneOn, long? ByStaffId, string? Note);
