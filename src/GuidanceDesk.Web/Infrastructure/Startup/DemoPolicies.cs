using GuidanceDesk.Web.Data;
using GuidanceDesk.Web.Domain;

namespace GuidanceDesk.Web.Infrastructure.Startup;

/// <summary>
/// The demo's policy library and a handbook (4.3b–c, 7.1.1). The national laws and the national subsidy rules are real
/// documents by title, issuer, number and dates; every summary is this project's paraphrase and says so (示例). The
/// Chongqing notice, the internal process and the post responsibility are invented (示例). The Chongqing notice is past
/// its review date, so that the 待复核 flag shows; the employment promotion law has two versions.
/// </summary>
public static class DemoPolicies
{
    private static readonly Actor Seeder = new("demo", "示例数据");

    public static async Task SeedAsync(AppDbContext db, long unitId, DateOnly today, DateTimeOffset now, CancellationToken ct)
    {
        var promotion = Document(null, PolicyKind.Law, "中华人民共和国就业促进法", "全国人民代表大会常务委员会", ["就业服务", "就业援助", "公平就业"],
            "中华人民共和国主席令第七十号", new DateOnly(2008, 1, 1),
            "（示例摘要）国家把扩大就业放在经济社会发展的突出位置。劳动者依法享有平等就业和自主择业的权利，求职不因民族、种族、性别、宗教信仰等受歧视。\n\n"
            + "- 公共就业服务机构免费提供政策咨询、职业指导、职业介绍等服务\n- 对就业困难人员实行优先扶持和重点帮助（就业援助）\n- 用人单位招用人员不得以是否携带传染病病原体等为由拒绝录用",
            today, now);
        promotion.AddVersion(Content("中华人民共和国主席令第二十四号", new DateOnly(2015, 4, 24), promotion.Summary),
            "2015年4月24日第十二届全国人民代表大会常务委员会第十四次会议修正", today.AddMonths(10), Seeder, now);
        var contract = Document(null, PolicyKind.Law, "中华人民共和国劳动合同法", "全国人民代表大会常务委员会", ["劳动合同", "劳动者权益"],
            "中华人民共和国主席令第七十三号", new DateOnly(2013, 7, 1),
            "（示例摘要）建立劳动关系应当订立书面劳动合同。用人单位自用工之日起超过一个月不满一年未与劳动者订立书面劳动合同的，应当向劳动者每月支付二倍的工资。\n\n"
            + "- 试用期包含在劳动合同期限内，期限与合同期限挂钩\n- 劳务派遣只能在临时性、辅助性或者替代性的工作岗位上实施",
            today, now);
        var rules = Document(null, PolicyKind.Regulation, "就业服务与就业管理规定", "劳动和社会保障部（现人力资源和社会保障部）", ["就业登记", "失业登记", "职业介绍"],
            "劳动和社会保障部令第28号", new DateOnly(2008, 1, 1),
            "（示例摘要）规定了求职与招用人员、公共就业服务、就业援助、职业中介服务、就业与失业登记等事项。\n\n"
            + "- 公共就业服务机构应当免费为劳动者提供就业政策法规咨询、职业供求信息、职业指导和职业介绍\n- 劳动者可以在常住地进行失业登记，享受相应的就业服务\n- 以后经多次修订，使用时请以现行有效文本为准",
            today, now);
        var subsidy = Document(null, PolicyKind.EmploymentPolicy, "就业补助资金管理办法", "财政部 人力资源社会保障部", ["就业补贴", "高校毕业生", "职业培训补贴"],
            "财社〔2017〕164号", new DateOnly(2017, 10, 13),
            "（示例摘要）就业补助资金用于职业培训补贴、职业技能鉴定补贴、社会保险补贴、公益性岗位补贴、就业见习补贴、求职创业补贴等支出。\n\n"
            + "- 毕业年度内符合条件的高校毕业生可申请一次性求职创业补贴\n- 具体对象、标准和申领流程以各地实施办法为准",
            today, now);
        var notice = Document(null, PolicyKind.EmploymentPolicy, "重庆市一次性求职创业补贴申领指南（示例）", "重庆市人力资源和社会保障局（示例）",
            ["就业补贴", "高校毕业生", "就业困难人员"], null, today.AddYears(-1).AddDays(-40),
            "（示例）毕业年度内的困难家庭高校毕业生，可以通过学校申请一次性求职创业补贴。\n\n- 准备：身份证、学籍信息、困难情况证明\n- 办理：向所在学校提出申请，学校初审后报人力社保部门审核",
            today, now, reviewDue: today.AddDays(-20));
        var standard = Document(null, PolicyKind.IndustryDocument, "职业指导服务规范", "重庆市人才研究和人力资源服务协会", ["职业指导", "服务规范"],
            "T/CQTSHRA 002-2024", new DateOnly(2024, 2, 28),
            "（示例摘要）规定了职业指导服务的基本要求、服务对象和内容、服务流程、服务要求和档案、风险评估与控制，以及监督评价与改进。本平台即按该规范建设。",
            today, now);
        var process = Document(unitId, PolicyKind.InternalProcess, "职业指导服务工作流程（示例）", "重庆市渝中区就业和人才服务中心", ["工作流程"], null, today.AddMonths(-6),
            "（示例）预约登记 → 收集职业信息 → 分析需求、确认指导目标 → 实施指导和服务 → 制定就业计划并经劳动者同意 → 定期跟进 → 计划评估与调整 → 结案归档。\n\n"
            + "- 每次服务当天录入职业指导过程记录\n- 发现危害个人或公共安全的情形，立即按风险预警流程处置",
            today, now);
        var post = Document(unitId, PolicyKind.PostResponsibility, "职业指导人员岗位职责（示例）", "重庆市渝中区就业和人才服务中心", ["岗位职责"], null, today.AddMonths(-6),
            "（示例）\n- 为劳动者提供政策咨询、职业指导、职业测评和培训指导\n- 按规范记录服务过程，保护服务对象的个人信息\n- 每年参加业务培训，熟悉本地经济、行业工资和劳动力市场供求情况",
            today, now);
        foreach (var d in new[] { promotion, contract, rules, subsidy, notice, standard, process, post })
            d.Publish(now);
        var draft = Document(null, PolicyKind.EmploymentPolicy, "关于进一步做好就业援助工作的通知（示例草稿）", "重庆市人力资源和社会保障局（示例）", ["就业援助"], null, null,
            "（示例草稿）就业困难人员可以享受公益性岗位安置、社会保险补贴等援助措施，由公共就业服务机构优先提供服务。", today, now);
        db.PolicyDocuments.AddRange(promotion, contract, rules, subsidy, notice, standard, process, post, draft);
        await db.SaveChangesAsync(ct);

        db.Handbooks.Add(GraduateHandbook([promotion.Id], [subsidy.Id, notice.Id], now));
        await db.SaveChangesAsync(ct);
    }

    private static Handbook GraduateHandbook(long[] rights, long[] subsidies, DateTimeOffset now)
    {
        var h = new Handbook(new HandbookDetails("高校毕业生就业政策读本（示例）", "高校毕业生",
            "（示例）用简单的话，说清楚毕业前后可以找谁、能享受哪些政策、怎么办理。具体标准以各地最新政策为准。"), now);
        h.AddSection("毕业前后，都可以找公共就业服务机构", "（示例）各区县就业和人才服务中心免费提供政策咨询、职业指导、岗位推荐和职业测评。\n\n"
            + "- 到服务大厅或在本平台预约职业指导\n- 带上身份证和毕业证书（或学籍证明）\n- 离校未就业的，可以办理求职登记，持续获得岗位信息", rights);
        h.AddSection("一次性求职创业补贴", "（示例）毕业年度内符合条件的困难家庭高校毕业生，可以申请一次性求职创业补贴。\n\n"
            + "- 一般在毕业学年通过学校申请\n- 需要身份证明、学籍信息和困难情况证明", subsidies);
        h.AddSection("就业见习", "（示例）离校未就业的高校毕业生可以参加就业见习，积累工作经验；见习期间按规定领取生活补助，见习单位可以申请就业见习补贴。", subsidies);
        h.AddSection("自主创业", "（示例）想创业的，可以参加创业培训，符合条件的可以申请创业担保贷款和相关补贴。先到服务窗口咨询创业服务。", []);
        h.AddSection("签劳动合同，记住这几点", "（示例）\n- 入职一个月内要签订书面劳动合同\n- 试用期包含在合同期限内\n- 遇到劳动纠纷，可以向劳动保障监察机构投诉或申请劳动仲裁", []);
        h.Publish(Seeder.Name, now);
        return h;
    }

    private static PolicyDocument Document(long? unitId, PolicyKind kind, string title, string issuer, string[] tags, string? number,
        DateOnly? effective, string summary, DateOnly today, DateTimeOffset now, DateOnly? reviewDue = null) =>
        new(unitId, new PolicyCatalog(kind, title, issuer, tags), Content(number, effective, summary), reviewDue ?? today.AddMonths(6), Seeder, now);

    private static PolicyContent Content(string? number, DateOnly? effective, string summary) => new(number, effective, null, summary, null, null);
}
