using System.Globalization;
using GuidanceDesk.Web.Domain;
using GuidanceDesk.Web.Features.Common;
using GuidanceDesk.Web.Infrastructure;
using GuidanceDesk.Web.Infrastructure.Pdf;
using MiniExcelLibs;

namespace GuidanceDesk.Web.Features.Quality.Conformance;

/// <summary>
/// The conformance report and the self-evaluation as a workbook and as a PDF form. Figures and record numbers only: the
/// report goes to the head's file and to third-party evaluators and holds no names.
/// </summary>
public sealed class ConformanceExport(PdfFormFactory pdf, AgencyClock clock)
{
    public const string FormNumber = "表号：GD-9.2.2";

    public const string XlsxType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /// <summary>An export as the page and the API both hand it out.</summary>
    public sealed record ExportedFile(byte[] Bytes, string ContentType, string Name);

    /// <summary>The live report (<paramref name="evaluation"/> null) or a self-inspection as "pdf" or "xlsx".</summary>
    public ExportedFile File(string format, string unitName, ConformancePeriod period, IReadOnlyList<ConformanceRow> rows, SelfEvaluation? evaluation)
    {
        var name = evaluation is null ? "conformance-report" : "self-evaluation-" + evaluation.Id.ToString(CultureInfo.InvariantCulture);
        return format == "pdf"
            ? new ExportedFile(ToPdf(unitName, period, rows, evaluation), "application/pdf", name + ".pdf")
            : new ExportedFile(ToXlsx(unitName, period, rows, evaluation), XlsxType, name + ".xlsx");
    }

    public static string Level(ConformanceLevel level) => level switch
    {
        ConformanceLevel.Pass => "符合",
        ConformanceLevel.Warn => "警示",
        ConformanceLevel.Fail => "不符合",
        _ => "无数据",
    };

    public static string Of(ChecklistAnswer? a) => a switch
    {
        ChecklistAnswer.Met => "符合",
        ChecklistAnswer.PartlyMet => "部分符合",
        ChecklistAnswer.NotMet => "不符合",
        ChecklistAnswer.NotApplicable => "不适用",
        _ => "未检查",
    };

    public static string Of(SelfRating? r) => r switch
    {
        SelfRating.Excellent => "优秀",
        SelfRating.Good => "良好",
        SelfRating.Adequate => "合格",
        SelfRating.NeedsImprovement => "需改进",
        _ => "",
    };

    public static byte[] ToXlsx(string unitName, ConformancePeriod period, IReadOnlyList<ConformanceRow> rows, SelfEvaluation? evaluation)
    {
        var sheets = new Dictionary<string, object>
        {
            ["符合性报告"] = rows.Select(r => new Dictionary<string, object?>
            {
                ["条款"] = r.Clause, ["要求"] = r.Title, ["实际"] = r.Figure, ["数值"] = r.Value, ["目标"] = r.Target,
                ["结论"] = Level(r.Level), ["统计数"] = r.Total, ["不符合数"] = r.Failing, ["说明"] = r.Note,
            }).ToList(),
            ["说明"] = new[]
            {
                new Dictionary<string, object?> { ["项目"] = "服务单位", ["内容"] = unitName },
                new Dictionary<string, object?> { ["项目"] = "统计期间", ["内容"] = period.ToString() },
                new Dictionary<string, object?> { ["项目"] = "依据", ["内容"] = "T/CQTSHRA 002-2024《职业指导服务规范》第9.2.2条" },
            }.ToList(),
        };
        if (evaluation is not null)
        {
            sheets["自查清单"] = evaluation.Checklist.Select(c => new Dictionary<string, object?>
            {
                ["条款"] = c.Clause, ["检查项"] = c.Text, ["结果"] = Of(c.Answer), ["说明"] = c.Note, ["检查人"] = c.AnsweredByName,
            }).ToList();
            sheets["自我评价"] = evaluation.Assessments.Select(a => new Dictionary<string, object?>
            {
                ["专业管理人员"] = a.Name, ["自评等级"] = Of(a.Rating), ["自评情况"] = a.Findings, ["改进措施"] = a.Improvements, ["时间"] = Fmt.Time(a.At),
            }).ToList();
        }
        using var stream = new MemoryStream();
        stream.SaveAs(sheets, excelType: ExcelType.XLSX);
        return stream.ToArray();
    }

    public byte[] ToPdf(string unitName, ConformancePeriod period, IReadOnlyList<ConformanceRow> rows, SelfEvaluation? evaluation)
    {
        var form = pdf.Create(evaluation is null ? "职业指导服务符合性报告" : "职业指导服务自查考评表", clock.Now.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture))
            .Subtitle("服务单位：" + unitName + "　统计期间：" + period, FormNumber)
            .Section("一、可由系统计量的条款");
        foreach (var r in rows)
            form.Row($"{r.Clause} {r.Title}", $"【{Level(r.Level)}】{r.Figure}；目标 {r.Target}{(r.Note is null ? "" : "；" + r.Note)}");
        form.Row("合计", $"符合 {Count(rows, ConformanceLevel.Pass)} 项，警示 {Count(rows, ConformanceLevel.Warn)} 项，不符合 {Count(rows, ConformanceLevel.Fail)} 项，无数据 {Count(rows, ConformanceLevel.NoData)} 项");
        if (evaluation is null)
            return form.Note("本报告依据 T/CQTSHRA 002-2024 第9.2.2条，由系统根据业务数据实时计算。").ToBytes();

        form.Section("二、现场检查项（负责人组织自查）");
        foreach (var c in evaluation.Checklist)
            form.Row($"{c.Clause} {c.Text}", Of(c.Answer) + (c.Note is null ? "" : "：" + c.Note));
        form.Section("三、专业管理人员自我评价（9.2.2a）");
        if (evaluation.Assessments.Count == 0)
            form.Row("自我评价", "无");
        foreach (var a in evaluation.Assessments)
            form.Text($"{a.Name}（{Of(a.Rating)}）", a.Findings + (a.Improvements is null ? "" : "（改进措施：" + a.Improvements + "）"), 2);
        form.Section("四、负责人考评（9.2.2b）");
        form.Row("考评等级", Of(evaluation.Rating));
        form.Text("考评结论", evaluation.Conclusion, 3);
        return form.Signatures(["负责人签名"], evaluation.SignedAt is { } at ? Fmt.Date(at) : null)
            .Note("本表依据 T/CQTSHRA 002-2024 第9.2.2条填写；签署后表中数据冻结。")
            .ToBytes();
    }

    private static string Count(IReadOnlyList<ConformanceRow> rows, ConformanceLevel level) =>
        rows.Count(r => r.Level == level).ToString(CultureInfo.InvariantCulture);
}
