namespace GuidanceDesk.Bench.Generate;

/// <summary>Phrases the synthetic case histories are assembled from: plausible, short, repetitive on purpose.</summary>
internal static class CaseTexts
{
    public static readonly string[] OpenReasons = ["劳动者到服务大厅求助", "预约到访，建立个案", "电话咨询后建档", "网上服务大厅申请职业指导", "社区推荐转介"];
    public static readonly string[] Situations =
    [
        "失业三个月，此前在餐饮企业做服务员", "应届毕业生，尚未落实工作单位", "原单位经营困难解除劳动合同", "返乡务工人员，希望就近就业",
        "照料家庭后重新求职", "长期从事体力劳动，身体原因需转岗", "灵活就业收入不稳定，希望找到稳定岗位", "退役后首次求职",
    ];
    public static readonly string[] Experiences = ["餐饮服务两年", "制造业流水线五年", "建筑工地务工", "超市收银", "快递分拣", "办公室文员一年", "无正式工作经历", "网约车司机"];
    public static readonly string[] Intentions = ["希望从事行政文员", "希望学习一门技术", "想做电商客服", "希望在家附近就业", "愿意从事物流仓储", "想考虑自主创业", "希望进入制造企业", "希望从事养老护理"];
    public static readonly string[] NeedsAnalyses =
    [
        "职业方向不明确，需先做职业兴趣测评并讲解本地岗位需求", "技能与期望岗位不匹配，建议参加免费技能培训", "求职方法欠缺，需简历指导与模拟面试",
        "心理压力较大，先做心理调适再推荐岗位", "薪酬期望高于市场价位，讲解工资指导价位",
    ];
    public static readonly string[] Goals =
    [
        "三个月内找到稳定工作", "完成一项职业技能培训并取得证书", "明确职业方向并完成求职简历", "参加至少三场招聘会", "落实一个就业见习岗位",
        "熟悉就业创业扶持政策", "完成职业兴趣测评并制定求职方案",
    ];
    public static readonly string[] PlanGoals = ["三个月内实现就业", "完成培训后上岗", "通过招聘会落实岗位", "进入就业见习岗位并争取留用", "申请创业担保贷款启动经营"];
    public static readonly string[] Actions =
    [
        "每周投递不少于5份简历", "参加本月现场招聘会", "报名参加育婴员培训", "完成职业兴趣测评", "参加模拟面试", "联系推荐的用人单位面试",
        "办理失业登记并申领失业保险金", "学习使用网上求职平台",
    ];
    public static readonly string[] Contents =
    [
        "了解劳动者求职经历与家庭情况，讲解本地劳动力市场供求状况", "解读就业创业扶持政策，重点说明社保补贴申请条件", "进行职业兴趣测评并解释结果，讨论可选职业方向",
        "修改求职简历，讲解面试礼仪与常见问题", "推荐三个匹配岗位，约定面试时间", "讲解技能培训项目与补贴标准，协助报名",
        "回访求职进展，分析面试未通过的原因", "心理疏导，帮助劳动者建立求职信心", "讲解劳动合同签订要点与试用期权益",
    ];
    public static readonly string[] Advice = ["先参加短期培训再求职", "扩大求职范围到周边区县", "调整薪酬期望", "多参加现场招聘会", "考虑灵活就业过渡"];
    public static readonly string[] NextSteps = ["下周电话回访", "两周后复谈", "面试后反馈结果", "培训结束后再约", "按计划跟进"];
    public static readonly string[] FollowUpDone =
    [
        "电话回访，劳动者已参加两场面试", "面谈，了解培训进度并调整行动项", "线上回访，劳动者仍在求职，推荐新岗位", "劳动者反馈已有意向单位，约定入职后回访",
        "回访未接通，短信告知下次跟进时间后再次联系成功",
    ];
    public static readonly string[] FollowUpChanges = ["增加一项培训行动", "调整求职方向为仓储物流", "推迟一项行动的完成日期"];
    public static readonly string[] CheckIns = ["最近投了几份简历，还在等消息", "已参加培训，下月结业", "有一家单位约了面试"];
    public static readonly string[] CloseReasons = ["已就业，结案", "参加培训，转培训机构跟踪", "自主创业，结案", "劳动者不再需要服务", "多次联系不上，结案"];
    public static readonly string[] Employers = ["重庆山城物流有限公司", "重庆两江电子科技有限公司", "重庆巴渝家政服务有限公司", "重庆嘉陵餐饮管理有限公司", "重庆渝州机械制造有限公司", "重庆长嘉商贸有限公司"];
    public static readonly string[] Positions = ["仓库管理员", "客服专员", "普工", "育婴员", "行政文员", "电工", "收银员", "配送员"];
    public static readonly string[] Providers = ["重庆市职业技能培训中心", "重庆城市管理职业学院", "重庆某职业培训学校"];
    public static readonly string[] Courses = ["育婴员培训", "电工上岗证培训", "电子商务培训", "中式烹调师培训", "养老护理员培训"];
    public static readonly string[] DifficultyNotes = ["不知道适合做什么", "投了简历没有回音", "年龄偏大找工作难", "需要照顾孩子只能做短时工作", "想换行但没有技能"];
    public static readonly string[] CancelReasons = ["临时有事", "已找到工作", "身体不适", "时间冲突"];

    public static string Pick(this string[] items, Random r) => items[r.Next(items.Length)];
}
