using GuidanceDesk.Web.Domain;
using GuidanceDesk.Web.Features.Common;
using GuidanceDesk.Web.Features.Quality.Conformance;
using MiniExcelLibs;

namespace GuidanceDesk.Web.Features.Evaluation;

/// <summary>
/// The evaluator's workbook: the conformance report of the grant, the sampled cases and their de-identified history,
/// and the findings. It holds no name, identity number or phone number of any worker (tested).
/// </summary>
public static class EvaluationExport
{
    public static byte[] ToXlsx(ThirdPartyEvaluation e, ConformanceReport report, IReadOnlyList<SampledCase> sample)
    {
        ArgumentNullException.ThrowIfNull(e);
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(sample);
        var sheets = new Dictionary<string, object>
        {
            ["说明"] = new[]
            {
                Line("评价机构", e.EvaluatorName), Line("服务单位", report.UnitName), Line("评价期间", report.Period.ToString()),
                Line("抽样", e.SampleDrawnAt is null ? "未抽样" : $"从 {e.SamplePopulation} 个个案中抽取 {e.SampleCaseIds.Count} 个，随机种子 {e.SampleSeed}"),
                Line("去标识化", "劳动者以假名（P-…）表示；姓名、身份证号、手机号和电子邮箱已去除。评价机构不得尝试重新识别个人（《个人信息保护法》第七十三条）。"),
            }.ToList(),
            ["符合性报告"] = report.Rows.Select(r => new Dictionary<string, object?>
            {
                ["条款"] = r.Clause, ["要求"] = r.Title, ["实际"] = r.Figure, ["目标"] = r.Target, ["结论"] = ConformanceExport.Level(r.Level),
            }).ToList(),
            ["抽样个案"] = sample.Select(c => new Dictionary<string, object?>
            {
                ["个案"] = c.CaseId, ["假名"] = c.Person, ["性别"] = c.Gender, ["年龄段"] = c.AgeBand, ["学历"] = c.Education,
                ["重点群体"] = string.Join("、", c.Groups), ["服务单位"] = c.Unit, ["渠道"] = c.Channel, ["阶段"] = c.Stage,
                ["开案日期"] = Fmt.Date(c.OpenedOn), ["结案日期"] = Fmt.Date(c.ClosedOn), ["结果"] = c.Outcome, ["指导记录数"] = c.Records,
                ["到期跟进"] = c.FollowUps, ["按时跟进"] = c.FollowUpsOnTime, ["计划经同意"] = c.PlanAgreed ? "是" : "否",
            }).ToList(),
            ["指导过程"] = sample.SelectMany(c => c.History.Select(h => new Dictionary<string, object?>
            {
                ["个案"] = c.CaseId, ["假名"] = c.Person, ["时间"] = Fmt.Time(h.At), ["服务"] = h.Kind, ["渠道"] = h.Channel,
                ["时长（分钟）"] = h.Minutes, ["内容"] = h.Content, ["建议"] = h.Advice,
            })).ToList(),
            ["评价发现"] = e.Findings.Select(f => new Dictionary<string, object?>
            {
                ["序号"] = f.Line, ["条款"] = f.Clause, ["性质"] = EvaluationLabels.Of(f.Severity), ["内容"] = f.Text, ["记录时间"] = Fmt.Time(f.RecordedAt),
            }).ToList(),
        };
        using var stream = new MemoryStream();
        stream.SaveAs(sheets, excelType: ExcelType.XLSX);
        return stream.ToArray();
    }

    private static Dictionary<string, object?> Line(string label, string value) => new() { ["项目"] = label, ["内容"] = value };
}

public static class EvaluationLabels
{
    public static string Of(EvaluationFindingSeverity s) => s switch
    {
        EvaluationFindingSeverity.MajorNonconformity => "严重不符合",
        EvaluationFindingSeverity.MinorNonconformity => "一般不符合",
        _ => "观察项",
    };

    public static string Of(ThirdPartyEvaluationStatus s) => s switch
    {
        ThirdPartyEvaluationStatus.Active => "评价中",
        ThirdPartyEvaluationStatus.Completed => "已完成",
        _ => "已撤销",
    };
}
