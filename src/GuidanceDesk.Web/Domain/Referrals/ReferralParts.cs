namespace GuidanceDesk.Web.Domain;

/// <summary>Why the relationship ends (8.1.1).</summary>
public enum ReferralReason
{
    Hindered = 1,        // 指导过程受阻
    BeyondGuidance = 2,  // 问题超出职业指导范围
    CannotComplete = 3,  // 本人无法完成指导
}

/// <summary>Who receives the case: another counselor (same or other unit) or an outside agency.</summary>
public enum ReferralTarget { Counselor = 1, Agency = 2 }

public enum ReferralUrgency { Routine = 1, Soon = 2, Urgent = 3 }

public enum ReferralStatus
{
    Draft = 1,            // 填写中，待劳动者同意
    Sent = 2,             // 已转出，待接收
    Accepted = 3,         // 已接收
    Declined = 4,         // 已拒绝
    InterviewBooked = 5,  // 已预约面谈
    Completed = 6,        // 已完成
    Cancelled = 7,        // 已撤回（含劳动者撤回同意）
}

/// <summary>
/// 个案转介表 (8.1.3): what the receiver needs to take the case on. Each part is required before the referral is sent;
/// a draft may be saved half filled.
/// </summary>
public sealed record ReferralForm(
    string? WorkerSituation,   // 劳动者基本情况
    string? GuidanceSoFar,     // 已开展的指导服务
    string? ReasonDetail,      // 转介原因说明
    string? Request,           // 希望接收方提供的帮助
    ReferralUrgency Urgency,
    string? RiskNote,          // 需要注意的风险（可空）
    string? ExplanationToWorker) // 向劳动者说明的方式和劳动者的意见 (8.1.2)
{
    public const int MaxLength = 2000;

    /// <summary>The first part still empty, as (field, message); null when the form can go.</summary>
    public (string Field, string Message)? Missing() =>
        Blank(WorkerSituation) ? (nameof(WorkerSituation), "请填写劳动者基本情况")
        : Blank(GuidanceSoFar) ? (nameof(GuidanceSoFar), "请填写已开展的指导服务")
        : Blank(ReasonDetail) ? (nameof(ReasonDetail), "请说明转介原因")
        : Blank(Request) ? (nameof(Request), "请填写希望接收方提供的帮助")
        : Blank(ExplanationToWorker) ? (nameof(ExplanationToWorker), "请记录向劳动者说明转介原因的情况（8.1.2）")
        : null;

    private static bool Blank(string? s) => string.IsNullOrWhiteSpace(s);
}

public enum ReferralEventKind
{
    Created = 1, FormUpdated = 2, ConsentRecorded = 3, Sent = 4, Accepted = 5, Declined = 6, AgencyReplied = 7,
    InterviewBooked = 8, Completed = 9, Cancelled = 10, ConsentWithdrawn = 11,
}

/// <summary>One step of the referral's chain, as the case shows it (sent, consented, accepted/declined, booked, outcome).</summary>
public sealed record ReferralEvent(ReferralEventKind Kind, DateTimeOffset At, string ByName, string? Note);
