using System.Globalization;
using GuidanceDesk.Web.Infrastructure.Pdf;
using MiniExcelLibs;

namespace GuidanceDesk.Web.Features.Market;

/// <summary>The quarterly supply/demand analysis as a workbook (one sheet a section, the full table last) and as a PDF.</summary>
public sealed class ReportExport(PdfFormFactory pdf)
{
    public static byte[] ToXlsx(SupplyDemandReportView r)
    {
        var sheets = new Dictionary<string, object>
        {
            ["总体情况"] = new[]
            {
                Headline("需求人数", r.Totals.Posts, r.Previous.Posts),
                Headline("求职人数", r.Totals.Seekers, r.Previous.Seekers),
                new Dictionary<string, object?> { ["指标"] = "求人倍率", ["本季度"] = r.Totals.Ratio, ["上季度"] = r.Previous.Ratio, ["变化"] = r.Totals.Ratio - r.Previous.Ratio },
                Headline("在招岗位数", r.Totals.Vacancies, r.Previous.Vacancies),
                Headline("月薪中位（元）", r.Totals.MedianOffer, r.Previous.MedianOffer),
            },
            ["需求前十职业"] = Rows(r.TopDemand, "职业小类"),
            ["供不应求前十"] = Rows(r.TopShortage, "职业小类"),
            ["供过于求前十"] = Rows(r.TopSurplus, "职业小类"),
            ["分区县"] = Rows(r.ByDistrict, "区县"),
            ["职业×区县"] = Rows(r.Cells, "职业小类｜区县"),
            ["口径说明"] = new[] { new Dictionary<string, object?> { ["说明"] = r.Definition }, new Dictionary<string, object?> { ["说明"] = $"数据来源：{Source(r.Source)}；生成时间 {r.GeneratedAt}" } },
        };
        using var stream = new MemoryStream();
        stream.SaveAs(sheets, excelType: ExcelType.XLSX);
        return stream.ToArray();
    }

    public byte[] ToPdf(SupplyDemandReportView r)
    {
        var form = pdf.Create($"重庆市人力资源市场供求状况分析（{r.Label}）", r.GeneratedAt)
            .Subtitle($"数据来源：{Source(r.Source)}", $"对比：{r.PreviousLabel}")
            .Section("一、总体情况")
            .Row("需求人数", Change(r.Totals.Posts, r.Previous.Posts), "求职人数", Change(r.Totals.Seekers, r.Previous.Seekers))
            .Row("求人倍率", $"{Ratio(r.Totals.Ratio)}（上季度 {Ratio(r.Previous.Ratio)}）", "月薪中位", r.Totals.MedianOffer is { } m ? $"{m:N0} 元" : "—");
        Ranking(form, "二、需求人数前十的职业", r.TopDemand);
        Ranking(form, "三、供不应求前十的职业（求人倍率最高）", r.TopShortage);
        Ranking(form, "四、供过于求前十的职业（求人倍率最低）", r.TopSurplus);
        Ranking(form, "五、分区县供求情况", r.ByDistrict);
        form.Note(r.Definition);
        return form.ToBytes();
    }

    private static void Ranking(PdfForm form, string heading, IReadOnlyList<SupplyDemandRow> rows)
    {
        form.Section(heading);
        if (rows.Count == 0)
            form.Row("无数据", "—");
        for (var i = 0; i < rows.Count; i += 2)
        {
            var a = rows[i];
            if (i + 1 < rows.Count)
                form.Row(Label(a), Figures(a), Label(rows[i + 1]), Figures(rows[i + 1]));
            else
                form.Row(Label(a), Figures(a));
        }
    }

    private static string Label(SupplyDemandRow r) => r.Code.Length > 0 && char.IsAsciiDigit(r.Code[0]) && r.Code.Contains('-', StringComparison.Ordinal) ? $"{r.Code} {r.Name}" : r.Name;

    private static string Figures(SupplyDemandRow r) =>
        string.Create(CultureInfo.InvariantCulture, $"需求{r.Figures.Posts} 求职{r.Figures.Seekers} 倍率{Ratio(r.Figures.Ratio)}");

    private static string Change(int now, int before) =>
        string.Create(CultureInfo.InvariantCulture, $"{now:N0}（{(now >= before ? "+" : "")}{now - before:N0}）");

    public static string Ratio(decimal? r) => r is { } v ? v.ToString("0.00", CultureInfo.InvariantCulture) : "—";

    public static string Source(string source) => source switch
    {
        "snapshot" => "季度快照（季度结束后冻结）",
        "live" => "实时统计（求职人数为当前数）",
        _ => "仅岗位数据（该季度无求职快照）",
    };

    private static Dictionary<string, object?> Headline(string name, int? now, int? before) =>
        new() { ["指标"] = name, ["本季度"] = now, ["上季度"] = before, ["变化"] = now - before };

    private static IEnumerable<Dictionary<string, object?>> Rows(IReadOnlyList<SupplyDemandRow> rows, string what) =>
        rows.Select((r, i) => new Dictionary<string, object?>
        {
            ["序号"] = i + 1, ["代码"] = r.Code, [what] = r.Name, ["岗位数"] = r.Figures.Vacancies, ["需求人数"] = r.Figures.Posts,
            ["求职人数"] = r.Figures.Seekers, ["求人倍率"] = r.Figures.Ratio, ["月薪中位（元）"] = r.Figures.MedianOffer,
        });
}
