using System.Globalization;
using GuidanceDesk.Web.Infrastructure.Pdf;
using PdfSharp.Drawing;
using PdfSharp.UniversalAccessibility;

namespace GuidanceDesk.Web.Features.Assessments;

public sealed partial class CareerReportPdf
{
    private sealed partial class Writer
    {
        private const double NameWidth = 100;
        private const double RawWidth = 74;
        private const double PercentWidth = 40;
        private const double LevelWidth = 46;
        private const double BarGap = 10;
        private const double BarRowHeight = 21;
        private const double ProfileLead = 18 + 3 * BarRowHeight; // bar header and three bars

        /// <summary>人格特点 / 工作价值观 / 能力自评: the summary, a percentile bar per scale, then what each scale means.</summary>
        private void Profile(ReportProfile profile)
        {
            if (!string.IsNullOrWhiteSpace(profile.Summary))
                Paragraph(profile.Summary, S.Body, S.Ink, after: 6);
            if (profile.Scales.Count == 0)
                return;
            PercentileBars(profile.Scales);
            var meanings = profile.Scales.Where(s => !string.IsNullOrWhiteSpace(s.Meaning))
                .Select(s => (IReadOnlyList<string?>)[$"{s.Name}（{s.Level}）", s.Meaning]).ToList();
            if (meanings.Count == 0)
                return;
            C.Y += 8;
            var term = S.TermWidth(C, meanings.Select(m => m[0]!), 160);
            new FlowTable([new("", term, Font: S.SmallBold, Ink: S.Heading, RowHeader: true), new("", FlowCanvas.Width - term)],
                S.DefinitionList(), showHeader: false).Render(C, meanings);
        }

        private void PercentileBars(IReadOnlyList<ReportScale> scales)
        {
            var barWidth = FlowCanvas.Width - NameWidth - RawWidth - PercentWidth - LevelWidth - 2 * BarGap;
            var barLeft = FlowCanvas.Left + NameWidth + RawWidth + BarGap;
            var headerHeight = S.CellBold.GetHeight() + 6;
            using var table = C.Element(PdfBlockLevelElementTag.Table);
            C.EnsureSpace(headerHeight + BarRowHeight * Math.Min(3, scales.Count));
            BarHeader(barLeft, barWidth, headerHeight, tagged: true);
            foreach (var scale in scales)
            {
                var nameLines = C.Wrap(scale.Name, S.Cell, NameWidth - 8);
                var height = Math.Max(BarRowHeight, nameLines.Count * S.Cell.GetHeight() + 6);
                if (C.EnsureSpace(height))
                    BarHeader(barLeft, barWidth, headerHeight, tagged: false);
                using (C.Element(PdfBlockLevelElementTag.TableRow))
                    BarRow(scale, nameLines, barLeft, barWidth, height);
                C.Y += height;
            }
        }

        private void BarHeader(double barLeft, double barWidth, double height, bool tagged)
        {
            var gfx = C.Gfx;
            var y = C.Y;
            using (C.Artifact())
            {
                gfx.DrawRectangle(S.HeaderFill, FlowCanvas.Left, y, FlowCanvas.Width, height);
                gfx.DrawLine(S.Rule, FlowCanvas.Left, y + height, FlowCanvas.Left + FlowCanvas.Width, y + height);
                // Scale ticks over the bars: 0 at the left end, 50 over the marker, 100 at the right end.
                foreach (var (tick, align, shift) in new[] { (0, XStringAlignment.Near, 0.0), (50, XStringAlignment.Center, -20.0), (100, XStringAlignment.Far, -40.0) })
                {
                    var x = barLeft + barWidth * tick / 100 + shift;
                    var format = new XStringFormat { Alignment = align, LineAlignment = XLineAlignment.Near };
                    gfx.DrawString(tick.ToString(CultureInfo.InvariantCulture), S.Tiny, S.Muted, new XRect(x, y + 5, 40, 10), format);
                }
            }
            var cells = new (string Text, double X, double Width, XStringFormat Format)[]
            {
                ("量表", FlowCanvas.Left + 4, NameWidth, XStringFormats.TopLeft),
                ("原始分 / 范围", FlowCanvas.Left + NameWidth, RawWidth, XStringFormats.TopCenter),
                ("百分位", barLeft + barWidth + BarGap, PercentWidth, XStringFormats.TopCenter),
                ("水平", FlowCanvas.Left + FlowCanvas.Width - LevelWidth, LevelWidth, XStringFormats.TopCenter),
            };
            using (tagged ? C.Element(PdfBlockLevelElementTag.TableRow) : C.Artifact())
            {
                foreach (var (text, x, width, format) in cells)
                {
                    using (tagged ? C.Element(PdfBlockLevelElementTag.TableHeaderCell) : default)
                        gfx.DrawString(text, S.CellBold, S.Heading, new XRect(x, y + 3, width, height), format);
                }
            }
            C.Y += height;
        }

        private void BarRow(ReportScale scale, List<string> nameLines, double barLeft, double barWidth, double height)
        {
            var gfx = C.Gfx;
            var y = C.Y;
            var mid = y + height / 2;
            var cellLine = S.Cell.GetHeight();
            using (C.Artifact())
            {
                gfx.DrawLine(S.Rule, FlowCanvas.Left, y + height, FlowCanvas.Left + FlowCanvas.Width, y + height);
                const double track = 7;
                gfx.DrawRoundedRectangle(S.Track, barLeft, mid - track / 2, barWidth, track, 3, 3);
                var filled = barWidth * Math.Clamp(scale.Percentile, 0, 100) / 100.0;
                if (filled > 0.5)
                    gfx.DrawRoundedRectangle(S.Bar, barLeft, mid - track / 2, Math.Max(filled, 3), track, 3, 3);
                var half = barLeft + barWidth / 2;
                gfx.DrawLine(S.Marker, half, mid - 6, half, mid + 6);
            }
            Cell(() =>
            {
                var top = mid - nameLines.Count * cellLine / 2;
                foreach (var line in nameLines)
                {
                    gfx.DrawString(line, S.Cell, S.Ink, new XRect(FlowCanvas.Left + 4, top, NameWidth - 8, cellLine), XStringFormats.TopLeft);
                    top += cellLine;
                }
            });
            Cell(() => gfx.DrawString($"{Num(scale.Raw)} / {Num(scale.Min)}–{Num(scale.Max)}", S.Small, S.Muted,
                new XRect(FlowCanvas.Left + NameWidth, y, RawWidth, height), XStringFormats.Center));
            Cell(() => gfx.DrawString(Num(scale.Percentile), S.CellBold, S.Heading,
                new XRect(barLeft + barWidth + BarGap, y, PercentWidth, height), XStringFormats.Center));
            Cell(() => LevelPill(scale.Level, new XRect(FlowCanvas.Left + FlowCanvas.Width - LevelWidth + 6, mid - 7.5, LevelWidth - 12, 15)));
        }

        private void Cell(Action draw)
        {
            using (C.Element(PdfBlockLevelElementTag.TableDataCell))
                draw();
        }

        /// <summary>The level word in a pill: filled for 较高, tinted for 中等, outlined for 较低 — no value judgement.</summary>
        private void LevelPill(string level, XRect rect)
        {
            var (fill, ink) = level switch
            {
                "较高" => (S.Bar, S.White),
                "较低" => (S.White, S.Muted),
                _ => (S.Track, S.Heading),
            };
            using (C.Artifact())
                C.Gfx.DrawRoundedRectangle(level == "较低" ? S.StrongRule : null, fill, rect, new XSize(rect.Height, rect.Height));
            C.Gfx.DrawString(level, S.Small, ink, rect, XStringFormats.Center);
        }
    }
}
