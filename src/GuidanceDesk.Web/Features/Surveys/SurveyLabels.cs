using GuidanceDesk.Web.Domain;

namespace GuidanceDesk.Web.Features.Surveys;

public static class SurveyLabels
{
    public static string Of(SurveyOccasion o) => o switch
    {
        SurveyOccasion.CaseClosed => "个案结案",
        SurveyOccasion.GroupSessionAttended => "参加团体指导活动",
        SurveyOccasion.GuidanceRecords => "多次指导服务后",
        _ => "用人单位个案结案",
    };

    public static string Of(ResponseMode m) => m == ResponseMode.Paper ? "纸质表录入" : "网上填写";

    public static string Of(IpaQuadrant? q) => q is { } x ? IndexMath.Name(x) : "";

    public static string CssOf(IpaQuadrant? q) => q switch
    {
        IpaQuadrant.PriorityImprove => "bad",
        IpaQuadrant.Maintain => "ok",
        IpaQuadrant.LowPriority => "warn",
        _ => "",
    };
}
