using GuidanceDesk.Web.Domain;

namespace GuidanceDesk.Web.Features.Risk;

public sealed record RiskAlertView(long Id, long ServiceUnitId, long WorkerId, string WorkerName, long? CaseId, RiskKind Kind,
    string Observed, bool ImmediateDanger, string RaisedByName, DateTimeOffset RaisedAt, RiskAlertStatus Status, int EscalationLevel,
    string? ResponsibleName, DateTimeOffset? NextEscalationAt, DateTimeOffset? AcknowledgedAt, string? AcknowledgedByName,
    DateTimeOffset? ClosedAt, string? ClosedByName, string? ClosingSummary, IReadOnlyList<RiskAction> Actions,
    IReadOnlyList<RiskNotice> Notices, int Version, RiskGuidance? Guidance, RiskAlertActions Can);

/// <summary>What the viewer may do now (the handlers check again).</summary>
public sealed record RiskAlertActions(bool Acknowledge, bool RecordAction, bool Close);

/// <summary>One line on a worklist or the alert list.</summary>
public sealed record RiskAlertLine(long Id, long WorkerId, string WorkerName, long? CaseId, RiskKind Kind, bool ImmediateDanger,
    RiskAlertStatus Status, DateTimeOffset RaisedAt, string RaisedByName, int EscalationLevel, string? ResponsibleName);

/// <summary>
/// What the one who raised a self-harm alert sees at once (8.2.1): the crisis hotline and the immediate steps. Shown for
/// harm to others too, with its own steps (8.2.2).
/// </summary>
public sealed record RiskGuidance(string Hotline, IReadOnlyList<string> Steps);

public sealed record DutyRosterView(long ServiceUnitId, bool IsConfigured, IReadOnlyList<DutyMemberView> Members, int EscalationMinutes,
    string CrisisHotline, int Version);

public sealed record DutyMemberView(long StaffMemberId, string Name, RiskDuty Duty, bool HasAccount);

public static class RiskLabels
{
    public static string Of(RiskKind k) => k == RiskKind.SelfHarm ? "自伤、自杀风险（8.2.1）" : "危害他人或财产（8.2.2）";

    public static string Brief(RiskKind k) => k == RiskKind.SelfHarm ? "自伤自杀风险" : "危害他人风险";

    public static string Of(RiskAlertStatus s) => s switch
    {
        RiskAlertStatus.Open => "待确认",
        RiskAlertStatus.Acknowledged => "处置中",
        RiskAlertStatus.Closed => "已关闭",
        _ => s.ToString(),
    };

    public static string Of(RiskContactKind k) => k switch
    {
        RiskContactKind.Family => "家属",
        RiskContactKind.Police => "公安机关（110）",
        RiskContactKind.Medical => "医疗急救（120）或医疗机构",
        RiskContactKind.PsychologicalService => "心理援助机构",
        RiskContactKind.CrisisHotline => "心理援助热线",
        _ => "其他",
    };

    public static string Of(RiskDuty d) => d switch
    {
        RiskDuty.CrisisContact => "危机联络人",
        RiskDuty.Manager => "专业管理人员",
        RiskDuty.Head => "负责人",
        _ => "其他值守人员",
    };

    /// <summary>The immediate steps, in order; the same for everyone, reviewed with the unit's crisis contact.</summary>
    public static IReadOnlyList<string> Steps(RiskKind k) => k == RiskKind.SelfHarm
        ? [
            "如有即时危险，立即拨打 120 急救电话或 110 报警电话。",
            "不要让劳动者独处，陪伴在旁，保持冷静、耐心倾听，不评判、不争辩。",
            "移开身边可能用于伤害自己的物品。",
            "直接、温和地询问是否有伤害自己的想法或计划，认真对待每一个回答。",
            "联系劳动者的家属或其信任的人，告知情况并请其到场。",
            "向劳动者提供心理援助热线，必要时陪同其拨打或转介心理援助机构。",
            "在本预警中记录联系了谁、何时联系、结果如何。",
        ]
        : [
            "如有即时危险，先确保自身和他人安全，立即拨打 110 报警电话。",
            "保持距离和冷静，不激化矛盾，疏散周围人员。",
            "通知本单位负责人和安保人员。",
            "联系劳动者的家属，告知情况。",
            "在本预警中记录联系了谁、何时联系、结果如何。",
        ];
}
