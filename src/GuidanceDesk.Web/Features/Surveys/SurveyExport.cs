using System.Globalization;
using GuidanceDesk.Web.Domain;
using MiniExcelLibs;

namespace GuidanceDesk.Web.Features.Surveys;

/// <summary>
/// The index report as a workbook: the figures (overall and per group), the weights and how they were obtained, the
/// trend, the comments (no names), and with PLS weights the model's estimates.
/// </summary>
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
        sheets["权重"] = new[]
        {
            new Dictionary<string, object?> { ["项目"] = "权重方法", ["值"] = MethodName(r.WeightMethod) },
            new Dictionary<string, object?> { ["项目"] = "说明", ["值"] = r.WeightsNote ?? "" },
        }.Concat(r.Weights.Select(w => new Dictionary<string, object?> { ["项目"] = SurveyItems.Name(Enum.Parse<Latent>(w.Key)), ["值"] = w.Value })).ToList();
        if (r.Model is { } m)
            AddModel(sheets, m);
        using var stream = new MemoryStream();
        stream.SaveAs(sheets, excelType: ExcelType.XLSX);
        return stream.ToArray();
    }

    public static string MethodName(WeightMethod m) => m switch
    {
        WeightMethod.Regression => "回归估计",
        WeightMethod.Pls => "PLS 估计",
        _ => "配置",
    };

    private static void AddModel(Dictionary<string, object> sheets, PlsModel m)
    {
        sheets["PLS路径"] = m.Paths.Select(p => new Dictionary<string, object?>
        {
            ["自"] = SurveyItems.Name(p.From), ["至"] = SurveyItems.Name(p.To), ["路径系数"] = p.Coefficient,
            ["R²（至）"] = m.RSquared.GetValueOrDefault(p.To.ToString()),
            ["对总体满意度的总效应（自）"] = m.TotalEffects.TryGetValue(p.From.ToString(), out var e) ? e : null,
        }).ToList();
        sheets["PLS题项"] = m.Items.Select(i => new Dictionary<string, object?>
        {
            ["题项"] = i.Code, ["维度"] = SurveyItems.Name(i.Latent), ["外部权重"] = i.Weight, ["载荷"] = i.Loading,
            ["使用问卷"] = m.Responses, ["期间问卷"] = m.PeriodResponses, ["迭代次数"] = m.Iterations,
        }).ToList();
    }
}
