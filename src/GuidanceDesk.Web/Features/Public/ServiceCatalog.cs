namespace GuidanceDesk.Web.Features.PublicService;

/// <summary>
/// The fixed part of the public service information (9.1.1), from the standard itself: what the service offers (5),
/// on what basis (the standard and its normative references), and how it goes (6). Chinese strings are resource keys.
/// </summary>
public static class ServiceCatalog
{
    public static readonly IReadOnlyList<string> ForWorkers =
    [
        "政策咨询：人力资源和社会保障法律法规和政策、劳动力市场供求信息、工资指导价位",
        "职业生涯指导：认识职业、树立正确就业观、明确职业方向、掌握求职方法和流程",
        "职业测评：运用专业测评工具或面谈，综合评价职业能力和职业兴趣",
        "培训指导：培训建议、培训信息、推荐培训机构",
        "重点群体服务：高校毕业生、就业援助对象、农村转移劳动力等",
    ];

    public static readonly IReadOnlyList<string> ForEmployers =
    [
        "政策咨询：人力资源和社会保障法律法规和政策、劳动力市场供求信息、工资指导价位",
        "招聘用工指导：选择招聘方式、确定岗位要求和录用标准、人才测评、用工行为指导",
    ];

    public static readonly IReadOnlyList<(string Code, string Title)> Basis =
    [
        ("T/CQTSHRA 002-2024", "职业指导服务规范"),
        ("GB/T 33554-2017", "职业指导服务规范"),
        ("GB/T 33527-2017", "公共就业服务总则"),
        ("GB/T 33553-2017", "公共就业服务中心设施设备要求"),
        ("GB/T 33531-2017", "就业援助服务规范"),
        ("GB/T 33532-2017", "就业登记管理服务规范"),
        ("GB/T 33534-2017", "失业登记管理服务规范"),
        ("GB/T 33535-2017", "职业介绍服务规范"),
        ("GB/T 30663-2014", "人才测评服务业务规范"),
        ("GB/T 19038-2009", "顾客满意测评模型和方法指南"),
        ("GB/T 19039-2009", "顾客满意测评通则"),
    ];

    public static readonly IReadOnlyList<string> WorkerSteps =
    [
        "了解您的基本情况、工作经历、求职意向和求职困惑",
        "分析需求，与您共同确认指导目标",
        "围绕目标提供政策咨询、职业指导、测评、培训指导等服务",
        "与您协商一致，制定就业计划",
        "定期与您见面，跟踪计划执行，调整求职活动和职业介绍服务",
        "计划到期仍未就业的，共同分析原因，修订计划并再次指导",
    ];

    public static readonly IReadOnlyList<string> EmployerSteps =
    [
        "结合劳动力市场供求，分析岗位及其要求在市场中的供求状况",
        "推荐岗位所需的职业介绍服务和招聘活动",
        "对未能及时招到人的岗位，经协商提出调整岗位要求和条件的建议",
        "分析单位人力资源管理问题，就招用人员和用工管理提出建议",
    ];
}
