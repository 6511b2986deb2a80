using System.Globalization;
using GuidanceDesk.Web.Features.Common;
using GuidanceDesk.Web.Infrastructure;
using GuidanceDesk.Web.Infrastructure.Pdf;
using MiniExcelLibs;

namespace GuidanceDesk.Web.Features.Projects;

/// <summary>
/// A guidance project with its progress and evaluation (考核评估) as a workbook and as a PDF form. Figures only, no
/// names of workers: the export leaves the system and the project report needs none.
/// </summary>
public sealed class ProjectExport(PdfFormFactory pdf, AgencyClock clock)
{
    public const string FormNumber = "表号：GD-4.6.1a";

    public static byte[] ToXlsx(ProjectView p, ProgressView g)
    {
        var sheets = new Dictionary<string, object>
        {
            ["项目概况"] = Overview(p, g).Select(r => new Dictionary<string, object?> { ["项目"] = r.Label, ["内容"] = r.Value }).ToList(),
            ["考核指标"] = g.Indicators.Select(i => new Dictionary<string, object?>
            {
                ["序号"] = i.Line, ["类别"] = ProjectLabels.Of(i.Kind), ["指标"] = i.Name, ["目标值"] = i.Target, ["单位"] = i.Unit,
                ["达成值"] = i.Actual, ["完成率（%）"] = i.Percent, ["说明"] = i.Note ?? (i.Frozen ? "评估时冻结" : "实时统计"),
            }).ToList(),
            ["日程安排"] = p.Schedule.Select(s => new Dictionary<string, object?>
            {
                ["序号"] = s.Line, ["类别"] = ProjectLabels.Of(s.Kind), ["内容"] = s.Title, ["计划日期"] = s.PlannedOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                ["状态"] = ProjectLabels.Of(s.Status), ["备注"] = s.Note,
            }).ToList(),
            ["考核评估"] = Evaluation(p).Select(r => new Dictionary<string, object?> { ["项目"] = r.Label, ["内容"] = r.Value }).ToList(),
        };
        using var stream = new MemoryStream();
        stream.SaveAs(sheets, excelType: ExcelType.XLSX);
        return stream.ToArray();
    }

    public byte[] ToPdf(ProjectView p, ProgressView g)
    {
        var form = pdf.Create("指导项目考核评估表", clock.Now.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture))
            .Subtitle("服务单位：" + p.UnitName, FormNumber + "　项目编号：" + p.Id.ToString(CultureInfo.InvariantCulture))
            .Section("一、项目概况");
        foreach (var (label, value) in Overview(p, g))
            form.Row(label, value);
        form.Text("需求分析", p.NeedsAnalysis, 2).Text("项目目标", p.Objectives, 2).Text("经费说明", p.BudgetNotes ?? "无", 1);
        form.Section("二、考核指标");
        foreach (var i in g.Indicators)
            form.Row($"{i.Line.ToString(CultureInfo.InvariantCulture)}. {i.Name}",
                $"目标 {ProjectLabels.Number(i.Target)} {i.Unit}；达成 {(i.Actual is null ? i.Note : ProjectLabels.Number(i.Actual) + " " + i.Unit)}；完成率 {ProjectLabels.Percent(i.Percent)}");
        form.Section("三、日程安排");
        if (p.Schedule.Count == 0)
            form.Row("日程", "无");
        foreach (var s in p.Schedule)
            form.Row(s.PlannedOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + " " + ProjectLabels.Of(s.Kind), $"{s.Title}（{ProjectLabels.Of(s.Status)}）");
        form.Section("四、考核评估");
        foreach (var (label, value) in Evaluation(p))
            form.Row(label, value);
        if (p.Evaluation is { } e)
            form.Text("评估结论", e.Conclusions, 3).Text("改进措施", e.Improvements ?? "无", 2);
        return form.Signatures(["项目负责人", "评估人"], p.Evaluation is { } ev ? Fmt.Date(ev.EvaluatedAt) : null)
            .Note("本表依据 T/CQTSHRA 002-2024 第4.6.1条a)（指导项目的设计与考核评估）填写；达成值在评估时冻结。")
            .ToBytes();
    }

    private static IEnumerable<(string Label, string Value)> Overview(ProjectView p, ProgressView g)
    {
        yield return ("项目名称", p.Title);
        yield return ("服务单位", p.UnitName);
        yield return ("项目状态", ProjectLabels.Of(p.Status));
        yield return ("实施期间", $"{p.PeriodStart.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)} 至 {p.PeriodEnd.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}");
        yield return ("目标群体", p.TargetGroup ?? "");
        yield return ("项目负责人", p.Lead?.Name ?? "");
        yield return ("项目成员", string.Join("、", p.Members.Select(m => m.Name)));
        yield return ("服务人数", g.PeopleReached.ToString(CultureInfo.InvariantCulture));
        yield return ("服务人次", g.ServicesGiven.ToString(CultureInfo.InvariantCulture) + "（" + string.Join("，", g.ServicesBySource.Select(s => $"{s.Label} {s.Count.ToString(CultureInfo.InvariantCulture)}")) + "）");
        yield return ("实现就业人数", g.EmploymentOutcomes.ToString(CultureInfo.InvariantCulture));
        yield return ("服务满意度", g.SatisfactionShown is { } s ? ProjectLabels.Number(s) : g.SatisfactionNote ?? "");
    }

    private static IEnumerable<(string Label, string Value)> Evaluation(ProjectView p)
    {
        if (p.Evaluation is not { } e)
        {
            yield return ("考核评估", "尚未评估");
            yield break;
        }
        yield return ("评估等级", ProjectLabels.Of(e.Rating));
        yield return ("评估人", e.EvaluatedByName);
        yield return ("评估时间", Fmt.Time(e.EvaluatedAt));
    }
}
