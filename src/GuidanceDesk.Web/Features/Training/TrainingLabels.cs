using GuidanceDesk.Web.Domain;

namespace GuidanceDesk.Web.Features.Training;

/// <summary>Chinese names of the training enums (keys of the UI resources).</summary>
public static class TrainingLabels
{
    public static string Of(QualificationKind k) => k switch
    {
        QualificationKind.SchoolLicence => "民办学校办学许可证",
        QualificationKind.SkillAssessmentFiling => "职业技能等级认定机构备案",
        QualificationKind.BusinessLicence => "营业执照",
        QualificationKind.PublicInstitution => "事业单位法人证书",
        _ => "其他资质",
    };

    public static string Of(ProviderCheckKind k) => k == ProviderCheckKind.Safety ? "安全检查" : "管理规范检查";

    public static string Of(SkillLevel l) => l switch
    {
        SkillLevel.SeniorTechnician => "一级/高级技师",
        SkillLevel.Technician => "二级/技师",
        SkillLevel.Senior => "三级/高级工",
        SkillLevel.Intermediate => "四级/中级工",
        SkillLevel.Junior => "五级/初级工",
        _ => "专项职业能力",
    };

    public static string Of(CourseStatus s) => s switch
    {
        CourseStatus.Full => "已满员",
        CourseStatus.Cancelled => "已取消",
        _ => "招生中",
    };

    public static string Of(QualificationAlert a) => a switch
    {
        QualificationAlert.Expired => "资质已过期",
        QualificationAlert.ExpiringSoon => "资质即将到期",
        _ => "",
    };

    /// <summary>The guidance record's text of a recommendation: the course and its provider, as the archive keeps them.</summary>
    public static string RecordContent(TrainingCourse c, TrainingProvider p, string? occupationName) =>
        $"培训指导：推荐培训课程《{c.Title}》（{occupationName ?? c.OccupationCode}，{Of(c.Level)}），培训机构：{p.Name}；"
        + $"{c.StartsOn:yyyy-MM-dd}至{c.EndsOn:yyyy-MM-dd}，{c.Hours}学时，{(c.Delivery == Channel.Online ? "线上" : "线下")}授课，"
        + $"费用{c.Fee:0.##}元{(c.SubsidyEligible ? "，可申请职业培训补贴" : "")}。";
}
