using System.Globalization;
using PdfSharp.Drawing;

namespace GuidanceDesk.Web.Features.Assessments;

public sealed partial class CareerReportPdf
{
    private sealed partial class Writer
    {
        /// <summary>The RIASEC hexagon in <paramref name="area"/>: the geometry of <see cref="HexagonGeometry"/> (as on
        /// the web page), tagged as one figure whose alt text lists the six raw scores.</summary>
        private void Hexagon(IReadOnlyList<ReportScale> six, XRect area)
        {
            var gfx = C.Gfx;
            var r = area.Width * HexagonGeometry.RadiusShare;
            var (cx, cy) = (area.Left + area.Width / 2, area.Top + area.Height / 2);
            var grid = new XPen(Color(HexagonGeometry.GridColor), 0.6);
            var accent = Color(HexagonGeometry.AccentColor);
            var accentDark = Color(HexagonGeometry.AccentDark);
            var labelFont = S.Small;
            var scoreFont = S.CellBold;
            var labelInk = new XSolidBrush(Color(HexagonGeometry.LabelColor));
            var scoreInk = new XSolidBrush(Color(HexagonGeometry.ScoreColor));

            using (C.Figure(HexagonGeometry.AltText(six), area))
            {
                foreach (var ring in HexagonGeometry.Rings)
                    gfx.DrawPolygon(grid, Points(cx, cy, Enumerable.Repeat(r * ring, 6).ToList()));
                for (var i = 0; i < 6; i++)
                {
                    var (x, y) = HexagonGeometry.Vertex(i, cx, cy, r);
                    gfx.DrawLine(grid, cx, cy, x, y);
                }
                var radii = six.Select(s => r * HexagonGeometry.Share(s)).ToList();
                var polygon = Points(cx, cy, radii);
                var fill = new XSolidBrush(XColor.FromArgb((int)Math.Round(255 * HexagonGeometry.FillOpacity), accent.R, accent.G, accent.B));
                var outline = new XPen(accentDark, 1.6) { LineJoin = XLineJoin.Round };
                gfx.DrawPolygon(outline, fill, polygon, XFillMode.Winding);
                var dot = new XSolidBrush(accentDark);
                foreach (var p in polygon)
                    gfx.DrawEllipse(dot, p.X - 2.2, p.Y - 2.2, 4.4, 4.4);

                for (var i = 0; i < 6; i++)
                    Label(six[i], i, cx, cy, r, labelFont, scoreFont, labelInk, scoreInk);
            }
        }

        private void Label(ReportScale scale, int index, double cx, double cy, double r, XFont labelFont, XFont scoreFont, XBrush labelInk, XBrush scoreInk)
        {
            var (vx, vy) = HexagonGeometry.Vertex(index, cx, cy, r);
            var gap = 5.0;
            var line = labelFont.GetHeight();
            var text = HexagonGeometry.Label(scale);
            var score = scale.Raw.ToString(CultureInfo.InvariantCulture);
            const double w = 90;
            // Two lines per corner: "社会型 S" and the raw score, placed outside the corner.
            var (rect, align) = HexagonGeometry.SideOf(index) switch
            {
                LabelSide.Above => (new XRect(vx - w / 2, vy - gap - 2 * line, w, line), XStringAlignment.Center),
                LabelSide.Below => (new XRect(vx - w / 2, vy + gap, w, line), XStringAlignment.Center),
                LabelSide.Right => (new XRect(vx + gap + 1, vy - line, w, line), XStringAlignment.Near),
                _ => (new XRect(vx - gap - 1 - w, vy - line, w, line), XStringAlignment.Far),
            };
            var format = new XStringFormat { Alignment = align, LineAlignment = XLineAlignment.Near };
            C.Gfx.DrawString(text, labelFont, labelInk, rect, format);
            rect.Offset(0, line);
            C.Gfx.DrawString(score, scoreFont, scoreInk, rect, format);
        }

        private static XPoint[] Points(double cx, double cy, IReadOnlyList<double> radii) =>
            radii.Select((radius, i) => HexagonGeometry.Vertex(i, cx, cy, radius)).Select(p => new XPoint(p.X, p.Y)).ToArray();

        private static XColor Color(string hex) =>
            XColor.FromArgb(int.Parse(hex.AsSpan(1, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture),
                int.Parse(hex.AsSpan(3, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture),
                int.Parse(hex.AsSpan(5, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture));
    }
}
