namespace GuidanceDesk.Web.Domain;

/// <summary>One preventive-guidance topic (7.1.8) for a special group.</summary>
public sealed record PreventiveItem(string Code, SpecialGroups Group, string Title);

/// <summary>
/// 7.1.8: special groups get preventive guidance that resolves likely problems in advance. These are the topics a
/// counselor works through with each group, drawn from the usual risks of each: contracts, pay, insurance, fraud.
/// </summary>
public static class PreventiveChecklist
{
    /// <summary>
    /// The groups that have items (the union of <see cref="Items"/>' groups, which a test checks). A constant, so that
    /// the worklist's query carries it as a literal and PostgreSQL can match it to the partial index of these cases.
    /// </summary>
    public const SpecialGroups Groups = SpecialGroups.CollegeGraduate | SpecialGroups.EmploymentAssistanceTarget | SpecialGroups.RuralMigrantWorker;

    public static readonly IReadOnlyList<PreventiveItem> Items =
    [
        new("grad-jobsearch", SpecialGroups.CollegeGraduate, "求职技巧与简历面试准备"),
        new("grad-contract", SpecialGroups.CollegeGraduate, "劳动合同、就业协议与试用期权益"),
        new("grad-insurance", SpecialGroups.CollegeGraduate, "社会保险与住房公积金"),
        new("grad-fraud", SpecialGroups.CollegeGraduate, "防范求职陷阱与招聘诈骗"),
        new("grad-policy", SpecialGroups.CollegeGraduate, "就业见习、基层项目与创业扶持政策"),
        new("eat-policy", SpecialGroups.EmploymentAssistanceTarget, "就业援助政策与认定（公益性岗位、社保补贴）"),
        new("eat-placement", SpecialGroups.EmploymentAssistanceTarget, "重点岗位推荐与跟踪安排"),
        new("eat-wellbeing", SpecialGroups.EmploymentAssistanceTarget, "心理调适与求职信心"),
        new("eat-training", SpecialGroups.EmploymentAssistanceTarget, "免费技能培训与培训补贴"),
        new("rural-contract", SpecialGroups.RuralMigrantWorker, "签订劳动合同，防范欠薪"),
        new("rural-wages", SpecialGroups.RuralMigrantWorker, "工资支付保障与维权渠道"),
        new("rural-insurance", SpecialGroups.RuralMigrantWorker, "工伤保险与社保转移接续"),
        new("rural-safety", SpecialGroups.RuralMigrantWorker, "安全生产与职业病防护"),
        new("rural-training", SpecialGroups.RuralMigrantWorker, "职业技能培训与补贴"),
    ];

    public static IEnumerable<PreventiveItem> For(SpecialGroups groups) => Items.Where(i => groups.HasFlag(i.Group));

    /// <summary>Items of <paramref name="groups"/> not among <paramref name="done"/>.</summary>
    public static IReadOnlyList<PreventiveItem> Open(SpecialGroups groups, IEnumerable<ChecklistEntry> done)
    {
        var codes = done.Select(d => d.ItemCode).ToHashSet(StringComparer.Ordinal);
        return [.. For(groups).Where(i => !codes.Contains(i.Code))];
    }

    public static bool Exists(string code) => Items.Any(i => i.Code == code);

    public static PreventiveItem? Find(string code) => Items.FirstOrDefault(i => i.Code == code);
}
