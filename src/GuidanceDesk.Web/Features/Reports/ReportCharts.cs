using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Html;

namespace GuidanceDesk.Web.Features.Reports;

/// <summary>
/// Horizontal bar charts of counts as inline SVG drawn on the server, in the style of the survey dashboard (no script,
/// no style attributes — the CSP allows neither). Bars scale to the largest value; labels arrive already localized.
/// </summary>
public static class ReportCharts
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    public static IHtmlContent Bars(IReadOnlyList<(string Label, long Value)> bars, string title)
    {
        const int w = 420, row = 24, left = 130, right = 60;
        var h = bars.Count * row + 20;
        var max = Math.Max(1, bars.Count == 0 ? 1 : bars.Max(b => b.Value));
        var sb = new StringBuilder().Append(Inv,
            $"<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" viewBox=\"0 0 {w} {h}\" width=\"{w}\" height=\"{h}\" role=\"img\" aria-label=\"{E(title)}\"><title>{E(title)}</title>");
        for (var i = 0; i < bars.Count; i++)
        {
            var (label, value) = bars[i];
            var y = 8 + i * row;
            var len = (double)value / max * (w - left - right);
            sb.Append(Inv, $"<text x=\"{left - 6}\" y=\"{y + 14}\" text-anchor=\"end\">{E(label)}</text>");
            sb.Append(Inv, $"<rect x=\"{left}\" y=\"{y + 2}\" width=\"{len:0.#}\" height=\"15\" class=\"bar\"><title>{E(label)} {value}</title></rect>");
            sb.Append(Inv, $"<text x=\"{left + len + 4:0.#}\" y=\"{y + 14}\">{value.ToString("N0", Inv)}</text>");
        }

        sb.Append(Inv, $"<line x1=\"{left}\" y1=\"4\" x2=\"{left}\" y2=\"{h - 8}\" class=\"axis\" /></svg>");
        return new HtmlString(sb.ToString());
    }

    private static string E(string s) => HtmlEncoder.Default.Encode(s);
}
