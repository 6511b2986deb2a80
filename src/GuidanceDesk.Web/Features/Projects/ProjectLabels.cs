using System.Globalization;
using GuidanceDesk.Web.Domain;

namespace GuidanceDesk.Web.Features.Projects;

/// <summary>The Chinese names of the project's enums (keys of the UI resources).</summary>
public static class ProjectLabels
{
    public static string Of(ProjectStatus s) => s switch
    {
        ProjectStatus.Draft => "设计中",
        ProjectStatus.Active => "实施中",
        ProjectStatus.Completed => "已完成",
        ProjectStatus.Cancelled => "已取消",
        _ => s.ToString(),
    };

    public static string Of(IndicatorKind k) => k switch
    {
        IndicatorKind.PeopleReached => "服务人数",
        IndicatorKind.ServicesGiven => "服务人次",
        IndicatorKind.EmploymentOutcomes => "实现就业人数",
        IndicatorKind.Satisfaction => "服务满意度",
        IndicatorKind.Custom => "自定义指标",
        _ => k.ToString(),
    };

    public static string Of(ScheduleKind k) => k switch
    {
        ScheduleKind.GroupSession => "团体指导",
        ScheduleKind.IndividualGuidance => "个体指导",
        ScheduleKind.Assessment => "职业测评",
        ScheduleKind.Training => "培训",
        _ => k.ToString(),
    };

    public static string Of(ScheduleStatus s) => s switch
    {
        ScheduleStatus.Planned => "计划中",
        ScheduleStatus.Done => "已完成",
        ScheduleStatus.Cancelled => "已取消",
        _ => s.ToString(),
    };

    public static string Of(EvaluationRating r) => r switch
    {
        EvaluationRating.Excellent => "优秀",
        EvaluationRating.Good => "良好",
        EvaluationRating.Pass => "合格",
        EvaluationRating.Fail => "不合格",
        _ => r.ToString(),
    };

    /// <summary>A figure as the page and the exports print it: no trailing zeros (12, 92.5).</summary>
    public static string Number(decimal? v) => v is { } d ? d.ToString("0.##", CultureInfo.InvariantCulture) : "—";

    public static string Percent(decimal? v) => v is { } d ? d.ToString("0.#", CultureInfo.InvariantCulture) + "%" : "—";
}
