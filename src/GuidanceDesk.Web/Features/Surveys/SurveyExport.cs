using System.Globalization;
using GuidanceDesk.Web.Domain;
using MiniExcelLibs;

namespace GuidanceDesk.Web.Features.Surveys;

/// <summary>The index report as a workbook: the figures (overall and per group), the weights, the trend and the comments (no names).</summary>
public static class SurveyExport
{
    public static byte[] ToXlsx(IndexReport r)
    {
        var inv = CultureInfo.InvariantCulture;
        var sheets = new Dictionary<string, object>
        {
            ["满意指数"] = new[] { r.Overall }.Concat(r.Groups).Select(g =>
            {
                var row = new Dictionary<string, object?>
                {
                    ["分组"] = g.Label, ["有效问卷"] = g.Responses, ["已结束邀请"] = g.Invitations, ["回收率"] = g.ResponseRate,
                    ["满意指数"] = g.Index, ["95%置信下限"] = g.CiLow, ["95%置信上限"] = g.CiHigh,
                };
                foreach (var l in g.Latents)
                    row[l.Name + "得分"] = l.Score;
                return row;
            }).ToList(),
            ["驱动因素"] = r.Overall.Latents.Where(l => SurveyItems.Drivers.Contains(l.Latent)).Select(l => new Dictionary<string, object?>
            {
                ["维度"] = l.Name, ["均值（1–10）"] = l.Mean, ["表现（0–100）"] = l.Score, ["重要性（与总体满意度相关）"] = l.Importance,
                ["权重"] = r.Weights.GetValueOrDefault(l.Latent.ToString()), ["象限"] = SurveyLabels.Of(l.Quadrant),
            }).ToList(),
            ["季度趋势"] = r.Trend.Select(t => new Dictionary<string, object?> { ["季度"] = t.Quarter, ["有效问卷"] = t.Responses, ["满意指数"] = t.Index }).ToList(),
            ["意见和建议"] = r.Comments.Select(c => new Dictionary<string, object?>
            {
                ["日期"] = c.On.ToString("yyyy-MM-dd", inv), ["服务单位"] = c.Unit, ["内容"] = c.Text,
            }).ToList(),
        };
        using var stream = new MemoryStream();
        stream.SaveAs(sheets, excelType: ExcelType.XLSX);
        return stream.ToArray();
    }
}
