using System.Globalization;
using System.Net;
using System.Text;
using Microsoft.AspNetCore.Html;

namespace GuidanceDesk.Web.Features.Market;

/// <summary>
/// Charts drawn on the server as inline SVG: the CSP allows no script or inline style, so colours are presentation
/// attributes and the figures are also in the tables beside the charts (and in each bar's title, for screen readers).
/// </summary>
public static class SvgCharts
{
    private const int Width = 640, Height = 220, Left = 48, Bottom = 28, Top = 12, Right = 40;
    private const string PostsColour = "#2f6fb0", SeekersColour = "#9bbbd9", RatioColour = "#c0392b";

    /// <summary>Posts and seekers as paired bars per quarter, the ratio as a line on its own scale (right).</summary>
    public static IHtmlContent Trend(IReadOnlyList<TrendPoint> points, string title)
    {
        var s = new StringBuilder();
        s.Append(Inv($"<svg class=\"chart\" viewBox=\"0 0 {Width} {Height}\" role=\"img\" aria-label=\"{Esc(title)}\" xmlns=\"http://www.w3.org/2000/svg\">"));
        var max = Math.Max(1, points.Select(p => Math.Max(p.Figures.Posts, p.Figures.Seekers)).DefaultIfEmpty(0).Max());
        var maxRatio = Math.Max(1m, points.Select(p => p.Figures.Ratio ?? 0).DefaultIfEmpty(0).Max());
        var plotW = Width - Left - Right;
        var plotH = Height - Top - Bottom;
        Axis(s, max, plotH);
        var slot = points.Count == 0 ? plotW : plotW / (double)points.Count;
        var ratioPoints = new List<string>();
        for (var i = 0; i < points.Count; i++)
        {
            var p = points[i];
            var x = Left + (i * slot);
            var bw = slot * 0.32;
            Bar(s, x + (slot * 0.14), bw, p.Figures.Posts, max, plotH, PostsColour, $"{p.Label} 需求人数 {p.Figures.Posts}");
            if (p.Source != "vacancies-only")
                Bar(s, x + (slot * 0.14) + bw, bw, p.Figures.Seekers, max, plotH, SeekersColour, $"{p.Label} 求职人数 {p.Figures.Seekers}");
            s.Append(Inv($"<text x=\"{x + (slot / 2):F1}\" y=\"{Height - 10}\" font-size=\"11\" text-anchor=\"middle\" fill=\"#555\">{Esc(p.Quarter)}</text>"));
            if (p.Figures.Ratio is { } r)
                ratioPoints.Add(Inv($"{x + (slot / 2):F1},{Top + plotH - ((double)(r / maxRatio) * plotH):F1}"));
        }
        if (ratioPoints.Count > 1)
            s.Append(Inv($"<polyline points=\"{string.Join(' ', ratioPoints)}\" fill=\"none\" stroke=\"{RatioColour}\" stroke-width=\"2\"/>"));
        foreach (var pt in ratioPoints)
        {
            var xy = pt.Split(',');
            s.Append(Inv($"<circle cx=\"{xy[0]}\" cy=\"{xy[1]}\" r=\"3\" fill=\"{RatioColour}\"/>"));
        }
        s.Append(Inv($"<text x=\"{Width - 4}\" y=\"{Top + 8}\" font-size=\"11\" text-anchor=\"end\" fill=\"{RatioColour}\">倍率 {maxRatio:0.##}</text>"));
        s.Append("</svg>");
        return new HtmlString(s.ToString());
    }

    /// <summary>Horizontal bars of one figure per row (e.g. posts by district), longest first.</summary>
    public static IHtmlContent Bars(IReadOnlyList<SupplyDemandRow> rows, Func<SupplyDemandFigures, int> value, string title)
    {
        const int rowH = 18;
        var height = (rows.Count * rowH) + 8;
        var max = Math.Max(1, rows.Select(r => value(r.Figures)).DefaultIfEmpty(0).Max());
        var s = new StringBuilder(Inv($"<svg class=\"chart\" viewBox=\"0 0 {Width} {height}\" role=\"img\" aria-label=\"{Esc(title)}\" xmlns=\"http://www.w3.org/2000/svg\">"));
        for (var i = 0; i < rows.Count; i++)
        {
            var v = value(rows[i].Figures);
            var w = (Width - 200) * (double)v / max;
            var y = 4 + (i * rowH);
            s.Append(Inv($"<text x=\"130\" y=\"{y + 12}\" font-size=\"11\" text-anchor=\"end\" fill=\"#333\">{Esc(Cut(rows[i].Name, 10))}</text>"));
            s.Append(Inv($"<rect x=\"136\" y=\"{y + 2}\" width=\"{w:F1}\" height=\"{rowH - 5}\" fill=\"{PostsColour}\"><title>{Esc(rows[i].Name)} {v}</title></rect>"));
            s.Append(Inv($"<text x=\"{140 + w:F1}\" y=\"{y + 12}\" font-size=\"11\" fill=\"#333\">{v:N0}</text>"));
        }
        s.Append("</svg>");
        return new HtmlString(s.ToString());
    }

    private static void Axis(StringBuilder s, int max, int plotH)
    {
        s.Append(Inv($"<line x1=\"{Left}\" y1=\"{Top + plotH}\" x2=\"{Width - Right}\" y2=\"{Top + plotH}\" stroke=\"#999\"/>"));
        for (var k = 0; k <= 2; k++)
        {
            var y = Top + plotH - (plotH * k / 2.0);
            s.Append(Inv($"<text x=\"{Left - 6}\" y=\"{y + 4:F1}\" font-size=\"11\" text-anchor=\"end\" fill=\"#555\">{max * k / 2:N0}</text>"));
        }
    }

    private static void Bar(StringBuilder s, double x, double w, int value, int max, int plotH, string colour, string title)
    {
        var h = plotH * (double)value / max;
        s.Append(Inv($"<rect x=\"{x:F1}\" y=\"{Top + plotH - h:F1}\" width=\"{w:F1}\" height=\"{h:F1}\" fill=\"{colour}\"><title>{Esc(title)}</title></rect>"));
    }

    private static string Cut(string s, int n) => s.Length <= n ? s : s[..n] + "…";

    private static string Esc(string s) => WebUtility.HtmlEncode(s);

    private static string Inv(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
