using GuidanceDesk.Web.Domain;

namespace GuidanceDesk.Web.Features.Referrals;

/// <summary>A case referral as its people see it: the chain of steps, the deadlines and what the viewer may do next.</summary>
public sealed record ReferralView(long Id, long CaseId, long WorkerId, string WorkerName, ReferralStatus Status, ReferralReason Reason,
    ReferralTarget Target, string SenderName, long? SenderStaffId, string SenderUnitName, long? ReceiverStaffId, string? ReceiverName,
    string? ReceiverUnitName, long? AgencyId, string? AgencyName, string? AgencyContact, ReferralForm Form, DateTimeOffset? ConsentAt,
    Channel? ConsentChannel, DateTimeOffset CreatedAt, DateTimeOffset? SentAt, DateOnly? AnswerDueOn, bool AnswerOverdue,
    DateTimeOffset? AnsweredAt, string? AnsweredByName, string? AnswerNote, DateOnly? InterviewDueOn, bool InterviewOverdue,
    DateTimeOffset? InterviewAt, long? AppointmentId, string? Outcome, DateTimeOffset? ClosedAt, int HandedOverRecords,
    IReadOnlyList<ReferralEvent> Events, int Version, ReferralActions Can);

/// <summary>The steps open to the viewer now (the handlers check the same rules again).</summary>
public sealed record ReferralActions(bool EditForm, bool RecordConsent, bool Send, bool Answer, bool AgencyReply, bool BookInterview,
    bool Complete, bool Cancel, bool WithdrawConsent);

/// <summary>One line of a referral list or worklist section.</summary>
public sealed record ReferralLine(long Id, long CaseId, long WorkerId, string WorkerName, ReferralStatus Status, ReferralTarget Target,
    string SenderName, string? ReceiverName, string? AgencyName, ReferralUrgency Urgency, DateTimeOffset CreatedAt,
    DateOnly? DueOn, bool Overdue, string Detail, bool Incoming);

/// <summary>An outside agency of the registry.</summary>
public sealed record AgencyView(long Id, string Name, AgencyKind Kind, string? DistrictCode, string? Address, string? ContactPerson,
    string? Phone, string? Email, string? OpeningHours, string Services, bool IsActive, int Version);

public static class ReferralLabels
{
    public static string Of(ReferralStatus s) => s switch
    {
        ReferralStatus.Draft => "待发出",
        ReferralStatus.Sent => "待接收",
        ReferralStatus.Accepted => "已接收",
        ReferralStatus.Declined => "已拒绝",
        ReferralStatus.InterviewBooked => "已预约面谈",
        ReferralStatus.Completed => "已完成",
        ReferralStatus.Cancelled => "已终止",
        _ => s.ToString(),
    };

    public static string Of(ReferralReason r) => r switch
    {
        ReferralReason.Hindered => "指导过程受阻",
        ReferralReason.BeyondGuidance => "问题超出职业指导范围",
        ReferralReason.CannotComplete => "本人无法完成指导",
        _ => r.ToString(),
    };

    public static string Of(ReferralTarget t) => t == ReferralTarget.Agency ? "外部机构" : "职业指导人员";

    public static string Of(ReferralUrgency u) => u switch
    {
        ReferralUrgency.Urgent => "紧急", ReferralUrgency.Soon => "较急", _ => "一般",
    };

    public static string Of(ReferralEventKind k) => k switch
    {
        ReferralEventKind.Created => "填写转介表",
        ReferralEventKind.FormUpdated => "修改转介表",
        ReferralEventKind.ConsentRecorded => "劳动者同意转介",
        ReferralEventKind.Sent => "发出转介",
        ReferralEventKind.Accepted => "接收",
        ReferralEventKind.Declined => "拒绝",
        ReferralEventKind.AgencyReplied => "记录机构答复",
        ReferralEventKind.InterviewBooked => "预约面谈",
        ReferralEventKind.Completed => "记录转介结果",
        ReferralEventKind.Cancelled => "撤回转介",
        ReferralEventKind.ConsentWithdrawn => "劳动者撤回同意",
        _ => k.ToString(),
    };

    public static string Of(AgencyKind k) => k switch
    {
        AgencyKind.PsychologicalService => "心理援助",
        AgencyKind.LegalAid => "法律援助",
        AgencyKind.DisabilityFederation => "残疾人联合会",
        AgencyKind.SocialAssistance => "社会救助",
        AgencyKind.Medical => "医疗机构",
        AgencyKind.TradeUnion => "工会、妇联等群团组织",
        _ => "其他",
    };
}
