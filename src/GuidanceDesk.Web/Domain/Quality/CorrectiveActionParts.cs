namespace GuidanceDesk.Web.Domain;

public enum CorrectiveActionKind
{
    Corrective = 1, // 纠正措施：消除已发生问题的原因
    Preventive = 2, // 预防措施：消除潜在问题的原因
}

/// <summary>Where the action comes from (9.1.3; 9.2 findings feed it too).</summary>
public enum CorrectiveActionSource
{
    Complaint = 1,          // 投诉
    AuditFinding = 2,       // 内部审核或外部监督发现
    SatisfactionDriver = 3, // 满意度测评的薄弱项
    ConformanceRow = 4,     // 自我评价中不符合的条款
    ThirdPartyFinding = 5,  // 第三方评价发现
    Other = 6,              // 其他
}

public enum CorrectiveActionStatus
{
    Open = 1,        // 已提出
    InProgress = 2,  // 实施中
    Implemented = 3, // 已实施，待验证
    Verified = 4,    // 已验证有效
    Closed = 5,      // 已关闭
}

public enum CorrectiveActionEventKind
{
    Raised = 1, Planned = 2, Reassigned = 3, Implemented = 4, VerifiedEffective = 5, VerifiedNotEffective = 6, Closed = 7,
    OverdueToOwner = 8, OverdueToHead = 9,
}

public sealed record CorrectiveActionEvent(CorrectiveActionEventKind Kind, DateTimeOffset At, string ByName, string? Note);

/// <summary>The staff member who answers for the action.</summary>
public sealed record ActionOwner(long StaffId, string Name);
