using GuidanceDesk.Web.Domain;

namespace GuidanceDesk.Web.Features.Assessments;

/// <summary>Chinese labels of the assessment area's states (the English UI translates them through the resources).</summary>
public static class AssessmentNames
{
    public static string Of(AssessmentPlanStatus s) => s switch
    {
        AssessmentPlanStatus.Proposed => "待劳动者确认", AssessmentPlanStatus.Agreed => "测评中", AssessmentPlanStatus.Completed => "测评完成",
        AssessmentPlanStatus.Cancelled => "已取消", _ => "",
    };

    public static string Of(AssessmentStatus s) => s switch
    {
        AssessmentStatus.NotStarted => "未开始", AssessmentStatus.InProgress => "作答中", AssessmentStatus.Completed => "已完成",
        AssessmentStatus.Voided => "已作废", _ => "",
    };

    public static string Of(ReportStatus s) => s == ReportStatus.Issued ? "已出具" : "草稿";

    public static string Of(InstrumentKind k) => ReportTexts.KindTitle(k);

    /// <summary>What the counselor should do next with a plan.</summary>
    public static string Todo(PlanListItem p) => p.Status switch
    {
        AssessmentPlanStatus.Proposed => "请劳动者确认方案",
        AssessmentPlanStatus.Agreed => "等待劳动者完成测评",
        AssessmentPlanStatus.Cancelled => "—",
        _ => p.ReportId is null ? "撰写报告" : p.ReportStatus == ReportStatus.Draft ? "完成并出具报告" : p.FedBack ? "—" : "向劳动者反馈报告",
    };
}
