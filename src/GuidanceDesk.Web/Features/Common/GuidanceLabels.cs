using GuidanceDesk.Web.Domain;

namespace GuidanceDesk.Web.Features.Common;

/// <summary>Chinese labels (resource keys) of the guidance enums; English comes from the resources like every other text.</summary>
public static class GuidanceLabels
{
    public static string Of(ServiceItems i) => i switch
    {
        ServiceItems.PolicyConsultation => "政策咨询（5.1a）",
        ServiceItems.CareerGuidance => "职业指导（5.1b）",
        ServiceItems.CareerAssessment => "职业测评（5.1c）",
        ServiceItems.TrainingGuidance => "培训指导（5.1d）",
        ServiceItems.SpecialGroupGuidance => "特定群体指导（5.1e）",
        ServiceItems.EmployerPolicyConsultation => "用人单位政策咨询（5.2a）",
        ServiceItems.RecruitmentGuidance => "招聘指导（5.2b）",
        _ => i.ToString(),
    };

    public static string Of(BookingSource s) => s switch
    {
        BookingSource.Portal => "网上预约",
        BookingSource.Phone => "电话预约",
        BookingSource.CaseReferral => "转介面谈",
        _ => "现场登记",
    };

    public static string Of(AppointmentStatus s) => s switch
    {
        AppointmentStatus.Booked => "已预约",
        AppointmentStatus.Attended => "已到访",
        AppointmentStatus.NoShow => "爽约",
        _ => "已取消",
    };

    public static string Of(CaseStage s) => StageNames.Of(s);

    public static string Of(ServiceKind k) => Cases.CaseTimeline.KindName(k);

    public static string Of(Difficulties d) => d switch
    {
        Difficulties.UnclearDirection => "职业方向不明确",
        Difficulties.LackOfSkills => "技能不足",
        Difficulties.LackOfInformation => "缺乏岗位信息",
        Difficulties.JobSearchMethods => "求职方法欠缺",
        Difficulties.Confidence => "信心不足、心理压力",
        Difficulties.AgeOrHealth => "年龄、健康限制",
        Difficulties.FamilyConstraints => "家庭照料等限制",
        Difficulties.PayExpectations => "薪酬期望与市场不符",
        _ => "其他",
    };

    public static string Of(GoalStatus s) => s switch
    {
        GoalStatus.Proposed => "待劳动者确认",
        GoalStatus.Confirmed => "已确认",
        GoalStatus.Achieved => "已实现",
        _ => "已放弃",
    };

    public static string Of(OutcomeKind k) => k switch
    {
        OutcomeKind.Employed => "已就业",
        OutcomeKind.Training => "参加培训",
        OutcomeKind.SelfEmployed => "自主创业/灵活就业",
        OutcomeKind.LostContact => "失去联系",
        _ => "其他",
    };

    public static string Of(PlanStatus s) => s switch
    {
        PlanStatus.Draft => "草案（待劳动者同意）",
        PlanStatus.Active => "执行中",
        PlanStatus.Expired => "已到期",
        PlanStatus.Completed => "已完成",
        _ => "已撤回",
    };

    public static string Of(ActionKind k) => k switch
    {
        ActionKind.JobSearch => "求职活动",
        ActionKind.Training => "参加培训",
        ActionKind.Placement => "职业介绍服务",
        ActionKind.Assessment => "职业测评",
        _ => "其他",
    };

    public static string Of(ActionStatus s) => s switch
    {
        ActionStatus.Done => "已完成",
        ActionStatus.Dropped => "已放弃",
        _ => "待办",
    };

    public static string Of(FollowUpStatus s) => s switch
    {
        FollowUpStatus.Scheduled => "待跟进",
        FollowUpStatus.Done => "已跟进",
        _ => "已取消",
    };

    public static string Of(EmploymentForm f) => f switch
    {
        EmploymentForm.Employee => "单位就业",
        EmploymentForm.SelfEmployed => "自主创业",
        EmploymentForm.Flexible => "灵活就业",
        _ => "公益性岗位",
    };

    public static string Of(UnemploymentReason r) => r switch
    {
        UnemploymentReason.ContractEnded => "劳动合同终止",
        UnemploymentReason.Dismissed => "被解除劳动合同",
        UnemploymentReason.Resigned => "本人辞职",
        UnemploymentReason.GraduateUnplaced => "毕业未就业",
        UnemploymentReason.BusinessClosed => "个体经营停业",
        UnemploymentReason.LandLost => "承包土地被征用",
        UnemploymentReason.ReleasedOrDemobilised => "退出现役等",
        _ => "其他",
    };

    public static string Of(AssistanceMeasure m) => m switch
    {
        AssistanceMeasure.PublicWelfarePost => "公益性岗位安置",
        AssistanceMeasure.SocialInsuranceSubsidy => "社会保险补贴",
        AssistanceMeasure.PostSubsidy => "岗位补贴",
        AssistanceMeasure.FocusedPlacement => "重点推荐就业",
        AssistanceMeasure.TrainingSupport => "培训扶持",
        _ => "其他",
    };
}
