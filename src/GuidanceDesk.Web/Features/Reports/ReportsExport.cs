using GuidanceDesk.Web.Features.Common;
using MiniExcelLibs;

namespace GuidanceDesk.Web.Features.Reports;

/// <summary>The statistics as a workbook: one sheet per table of the dashboard, figures only (counselors by name in the caseload sheet).</summary>
public static class ReportsExport
{
    public const string Xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static byte[] ToXlsx(ReportStatistics s)
    {
        ArgumentNullException.ThrowIfNull(s);
        var sheets = new Dictionary<string, object>
        {
            ["概况"] = new List<Dictionary<string, object?>>
            {
                Item("服务单位", s.UnitName), Item("统计期间", $"{Fmt.Date(s.From)} 至 {Fmt.Date(s.To)}"),
                Item("服务记录数", s.Records), Item("团体活动场次", s.GroupSessionsHeld), Item("团体活动出席人次", s.GroupAttendances),
                Item("完成测评数", s.AssessmentsCompleted), Item("在办个案数", s.OpenCases), Item("新开个案数", s.CasesOpened),
                Item("结案数", s.CasesClosed), Item("就业结案数", s.Employed), Item("就业率", s.PlacementRate),
                Item("就业所需天数（中位数）", s.MedianDaysToEmployment), Item("就业所需天数（平均）", s.AverageDaysToEmployment),
                Item("服务劳动者人数", s.WorkersServed), Item("就业援助对象就业人数", s.AssistanceTargetsEmployed),
                Item("人均在办个案", s.AverageCaseload), Item("满意指数", s.SatisfactionIndex), Item("问卷回收数", s.SatisfactionResponses),
                Item("问卷回收率", s.SatisfactionResponseRate), Item("依据", "T/CQTSHRA 002-2024《职业指导服务规范》第9.2.1条"),
            },
            ["服务类别"] = Rows(s.RecordsByKind, "服务类别", "记录数"),
            ["服务渠道"] = Rows(s.RecordsByChannel, "渠道", "记录数"),
            ["在办个案阶段"] = Rows(s.OpenCasesByStage, "阶段", "个案数"),
            ["结案结果"] = Rows(s.ClosedByOutcome, "结果", "个案数"),
            ["特定群体"] = Rows(s.ServedByGroup, "群体", "服务人数"),
            ["援助对象类别"] = Rows(s.AssistanceTargetsByCategory, "类别", "服务人数"),
            ["个案负荷"] = s.Caseloads.Select(c => new Dictionary<string, object?> { ["职业指导人员"] = c.Name, ["在办个案"] = c.OpenCases }).ToList(),
        };
        using var stream = new MemoryStream();
        stream.SaveAs(sheets, excelType: ExcelType.XLSX);
        return stream.ToArray();
    }

    private static Dictionary<string, object?> Item(string name, object? value) => new() { ["项目"] = name, ["数值"] = value };

    private static List<Dictionary<string, object?>> Rows(IEnumerable<Figure> figures, string label, string count) =>
        [.. figures.Select(f => new Dictionary<string, object?> { [label] = f.Label, [count] = f.Value })];
}
