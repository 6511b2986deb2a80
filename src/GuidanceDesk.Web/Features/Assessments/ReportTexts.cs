using System.Globalization;
using GuidanceDesk.Web.Domain;

namespace GuidanceDesk.Web.Features.Assessments;

/// <summary>
/// The plain-language wording of results (docs/assessments.md): levels from percentiles, the meaning of the Holland
/// code, consistency and differentiation, summaries of the other instruments, warnings and the report's caveat.
/// </summary>
public static class ReportTexts
{
    public const string Caveat = "本报告的测评结果描述的是您的职业兴趣、个性特点、工作价值观以及您对自身能力的看法，不是对能力的测定；"
        + "结果仅供职业指导和您本人规划职业参考，不得用于招聘录用、选拔、考核或评价。兴趣和个性会随经历变化，请结合实践以及与职业指导人员的交流综合考虑。"
        + "百分位依据各测评工具注明的参照常模计算；目前使用的是暂定参照值，积累本地数据后将更新，百分位仅供参考。";

    /// <summary>≤ 30th percentile 较低, ≥ 70th 较高, between 中等.</summary>
    public static string Level(int percentile) => percentile <= 30 ? "较低" : percentile >= 70 ? "较高" : "中等";

    public static string Meaning(ScaleDefinition scale, int percentile) => Level(percentile) switch
    {
        "较高" => scale.High?.Zh ?? scale.Description.Zh,
        "较低" => scale.Low?.Zh ?? scale.Description.Zh,
        _ => scale.Description.Zh,
    };

    public static string Consistency(HollandConsistency? c) => c switch
    {
        HollandConsistency.High => "一致性高：前两种兴趣在六边形上相邻，彼此协调，较容易找到能同时满足的职业。",
        HollandConsistency.Medium => "一致性中等：前两种兴趣在六边形上相隔一种类型，有一定共同点。",
        HollandConsistency.Low => "一致性低：前两种兴趣在六边形上相对，同时满足两者的职业较少，选择时可能需要有所取舍。",
        _ => "",
    };

    public static string Differentiation(int? diff)
    {
        if (diff is not { } d)
            return "";
        var n = d.ToString(CultureInfo.InvariantCulture);
        return d >= 16 ? $"分化程度高（最高与最低得分相差 {n} 分）：兴趣倾向明确。"
            : d >= 8 ? $"分化程度中等（最高与最低得分相差 {n} 分）：兴趣倾向较为明确。"
            : $"分化程度低（最高与最低得分相差 {n} 分）：各类兴趣得分接近，兴趣方向尚不明确，建议结合访谈和实践进一步探索。";
    }

    /// <summary>"您的霍兰德代码是 SEC。最突出的是社会型（S）：…" built from the instrument's own scale texts.</summary>
    public static string HollandExplanation(string code, InstrumentDefinition riasec, bool tied)
    {
        ArgumentNullException.ThrowIfNull(code);
        ArgumentNullException.ThrowIfNull(riasec);
        var order = new[] { "最突出的是", "其次是", "第三是" };
        var parts = code.Select((c, i) =>
        {
            var s = riasec.Scale(c.ToString())!;
            return $"{order[i]}{s.Name.Zh}（{c}）：{s.High?.Zh ?? s.Description.Zh}";
        });
        var text = $"您的霍兰德代码是 {code}，由您得分最高的三种兴趣类型组成。" + string.Join("", parts.Select(p => p.TrimEnd('。') + "。"));
        if (tied)
            text += "有的类型得分相同，代码的先后按固定规则（百分位高者在前，再按 R、I、A、S、E、C 顺序）排列，得分相同的类型同样值得参考。";
        return text;
    }

    public static IEnumerable<string> Warnings(ResponseWarnings w)
    {
        if (w.HasFlag(ResponseWarnings.Incomplete))
            yield return "有题目未作答，相关量表按已答题目折算";
        if (w.HasFlag(ResponseWarnings.SameAnswer))
            yield return "九成以上题目选择了同一选项，请与劳动者核实作答是否认真";
        if (w.HasFlag(ResponseWarnings.LongRun))
            yield return "连续 15 题以上选择同一选项，请留意作答模式";
        if (w.HasFlag(ResponseWarnings.TooFast))
            yield return "作答速度过快（每题不足 1.5 秒），结果可能不可靠";
        if (w.HasFlag(ResponseWarnings.Acquiescence))
            yield return "对正反两种说法都倾向同意（或都不同意），请留意默许倾向";
        if (w.HasFlag(ResponseWarnings.ScaleUnscored))
            yield return "有量表答题不足八成，未计分";
    }

    public static string Administration(Administration a) => a switch
    {
        Domain.Administration.Portal => "网上作答", Domain.Administration.Hall => "现场机测", Domain.Administration.Paper => "纸笔作答", _ => "",
    };

    public static string Mode(AssessmentMode m) => m switch
    {
        AssessmentMode.Online => "网上测评", AssessmentMode.OnSite => "现场测评", AssessmentMode.Interview => "访谈评估", _ => "",
    };

    public static string KindTitle(InstrumentKind k) => k switch
    {
        InstrumentKind.Interest => "职业兴趣", InstrumentKind.Personality => "人格特点", InstrumentKind.Values => "工作价值观",
        InstrumentKind.Ability => "能力自评", _ => "",
    };

    public static string Duration(int? seconds) => seconds is not { } s ? "—"
        : s < 60 ? "不足 1 分钟" : $"{(s + 30) / 60} 分钟";

    public static string Summary(InstrumentKind kind, IReadOnlyList<ReportScale> scales)
    {
        if (scales.Count == 0)
            return "";
        var top = scales.OrderByDescending(s => s.Percentile).ThenByDescending(s => s.Raw).Take(3).Select(s => s.Name).ToList();
        var high = scales.Where(s => s.Level == "较高").Select(s => s.Name).ToList();
        var low = scales.Where(s => s.Level == "较低").Select(s => s.Name).ToList();
        return kind switch
        {
            InstrumentKind.Personality => (high.Count > 0 ? $"相对突出的特点：{string.Join("、", high)}。" : "各维度均在中等范围。")
                + (low.Count > 0 ? $"相对较低：{string.Join("、", low)}。" : "") + "人格特点没有好坏之分，重要的是找到与之相适应的工作方式和环境。",
            InstrumentKind.Values => $"您最看重的工作价值依次是：{string.Join("、", top)}。选择岗位时可优先考虑能满足这些方面的单位和职位。",
            InstrumentKind.Ability => $"自评相对较强的能力：{string.Join("、", top)}。"
                + (low.Count > 0 ? $"自评相对较弱：{string.Join("、", low)}。" : "") + "自评反映的是自我认识，不等于能力测验的结果。",
            _ => "",
        };
    }
}
