using GuidanceDesk.Web.Domain;

namespace GuidanceDesk.Web.Features.Common;

/// <summary>Chinese labels for the domain's enumerations (the English UI translates these through the resources).</summary>
public static class Labels
{
    public static string Of(Gender g) => g == Gender.Male ? "男" : "女";

    public static string Of(Education e) => e switch
    {
        Education.PrimaryOrBelow => "小学及以下", Education.JuniorSecondary => "初中", Education.SeniorSecondary => "高中",
        Education.SecondaryVocational => "中专/技校", Education.JuniorCollege => "大专", Education.Bachelor => "大学本科",
        Education.Master => "硕士研究生", Education.Doctorate => "博士研究生", _ => "未填写",
    };

    public static string Of(HouseholdType h) => h switch { HouseholdType.Urban => "城镇", HouseholdType.Rural => "农村", _ => "未填写" };

    public static string Of(EmploymentStatus s) => s switch
    {
        EmploymentStatus.Unemployed => "未就业", EmploymentStatus.Employed => "在职", EmploymentStatus.Student => "在校/应届",
        EmploymentStatus.Flexible => "灵活就业", _ => "未填写",
    };

    public static readonly IReadOnlyList<(SpecialGroups Group, string Label)> Groups =
    [
        (SpecialGroups.CollegeGraduate, "高校毕业生"), (SpecialGroups.EmploymentAssistanceTarget, "就业援助对象"),
        (SpecialGroups.RuralMigrantWorker, "农村转移劳动力"), (SpecialGroups.Veteran, "退役军人"), (SpecialGroups.Disabled, "残疾人"),
        (SpecialGroups.LongTermUnemployed, "长期失业人员"), (SpecialGroups.PovertyAlleviated, "脱贫人口"),
        (SpecialGroups.YouthNotInEmployment, "失业青年"),
    ];

    public static IEnumerable<string> Of(SpecialGroups groups) => Groups.Where(g => groups.HasFlag(g.Group)).Select(g => g.Label);

    public static string Of(AssistanceCategory c) => c switch
    {
        AssistanceCategory.ZeroEmploymentFamily => "零就业家庭成员", AssistanceCategory.MinimumLivingAllowance => "城乡低保家庭成员",
        AssistanceCategory.LongTermUnemployed => "登记失业一年以上", AssistanceCategory.Disabled => "残疾人",
        AssistanceCategory.OlderWorker => "大龄失业人员（4050）", AssistanceCategory.SingleParent => "单亲家庭成员",
        AssistanceCategory.PovertyAlleviatedFamily => "脱贫家庭劳动力", AssistanceCategory.LandLostFarmer => "失地农民", _ => "其他",
    };

    public static string Of(StaffPosition p) => p switch
    {
        StaffPosition.Counselor => "职业指导人员", StaffPosition.Manager => "专业管理人员", StaffPosition.Head => "负责人",
        StaffPosition.Custodian => "档案管理员", _ => "其他",
    };

    public static string Of(CertificateKind k) => k == CertificateKind.VocationalGuidanceWorker ? "职业指导员" : "职业指导师";

    public static string Of(DocumentKind k) => k switch
    {
        DocumentKind.GuidanceServiceRules => "职业指导服务制度", DocumentKind.TraineeRules => "学员管理制度",
        DocumentKind.StaffRules => "人员管理制度", DocumentKind.AdministrationRules => "行政后勤管理制度",
        DocumentKind.FinanceRules => "财务管理制度", _ => "应急预案",
    };

    public static string Of(EnterpriseSize s) => s switch
    {
        EnterpriseSize.Micro => "微型", EnterpriseSize.Small => "小型", EnterpriseSize.Medium => "中型", _ => "大型",
    };

    public static string Of(Ownership o) => o switch
    {
        Ownership.StateOwned => "国有", Ownership.Collective => "集体", Ownership.Private => "私营", Ownership.ForeignInvested => "外商投资",
        Ownership.HkMacaoTaiwan => "港澳台投资", Ownership.PublicInstitution => "事业单位", Ownership.SocialOrganization => "社会组织", _ => "其他",
    };

    public static string Of(UnitWarning w) => w.Kind switch
    {
        UnitWarningKind.QualificationMissing => "未登记公共就业服务资质",
        UnitWarningKind.QualificationExpired => "服务资质已过期",
        UnitWarningKind.QualificationExpiringSoon => "服务资质将在60天内到期",
        _ => "缺少管理制度：" + Of(w.DocumentKind!.Value),
    };

    public static string Of(AuditAction a) => a switch
    {
        AuditAction.View => "查看", AuditAction.Search => "查询", AuditAction.Export => "导出", AuditAction.Create => "新建",
        AuditAction.Update => "修改", AuditAction.Reveal => "查看完整信息", AuditAction.Delete => "删除",
        AuditAction.SignIn => "登录", _ => "登录失败",
    };

    public static string Of(Channel c) => c == Channel.Online ? "线上" : "线下";

    public static string Of(ArchiveScope s) => s switch { ArchiveScope.Text => "文本", ArchiveScope.Audio => "音频", ArchiveScope.Video => "视频", _ => "无" };

    public static string Of(ConsentKind k) => k switch
    {
        ConsentKind.ServiceAgreement => "服务协议", ConsentKind.Assessment => "测评同意", ConsentKind.CaseReferral => "转介同意",
        ConsentKind.AutomatedRecommendations => "自动化推荐选择", _ => "录音录像同意",
    };

    public static string OfLevel(int certificateLevel) => certificateLevel switch
    {
        1 => "一级/高级技师", 2 => "二级/技师", 3 => "三级/高级工", 4 => "四级/中级工", _ => "五级/初级工",
    };

    /// <summary>The audited entity types, as the audit page names them.</summary>
    public static string OfEntity(string entityType) => entityType switch
    {
        "Worker" => "劳动者", "Employer" => "用人单位", "ServiceUnit" => "服务单位", "StaffMember" => "工作人员", "Account" => "账户", _ => entityType,
    };
}
