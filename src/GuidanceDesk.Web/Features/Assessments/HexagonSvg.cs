using System.Globalization;
using System.Net;
using System.Text;

namespace GuidanceDesk.Web.Features.Assessments;

/// <summary>
/// The RIASEC hexagon of the career report as inline SVG for the web page: the same geometry as the PDF chart
/// (<see cref="HexagonGeometry"/>). Only presentation attributes, no style attributes or scripts, so it renders under a
/// strict Content-Security-Policy; the accessible name (role="img" + &lt;title&gt;) is the chart's alt text.
/// </summary>
public static class HexagonSvg
{
    private const string FontFamily = "'Noto Sans SC','PingFang SC','Microsoft YaHei','Source Han Sans SC',sans-serif";

    /// <summary>An inline &lt;svg&gt; of <paramref name="size"/> × <paramref name="size"/> px for six scales in R I A S E C order.</summary>
    public static string Render(IReadOnlyList<ReportScale> sixInRiasecOrder, int size = 280)
    {
        ArgumentNullException.ThrowIfNull(sixInRiasecOrder);
        if (sixInRiasecOrder.Count != 6)
            throw new ArgumentException("The hexagon needs the six RIASEC scales in R I A S E C order.", nameof(sixInRiasecOrder));
        ArgumentOutOfRangeException.ThrowIfLessThan(size, 120);

        var s = (double)size;
        var (cx, cy, r) = (s / 2, s / 2, s * HexagonGeometry.RadiusShare);
        var fontSize = s / 25.5;
        var sb = new StringBuilder(4096);
        sb.Append(CultureInfo.InvariantCulture,
            $"<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {N(s)} {N(s)}\" width=\"{N(s)}\" height=\"{N(s)}\" role=\"img\" focusable=\"false\">");
        sb.Append("<title>").Append(WebUtility.HtmlEncode(HexagonGeometry.AltText(sixInRiasecOrder))).Append("</title>");

        sb.Append("<g fill=\"none\" stroke=\"").Append(HexagonGeometry.GridColor).Append("\" stroke-width=\"1\">");
        foreach (var ring in HexagonGeometry.Rings)
            sb.Append("<polygon points=\"").Append(Points(cx, cy, Enumerable.Repeat(r * ring, 6))).Append("\"/>");
        for (var i = 0; i < 6; i++)
        {
            var (x, y) = HexagonGeometry.Vertex(i, cx, cy, r);
            sb.Append(CultureInfo.InvariantCulture, $"<line x1=\"{N(cx)}\" y1=\"{N(cy)}\" x2=\"{N(x)}\" y2=\"{N(y)}\"/>");
        }
        sb.Append("</g>");

        var radii = sixInRiasecOrder.Select(sc => r * HexagonGeometry.Share(sc)).ToList();
        sb.Append("<polygon points=\"").Append(Points(cx, cy, radii)).Append("\" fill=\"").Append(HexagonGeometry.AccentColor)
            .Append("\" fill-opacity=\"").Append(N(HexagonGeometry.FillOpacity)).Append("\" stroke=\"").Append(HexagonGeometry.AccentDark)
            .Append("\" stroke-width=\"2\" stroke-linejoin=\"round\"/>");
        sb.Append("<g fill=\"").Append(HexagonGeometry.AccentDark).Append("\">");
        for (var i = 0; i < 6; i++)
        {
            var (x, y) = HexagonGeometry.Vertex(i, cx, cy, radii[i]);
            sb.Append(CultureInfo.InvariantCulture, $"<circle cx=\"{N(x)}\" cy=\"{N(y)}\" r=\"{N(s / 95)}\"/>");
        }
        sb.Append("</g>");

        sb.Append("<g font-family=\"").Append(FontFamily).Append("\" font-size=\"").Append(N(fontSize)).Append("\">");
        for (var i = 0; i < 6; i++)
            AppendLabel(sb, sixInRiasecOrder[i], i, cx, cy, r, fontSize);
        sb.Append("</g></svg>");
        return sb.ToString();
    }

    private static void AppendLabel(StringBuilder sb, ReportScale scale, int index, double cx, double cy, double r, double fontSize)
    {
        var (vx, vy) = HexagonGeometry.Vertex(index, cx, cy, r);
        var gap = fontSize * 0.6;
        var line = fontSize * 1.3;
        var (anchor, x, nameY) = HexagonGeometry.SideOf(index) switch
        {
            LabelSide.Above => ("middle", vx, vy - gap - line - fontSize * 0.25),
            LabelSide.Below => ("middle", vx, vy + gap + fontSize),
            LabelSide.Right => ("start", vx + gap, vy - fontSize * 0.15),
            _ => ("end", vx - gap, vy - fontSize * 0.15),
        };
        sb.Append(CultureInfo.InvariantCulture, $"<text x=\"{N(x)}\" y=\"{N(nameY)}\" text-anchor=\"{anchor}\" fill=\"{HexagonGeometry.LabelColor}\">")
            .Append(WebUtility.HtmlEncode(HexagonGeometry.Label(scale))).Append("</text>");
        sb.Append(CultureInfo.InvariantCulture,
                $"<text x=\"{N(x)}\" y=\"{N(nameY + line)}\" text-anchor=\"{anchor}\" font-weight=\"700\" fill=\"{HexagonGeometry.ScoreColor}\">")
            .Append(scale.Raw.ToString(CultureInfo.InvariantCulture)).Append("</text>");
    }

    private static string Points(double cx, double cy, IEnumerable<double> radii) =>
        string.Join(' ', radii.Select((radius, i) => HexagonGeometry.Vertex(i, cx, cy, radius)).Select(p => $"{N(p.X)},{N(p.Y)}"));

    private static string N(double v) => Math.Round(v, 2).ToString("0.##", CultureInfo.InvariantCulture);
}

internal enum LabelSide { Above, Right, Below, Left }

/// <summary>
/// The hexagon both the PDF and the web page draw: flat-topped, R at the top left and then clockwise I, A, S, E, C
/// (Holland's arrangement, neighbours most alike); each type's point at Share = (raw − min) / (max − min) of the
/// radius; grid rings at 25, 50, 75 and 100 %.
/// </summary>
internal static class HexagonGeometry
{
    /// <summary>Radius as a share of the chart's width, leaving room for the labels beside the A and C corners.</summary>
    public const double RadiusShare = 0.27;
    public const double FillOpacity = 0.28;
    public const string AccentColor = "#E07B39";
    public const string AccentDark = "#B85F22";
    public const string GridColor = "#D3DAE3";
    public const string LabelColor = "#3A4656";
    public const string ScoreColor = "#1F3A5F";

    public static readonly IReadOnlyList<double> Rings = [0.25, 0.5, 0.75, 1.0];

    /// <summary>Corner <paramref name="index"/> (0 = R … 5 = C) at <paramref name="radius"/>, y growing downwards.</summary>
    public static (double X, double Y) Vertex(int index, double cx, double cy, double radius)
    {
        var angle = (-120 + 60 * index) * Math.PI / 180;
        return (cx + radius * Math.Cos(angle), cy + radius * Math.Sin(angle));
    }

    public static LabelSide SideOf(int index) => index switch
    {
        0 or 1 => LabelSide.Above,
        2 => LabelSide.Right,
        3 or 4 => LabelSide.Below,
        _ => LabelSide.Left,
    };

    public static double Share(ReportScale scale) =>
        scale.Max <= scale.Min ? 0 : Math.Clamp((double)(scale.Raw - scale.Min) / (scale.Max - scale.Min), 0, 1);

    /// <summary>"现实型 R".</summary>
    public static string Label(ReportScale scale) => $"{scale.Name} {scale.Code}";

    /// <summary>"RIASEC 六边形图：现实型 20，研究型 18，…（原始分，各型范围 8–40）".</summary>
    public static string AltText(IReadOnlyList<ReportScale> six)
    {
        var scores = string.Join("，", six.Select(s => $"{s.Name} {s.Raw.ToString(CultureInfo.InvariantCulture)}"));
        var sameRange = six.Select(s => (s.Min, s.Max)).Distinct().Count() == 1;
        var range = sameRange && six.Count > 0
            ? $"（原始分，各型范围 {six[0].Min.ToString(CultureInfo.InvariantCulture)}–{six[0].Max.ToString(CultureInfo.InvariantCulture)}）"
            : "（原始分）";
        return "RIASEC 六边形图：" + scores + range;
    }
}
