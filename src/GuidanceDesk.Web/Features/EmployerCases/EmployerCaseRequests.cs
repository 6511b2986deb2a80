using System.ComponentModel.DataAnnotations;
using GuidanceDesk.Web.Domain;
using GuidanceDesk.Web.Infrastructure;

namespace GuidanceDesk.Web.Features.EmployerCases;

/// <summary>Opens an employer's case or changes its situation and needs (6.2.1).</summary>
public sealed class EmployerCaseForm
{
    [Required(ErrorMessage = "请选择用人单位")]
    public long? EmployerId { get; set; }

    [Required(ErrorMessage = "请填写单位基本情况"), StringLength(4000)]
    public string Situation { get; set; } = "";

    [Required(ErrorMessage = "请填写用人需求"), StringLength(4000)]
    public string Needs { get; set; } = "";

    public int? Version { get; set; }
}

public sealed class CloseEmployerCaseForm
{
    [Required(ErrorMessage = "请填写结案说明"), StringLength(1000)]
    public string Note { get; set; } = "";

    public int? Version { get; set; }
}

/// <summary>One piece of guidance to the employer (6.2.1–6.2.4). Date and time are Chongqing wall-clock time.</summary>
public sealed class EmployerRecordForm
{
    [Required(ErrorMessage = "请选择指导类型")]
    public EmployerGuidanceKind? Kind { get; set; }

    public long? VacancyId { get; set; }

    [Required(ErrorMessage = "请填写服务日期")]
    public DateOnly? Date { get; set; }

    [Required(ErrorMessage = "请填写开始时间")]
    public TimeOnly? Time { get; set; }

    public Channel Channel { get; set; } = Channel.Offline;

    public List<ServiceItems> ServiceItems { get; set; } = [];

    [Required(ErrorMessage = "请填写分析和服务内容"), StringLength(4000)]
    public string Content { get; set; } = "";

    [Required(ErrorMessage = "请填写给单位的建议"), StringLength(4000)]
    public string Advice { get; set; } = "";

    public List<RecruitmentServices> RecommendedServices { get; set; } = [];

    public AdjustmentOutcome? Outcome { get; set; }

    [StringLength(2000)]
    public string? AgreedChanges { get; set; }

    public int? Version { get; set; }

    public EmployerGuidanceDetails ToDetails() => new(Kind!.Value, VacancyId, AgencyClock.At(Date!.Value, Time!.Value), Channel,
        ServiceItems.Aggregate(Domain.ServiceItems.None, (a, i) => a | i), Content, Advice,
        RecommendedServices.Aggregate(Domain.RecruitmentServices.None, (a, i) => a | i), Outcome, AgreedChanges);
}

public sealed record EmployerRecordView(long Id, EmployerGuidanceKind Kind, string KindLabel, long? VacancyId, string? VacancyTitle,
    DateTimeOffset OccurredAt, Channel Channel, IReadOnlyList<ServiceItems> ServiceItems, string Content, string Advice,
    IReadOnlyList<RecruitmentServices> RecommendedServices, string? Evidence, AdjustmentOutcome? Outcome, string? AgreedChanges,
    string CounselorName, int Version);

public sealed record EmployerCaseView(long Id, long ServiceUnitId, long EmployerId, string EmployerName, string? EmployerDistrict,
    long CounselorId, string CounselorName, EmployerCaseStatus Status, string Situation, string Needs, DateTimeOffset OpenedAt,
    DateTimeOffset? ClosedAt, string? ClosingNote, IReadOnlyList<EmployerRecordView> Records, int Version);

public sealed record EmployerCaseListItem(long Id, long EmployerId, string EmployerName, EmployerCaseStatus Status, DateTimeOffset OpenedAt,
    int Records, string CounselorName);

public static class EmployerGuidanceLabels
{
    public static string Of(EmployerGuidanceKind k) => k switch
    {
        EmployerGuidanceKind.VacancyAnalysis => "岗位供求分析（6.2.1）",
        EmployerGuidanceKind.RecruitmentServices => "推荐招聘服务和活动（6.2.2）",
        EmployerGuidanceKind.RequirementAdjustment => "岗位要求和条件调整（6.2.3）",
        _ => "人力资源管理建议（6.2.4）",
    };

    public static string Of(RecruitmentServices s) => s switch
    {
        RecruitmentServices.JobFair => "现场/专场招聘会", RecruitmentServices.TargetedReferral => "定向推荐",
        RecruitmentServices.OnlinePosting => "网络发布", RecruitmentServices.TrainingToHire => "以训代招（订单式培训）",
        RecruitmentServices.CampusRecruitment => "校园招聘", RecruitmentServices.LabourCooperation => "劳务协作",
        RecruitmentServices.Livestream => "直播带岗", _ => "",
    };

    public static string Of(AdjustmentOutcome? o) => o switch
    {
        AdjustmentOutcome.Agreed => "单位同意调整", AdjustmentOutcome.PartlyAgreed => "单位部分同意", AdjustmentOutcome.Declined => "单位暂不调整", _ => "",
    };
}
