using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using GuidanceDesk.Web.Domain;
using Microsoft.AspNetCore.Html;

namespace GuidanceDesk.Web.Features.Surveys;

/// <summary>
/// The dashboard's charts as inline SVG drawn on the server (no script, no style attributes — the CSP allows neither):
/// latent scores as bars (low drivers in red), the importance–performance scatter with its mean cross-lines, and the
/// quarterly trend of the index. Labels arrive already localized.
/// </summary>
public static class SurveyCharts
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    public static IHtmlContent Bars(IReadOnlyList<(string Label, double? Score, bool Low)> bars, string title)
    {
        const int w = 420, row = 26, left = 110;
        var h = bars.Count * row + 30;
        var sb = Open(w, h, title);
        for (var i = 0; i < bars.Count; i++)
        {
            var (label, score, low) = bars[i];
            var y = 10 + i * row;
            var len = (score ?? 0) / 100 * (w - left - 50);
            sb.Append(Inv, $"<text x=\"{left - 6}\" y=\"{y + 15}\" text-anchor=\"end\">{E(label)}</text>");
            sb.Append(Inv, $"<rect x=\"{left}\" y=\"{y + 3}\" width=\"{len:0.#}\" height=\"16\" fill=\"{(low ? "#c62828" : "#1565c0")}\"><title>{E(label)} {score:0.0}</title></rect>");
            sb.Append(Inv, $"<text x=\"{left + len + 4:0.#}\" y=\"{y + 15}\">{(score is { } s ? s.ToString("0.0", Inv) : "—")}</text>");
        }

        sb.Append(Inv, $"<line x1=\"{left}\" y1=\"6\" x2=\"{left}\" y2=\"{h - 18}\" stroke=\"#888\" />");
        return Close(sb);
    }

    /// <param name="points">Label, performance (0–100), importance (correlation, −1…1), quadrant.</param>
    public static IHtmlContent Scatter(IReadOnlyList<(string Label, double Performance, double Importance, IpaQuadrant? Quadrant)> points,
        string title, string xLabel, string yLabel)
    {
        const int w = 420, h = 300, pad = 40;
        var sb = Open(w, h, title);
        if (points.Count == 0)
            return Close(sb);
        var (xMin, xMax) = Range(points.Select(p => p.Performance));
        var (yMin, yMax) = Range(points.Select(p => p.Importance));
        double X(double v) => pad + (v - xMin) / (xMax - xMin) * (w - 2 * pad);
        double Y(double v) => h - pad - (v - yMin) / (yMax - yMin) * (h - 2 * pad);
        sb.Append(Inv, $"<rect x=\"{pad}\" y=\"{pad}\" width=\"{w - 2 * pad}\" height=\"{h - 2 * pad}\" fill=\"none\" stroke=\"#888\" />");
        var mx = X(points.Average(p => p.Performance));
        var my = Y(points.Average(p => p.Importance));
        sb.Append(Inv, $"<line x1=\"{mx:0.#}\" y1=\"{pad}\" x2=\"{mx:0.#}\" y2=\"{h - pad}\" stroke=\"#999\" stroke-dasharray=\"4 3\" />");
        sb.Append(Inv, $"<line x1=\"{pad}\" y1=\"{my:0.#}\" x2=\"{w - pad}\" y2=\"{my:0.#}\" stroke=\"#999\" stroke-dasharray=\"4 3\" />");
        foreach (var p in points)
        {
            var color = p.Quadrant == IpaQuadrant.PriorityImprove ? "#c62828" : "#1565c0";
            sb.Append(Inv, $"<circle cx=\"{X(p.Performance):0.#}\" cy=\"{Y(p.Importance):0.#}\" r=\"5\" fill=\"{color}\"><title>{E(p.Label)}</title></circle>");
            sb.Append(Inv, $"<text x=\"{X(p.Performance) + 7:0.#}\" y=\"{Y(p.Importance) + 4:0.#}\">{E(p.Label)}</text>");
        }

        sb.Append(Inv, $"<text x=\"{w / 2}\" y=\"{h - 8}\" text-anchor=\"middle\">{E(xLabel)}</text>");
        sb.Append(Inv, $"<text x=\"12\" y=\"{h / 2}\" transform=\"rotate(-90 12 {h / 2})\" text-anchor=\"middle\">{E(yLabel)}</text>");
        return Close(sb);
    }

    public static IHtmlContent Trend(IReadOnlyList<TrendPoint> points, string title)
    {
        const int w = 420, h = 220, pad = 36;
        var sb = Open(w, h, title);
        if (points.Count == 0)
            return Close(sb);
        var step = (w - 2.0 * pad) / Math.Max(1, points.Count - 1);
        double Y(double v) => h - pad - v / 100 * (h - 2 * pad);
        sb.Append(Inv, $"<line x1=\"{pad}\" y1=\"{h - pad}\" x2=\"{w - pad}\" y2=\"{h - pad}\" stroke=\"#888\" />");
        foreach (var tick in new[] { 0, 50, 100 })
            sb.Append(Inv, $"<text x=\"{pad - 4}\" y=\"{Y(tick) + 4:0.#}\" text-anchor=\"end\">{tick}</text>");
        var line = new List<string>();
        for (var i = 0; i < points.Count; i++)
        {
            var x = pad + i * step;
            sb.Append(Inv, $"<text x=\"{x:0.#}\" y=\"{h - pad + 16}\" text-anchor=\"middle\">{E(points[i].Quarter)}</text>");
            if (points[i].Index is not { } v)
                continue;
            line.Add(string.Create(Inv, $"{x:0.#},{Y(v):0.#}"));
            sb.Append(Inv, $"<circle cx=\"{x:0.#}\" cy=\"{Y(v):0.#}\" r=\"4\" fill=\"#1565c0\"><title>{E(points[i].Quarter)} {v:0.0}（n={points[i].Responses}）</title></circle>");
            sb.Append(Inv, $"<text x=\"{x:0.#}\" y=\"{Y(v) - 8:0.#}\" text-anchor=\"middle\">{v:0.0}</text>");
        }

        if (line.Count > 1)
            sb.Append(Inv, $"<polyline points=\"{string.Join(' ', line)}\" fill=\"none\" stroke=\"#1565c0\" stroke-width=\"2\" />");
        return Close(sb);
    }

    private static (double Min, double Max) Range(IEnumerable<double> values)
    {
        var list = values.ToList();
        var (min, max) = (list.Min(), list.Max());
        var margin = Math.Max(0.05, (max - min) * 0.15);
        return (min - margin, max + margin);
    }

    private static StringBuilder Open(int w, int h, string title) => new StringBuilder()
        .Append(Inv, $"<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {w} {h}\" width=\"{w}\" height=\"{h}\" role=\"img\" aria-label=\"{E(title)}\"><title>{E(title)}</title>");

    private static HtmlString Close(StringBuilder sb) => new(sb.Append("</svg>").ToString());

    private static string E(string s) => HtmlEncoder.Default.Encode(s);
}
