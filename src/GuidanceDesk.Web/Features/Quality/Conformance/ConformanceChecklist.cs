using GuidanceDesk.Web.Domain;
namespace GuidanceDesk.Web.Features.Quality.Conformance;

/// <summary>An item of the standard the system cannot measure; the head answers it in the self-inspection (9.2.2b).</summary>
public sealed record ChecklistItem(string Key, string Clause, string Text);

/// <summary>
/// The clauses about premises, equipment and conduct (4.2, 4.3a, 4.6.2a/b/d, 9.1.1) and backups kept outside the
/// system: facts on the ground, checked by people on the day.
/// </summary>
public static class ConformanceChecklist
{
    public static readonly IReadOnlyList<ChecklistItem> Items =
    [
        new("premises-area", "4.2a", "在公共就业服务大厅内设有职业指导服务区域，符合 GB/T 33553"),
        new("premises-space", "4.2b", "场所面积、布局、采光与服务规模相适应"),
        new("premises-safety", "4.2c", "场所整洁卫生，消防设施完好"),
        new("premises-computers", "4.2d", "公共区域配备 3 台以上可上网查询岗位信息的计算机"),
        new("equipment", "4.3a", "办公设备齐全、运转正常"),
        new("processes-posted", "4.3c", "服务流程、制度和岗位职责上墙或成册"),
        new("backups-offline", "4.4c", "数据库备份按期执行并做过恢复演练（系统外备份时核查）"),
        new("dress", "4.6.2a", "工作人员着装整洁、仪表端庄"),
        new("attitude", "4.6.2b", "服务热情、耐心、公平，保护劳动者和用人单位隐私"),
        new("knowledge", "4.6.2d", "熟悉劳动保障法规、劳动力市场供求、工资指导价位和职业分类"),
        new("disclosure", "9.1.1", "服务内容、依据、流程、要求和投诉渠道已在大厅和网站公开"),
    ];

    public static ChecklistItem? Find(string key) => Items.FirstOrDefault(i => i.Key == key);
}
