using System.Globalization;
using GuidanceDesk.Web.Domain;
using GuidanceDesk.Web.Features.Cases;
using GuidanceDesk.Web.Infrastructure;

namespace GuidanceDesk.Web.Features.Portal;

/// <summary>
/// The portal speaks to the worker, not to staff: plain words without clause numbers, "you" instead of "the worker".
/// These are resource keys like every other label; the staff labels stay in GuidanceLabels.
/// </summary>
public static class PortalTexts
{
    /// <summary>The service items a worker can book (5.1 a–e), each with what it means in everyday words.</summary>
    public static readonly IReadOnlyList<(ServiceItems Item, string Name, string Explanation)> Purposes =
    [
        (ServiceItems.CareerGuidance, "职业指导", "帮您认识适合的职业，找准求职方向，学会找工作的方法"),
        (ServiceItems.PolicyConsultation, "政策咨询", "了解就业创业政策、社保，以及现在的招聘行情和工资水平"),
        (ServiceItems.CareerAssessment, "职业测评", "用专业测评了解自己的兴趣、特长和能力"),
        (ServiceItems.TrainingGuidance, "培训指导", "了解可以参加哪些技能培训，推荐正规的培训机构"),
        (ServiceItems.SpecialGroupGuidance, "特别帮扶", "高校毕业生、就业困难人员、农村转移劳动力等的专门帮助"),
    ];

    public static string Purpose(ServiceItems item) => Purposes.FirstOrDefault(p => p.Item == item).Name ?? Common.GuidanceLabels.Of(item);

    /// <summary>Where the worker is in the guidance (6.1), said as what happens now.</summary>
    public static string Stage(CaseStage s) => s switch
    {
        CaseStage.Intake => "了解您的情况",
        CaseStage.NeedsAssessment => "分析需求，商定目标",
        CaseStage.Guidance => "接受指导和服务",
        CaseStage.Planning => "制定就业计划",
        CaseStage.FollowUp => "按计划求职，定期跟进",
        CaseStage.PlanReview => "回顾计划，重新调整",
        _ => "服务已结束",
    };

    public static string Goal(GoalStatus s) => s switch
    {
        GoalStatus.Proposed => "待您确认",
        GoalStatus.Confirmed => "已确认",
        GoalStatus.Achieved => "已实现",
        _ => "已放弃",
    };

    public static string GoalBadge(GoalStatus s) => s switch
    {
        GoalStatus.Proposed => "badge warn",
        GoalStatus.Confirmed => "badge group",
        GoalStatus.Achieved => "badge ok",
        _ => "badge",
    };

    public static string Plan(PlanStatus s) => s switch
    {
        PlanStatus.Draft => "待您同意",
        PlanStatus.Active => "执行中",
        PlanStatus.Expired => "已到期",
        PlanStatus.Completed => "已完成",
        _ => "已撤回",
    };

    public static string Appointment(AppointmentStatus s) => s switch
    {
        AppointmentStatus.Booked => "已预约",
        AppointmentStatus.Attended => "已到场",
        AppointmentStatus.NoShow => "未到场",
        _ => "已取消",
    };

    public static string Action(ActionKind k) => k switch
    {
        ActionKind.JobSearch => "找工作",
        ActionKind.Training => "参加培训",
        ActionKind.Placement => "推荐岗位",
        ActionKind.Assessment => "职业测评",
        _ => "其他事项",
    };

    public static string Action(ActionStatus s) => s switch
    {
        ActionStatus.Done => "已完成",
        ActionStatus.Dropped => "不再进行",
        _ => "待完成",
    };

    public static string FollowUp(FollowUpStatus s) => s switch
    {
        FollowUpStatus.Done => "已跟进",
        FollowUpStatus.Cancelled => "已取消",
        _ => "待跟进",
    };

    public static string AppointmentBadge(AppointmentStatus s) => s switch
    {
        AppointmentStatus.Booked => "badge group",
        AppointmentStatus.Attended => "badge ok",
        AppointmentStatus.NoShow => "badge err",
        _ => "badge",
    };

    public static string ActionBadge(ActionStatus s) => s switch
    {
        ActionStatus.Done => "badge ok",
        ActionStatus.Dropped => "badge",
        _ => "badge warn",
    };

    /// <summary>The timeline entries that are services the worker received (not stage bookkeeping or bookings).</summary>
    public static string? Service(TimelineEntry e) => e.Kind switch
    {
        TimelineKind.Record => e.Title,
        TimelineKind.FollowUp => "职业指导人员跟进",
        TimelineKind.CheckIn => "您在线反馈了近况",
        TimelineKind.Plan => "就业计划开始执行",
        _ => null,
    };

    /// <summary>How the meeting happens, in the worker's words (the staff screens say 线上/线下).</summary>
    public static string Channel(Channel c) => c == Domain.Channel.Online ? "网上指导" : "到服务中心面谈";

    /// <summary>The answers a worker gives about their work now (the "unknown" status is not an answer).</summary>
    public static readonly IReadOnlyList<(EmploymentStatus Status, string Label)> Statuses =
    [
        (EmploymentStatus.Unemployed, "还在找工作"),
        (EmploymentStatus.Employed, "已经上班了"),
        (EmploymentStatus.Flexible, "打零工、灵活就业"),
        (EmploymentStatus.Student, "还在上学"),
    ];

    /// <summary>A check-in is always online and a plan has no meeting: only services given say how they were given.</summary>
    public static bool ShowsChannel(TimelineEntry e) => e.Kind is TimelineKind.Record or TimelineKind.FollowUp;

    public static string Weekday(DateOnly d) => d.DayOfWeek switch
    {
        DayOfWeek.Monday => "星期一",
        DayOfWeek.Tuesday => "星期二",
        DayOfWeek.Wednesday => "星期三",
        DayOfWeek.Thursday => "星期四",
        DayOfWeek.Friday => "星期五",
        DayOfWeek.Saturday => "星期六",
        _ => "星期日",
    };

    /// <summary>Time of day in Beijing time (HH:mm), for a slot or an appointment whose date is shown beside it.</summary>
    public static string Clock(DateTimeOffset t) => AgencyClock.ToLocal(t).ToString("HH:mm", CultureInfo.InvariantCulture);

    public static string Span(DateTimeOffset from, DateTimeOffset to) => Clock(from) + "–" + Clock(to);
}
