using GuidanceDesk.Web.Domain;

namespace GuidanceDesk.Web.Features.Privacy;

/// <summary>What the privacy pages call things (Chinese; the resources translate).</summary>
public static class PrivacyLabels
{
    public static string Of(DataRequestKind k) => k == DataRequestKind.Correction ? "更正" : "删除";

    public static string Of(DataRequestStatus s) => s switch
    {
        DataRequestStatus.Submitted => "待受理", DataRequestStatus.Accepted => "已受理", DataRequestStatus.Rejected => "不予受理", _ => "已办结",
    };

    public static string Of(CorrectionField f) => f switch
    {
        CorrectionField.Name => "姓名", CorrectionField.Phone => "联系电话", CorrectionField.ResidenceAddress => "居住地址",
        CorrectionField.Education => "文化程度", CorrectionField.EmploymentStatus => "就业状态", CorrectionField.IdNumber => "身份证号码",
        _ => "其他信息",
    };

    public static string Of(DataRequestEventKind k) => k switch
    {
        DataRequestEventKind.Submitted => "提交", DataRequestEventKind.Accepted => "受理", DataRequestEventKind.Rejected => "不予受理",
        DataRequestEventKind.Waiting => "等待保管期满", _ => "办结",
    };

    /// <summary>The status as the worker reads it: an accepted deletion that waits says until when.</summary>
    public static string StatusFor(DataRequestStatus s, DataRequestKind k, DateOnly? erasableOn) =>
        s == DataRequestStatus.Accepted && k == DataRequestKind.Deletion ? (erasableOn is null ? "已受理，待个案结束后删除" : "已受理，保管期满后删除") : Of(s);

    /// <summary>What part of the record an access touched, in the worker's words.</summary>
    public static string OfEntity(string entityType) => entityType switch
    {
        "Worker" => "登记信息", "GuidanceCase" => "个案", "CaseArchive" => "档案", "ArchiveItem" => "档案资料", "Appointment" => "预约",
        "GuidanceRecord" => "指导服务记录", "AssessmentPlan" => "测评方案", "Assessment" => "测评", "CareerTendencyReport" => "测评报告",
        "CaseReferral" => "个案转介", "Placement" => "职业介绍", "Complaint" => "投诉", RequestHandlers.EntityType => "个人信息请求",
        "RiskAlert" => "风险预警", _ => entityType,
    };
}
