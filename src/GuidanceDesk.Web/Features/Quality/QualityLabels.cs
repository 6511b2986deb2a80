using GuidanceDesk.Web.Domain;

namespace GuidanceDesk.Web.Features.Quality;

/// <summary>Chinese labels (the resource keys) of audits and corrective actions.</summary>
public static class QualityLabels
{
    public static string Of(AuditKind k) => k == AuditKind.Internal ? "内部审核" : "外部监督";

    public static string Of(AuditStatus s) => s switch
    {
        AuditStatus.Planned => "计划中",
        AuditStatus.InProgress => "进行中",
        _ => "已完成",
    };

    public static string Of(FindingSeverity s) => s switch
    {
        FindingSeverity.MajorNonconformity => "严重不符合",
        FindingSeverity.MinorNonconformity => "一般不符合",
        _ => "观察项",
    };

    public static string Of(CorrectiveActionKind k) => k == CorrectiveActionKind.Corrective ? "纠正措施" : "预防措施";

    public static string Of(CorrectiveActionSource s) => s switch
    {
        CorrectiveActionSource.Complaint => "投诉",
        CorrectiveActionSource.AuditFinding => "审核发现",
        CorrectiveActionSource.SatisfactionDriver => "满意度测评",
        CorrectiveActionSource.ConformanceRow => "自我评价",
        CorrectiveActionSource.ThirdPartyFinding => "第三方评价",
        _ => "其他",
    };

    public static string Of(CorrectiveActionStatus s) => s switch
    {
        CorrectiveActionStatus.Open => "待分析",
        CorrectiveActionStatus.InProgress => "实施中",
        CorrectiveActionStatus.Implemented => "待验证",
        CorrectiveActionStatus.Verified => "已验证有效",
        _ => "已关闭",
    };

    public static string Of(CorrectiveActionEventKind k) => k switch
    {
        CorrectiveActionEventKind.Raised => "提出",
        CorrectiveActionEventKind.Planned => "原因分析和措施计划",
        CorrectiveActionEventKind.Reassigned => "调整责任人或期限",
        CorrectiveActionEventKind.Implemented => "实施完成",
        CorrectiveActionEventKind.VerifiedEffective => "验证有效",
        CorrectiveActionEventKind.VerifiedNotEffective => "验证无效，退回",
        CorrectiveActionEventKind.Closed => "关闭",
        CorrectiveActionEventKind.OverdueToOwner => "逾期提醒责任人",
        _ => "逾期报告负责人",
    };

    /// <summary>Where the action's source record is shown, when it is one of ours.</summary>
    public static string? SourceLink(CorrectiveActionSource source, string sourceRef) => source switch
    {
        CorrectiveActionSource.Complaint => "/Complaints/Details?id=" + sourceRef,
        CorrectiveActionSource.AuditFinding when sourceRef.Split('#') is [var audit, _] => "/Quality/Audit?id=" + audit,
        CorrectiveActionSource.ThirdPartyFinding when sourceRef.Split('#') is [var evaluation, _] => "/Evaluation/Details/" + evaluation,
        CorrectiveActionSource.ConformanceRow when SourceRefs.ParsePeriod(sourceRef) is { } p =>
            $"/Quality/Conformance/Row?key={Uri.EscapeDataString(p.Key)}&unit={p.Unit}&from={p.From:yyyy-MM-dd}&to={p.To:yyyy-MM-dd}",
        CorrectiveActionSource.SatisfactionDriver when SourceRefs.ParsePeriod(sourceRef) is { } p =>
            $"/Surveys?UnitId={p.Unit}&From={p.From:yyyy-MM-dd}&To={p.To:yyyy-MM-dd}",
        _ => null,
    };
}
