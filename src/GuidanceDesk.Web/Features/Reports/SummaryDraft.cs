using System.Globalization;
using System.Text;
using GuidanceDesk.Web.Domain;
using GuidanceDesk.Web.Features.Quality.Conformance;
using GuidanceDesk.Web.Features.Surveys;

namespace GuidanceDesk.Web.Features.Reports;

/// <summary>
/// The first draft of a quarterly summary (9.2.1), written from the quarter's figures: what was done, the outcomes, the
/// satisfaction index with its weakest drivers, the failing rows of the conformance report as problems to start from,
/// and an empty "improvements decided" — that one only the head can write. Figures only, no names.
/// </summary>
public static class SummaryDraft
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    public static SummarySections Build(ReportStatistics s, IndexReport satisfaction, ConformanceReport conformance)
    {
        ArgumentNullException.ThrowIfNull(s);
        ArgumentNullException.ThrowIfNull(satisfaction);
        ArgumentNullException.ThrowIfNull(conformance);
        return new SummarySections(Work(s), Outcomes(s), Satisfaction(satisfaction), Problems(conformance), "");
    }

    private static string Work(ReportStatistics s)
    {
        var sb = new StringBuilder();
        sb.Append(Inv, $"本季度共提供服务 {s.Records:N0} 次，服务劳动者 {s.WorkersServed:N0} 人");
        sb.Append(Inv, $"（线上 {Of(s.RecordsByChannel, nameof(Channel.Online))} 次，线下 {Of(s.RecordsByChannel, nameof(Channel.Offline))} 次）。\n");
        var kinds = s.RecordsByKind.Where(k => k.Value > 0).Select(k => string.Create(Inv, $"{k.Label} {k.Value:N0} 次")).ToList();
        if (kinds.Count > 0)
            sb.Append("按服务类别：").Append(string.Join("，", kinds)).Append('。').Append('\n');
        sb.Append(Inv, $"举办团体指导活动 {s.GroupSessionsHeld:N0} 场，出席 {s.GroupAttendances:N0} 人次；完成职业测评 {s.AssessmentsCompleted:N0} 份。\n");
        var groups = s.ServedByGroup.Where(g => g.Value > 0).Select(g => string.Create(Inv, $"{g.Label} {g.Value:N0} 人")).ToList();
        if (groups.Count > 0)
            sb.Append("服务特定群体：").Append(string.Join("，", groups)).Append('。');
        return sb.ToString().Trim();
    }

    private static string Outcomes(ReportStatistics s)
    {
        var sb = new StringBuilder();
        sb.Append(Inv, $"本季度新开个案 {s.CasesOpened:N0} 个，结案 {s.CasesClosed:N0} 个，其中就业 {s.Employed:N0} 个");
        sb.Append(s.PlacementRate is { } r ? string.Create(Inv, $"，就业率 {r * 100:0.#}%") : "").Append('。').Append('\n');
        if (s.MedianDaysToEmployment is { } median)
            sb.Append(Inv, $"从建档到就业的天数中位数 {median:0.#} 天，平均 {s.AverageDaysToEmployment:0.#} 天。\n");
        var other = s.ClosedByOutcome.Where(o => o.Key != nameof(OutcomeKind.Employed) && o.Value > 0)
            .Select(o => string.Create(Inv, $"{o.Label} {o.Value:N0} 个")).ToList();
        if (other.Count > 0)
            sb.Append("其他结案：").Append(string.Join("，", other)).Append('。').Append('\n');
        sb.Append(Inv, $"就业援助对象实现就业 {s.AssistanceTargetsEmployed:N0} 人；季末在办个案 {s.OpenCases:N0} 个。");
        return sb.ToString().Trim();
    }

    private static string Satisfaction(IndexReport report)
    {
        var o = report.Overall;
        if (o.Index is not { } index)
            return string.Create(Inv, $"本季度收回满意度问卷 {o.Responses:N0} 份，不足以计算满意指数。");
        var sb = new StringBuilder().Append(Inv, $"本季度顾客满意指数 {index:0.0}（收回问卷 {o.Responses:N0} 份");
        sb.Append(o.ResponseRate is { } rate ? string.Create(Inv, $"，回收率 {rate * 100:0.#}%") : "").Append("）。");
        var low = o.Latents.Where(l => SurveyItems.Drivers.Contains(l.Latent) && l.Score is not null).OrderBy(l => l.Score).Take(2)
            .Select(l => string.Create(Inv, $"{l.Name} {l.Score:0.0}")).ToList();
        if (low.Count > 0)
            sb.Append('\n').Append("得分最低的驱动因素：").Append(string.Join("，", low)).Append('。');
        return sb.ToString();
    }

    private static string Problems(ConformanceReport report)
    {
        var failing = report.Rows.Where(r => r.Level == ConformanceLevel.Fail).ToList();
        if (failing.Count == 0)
            return "";
        var sb = new StringBuilder("符合性报告中本季度不符合的条款（供参考）：");
        foreach (var r in failing)
            sb.Append(Inv, $"\n- {r.Clause} {r.Title}：{r.Figure}（目标 {r.Target}）");
        return sb.ToString();
    }

    private static long Of(IReadOnlyList<Figure> figures, string key) => figures.FirstOrDefault(f => f.Key == key)?.Value ?? 0;
}
