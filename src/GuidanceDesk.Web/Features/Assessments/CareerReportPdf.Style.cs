using GuidanceDesk.Web.Infrastructure.Pdf;
using PdfSharp.Drawing;
using PdfSharp.UniversalAccessibility;

namespace GuidanceDesk.Web.Features.Assessments;

public sealed partial class CareerReportPdf
{
    /// <summary>
    /// The report's looks: a calm palette (dark blue headings, light grey rules, one warm accent for the hexagon) and
    /// the fonts. Made per document: PDFsharp's pens, brushes and fonts are not meant to be shared between threads.
    /// </summary>
    private sealed class ReportStyle
    {
        public static readonly XColor Navy = XColor.FromArgb(0x1F, 0x3A, 0x5F);
        public static readonly XColor InkColor = XColor.FromArgb(0x22, 0x2B, 0x36);
        public static readonly XColor MutedColor = XColor.FromArgb(0x5F, 0x6B, 0x7A);
        public static readonly XColor RuleColor = XColor.FromArgb(0xD9, 0xDE, 0xE5);
        public static readonly XColor BarColor = XColor.FromArgb(0x4A, 0x6F, 0xA5);
        public static readonly XColor AmberDark = XColor.FromArgb(0x7A, 0x4E, 0x00);

        public XFont TitleFont { get; } = PdfFonts.Font(20, bold: true);
        public XFont H2 { get; } = PdfFonts.Font(12.5, bold: true);
        public XFont H3 { get; } = PdfFonts.Font(10, bold: true);
        public XFont Body { get; } = PdfFonts.Font(10);
        public XFont BodyBold { get; } = PdfFonts.Font(10, bold: true);
        public XFont Cell { get; } = PdfFonts.Font(9);
        public XFont CellBold { get; } = PdfFonts.Font(9, bold: true);
        public XFont Small { get; } = PdfFonts.Font(8.5);
        public XFont SmallBold { get; } = PdfFonts.Font(8.5, bold: true);
        public XFont Tiny { get; } = PdfFonts.Font(7.5);
        public XFont CodeFont { get; } = PdfFonts.Font(18, bold: true);
        public XFont WatermarkFont { get; } = PdfFonts.Font(120, bold: true);

        public XBrush Ink { get; } = new XSolidBrush(InkColor);
        public XBrush Muted { get; } = new XSolidBrush(MutedColor);
        public XBrush Heading { get; } = new XSolidBrush(Navy);
        public XBrush White { get; } = new XSolidBrush(XColors.White);
        public XBrush BandSubtle { get; } = new XSolidBrush(XColor.FromArgb(0xC9, 0xD6, 0xE6));
        public XBrush Accent { get; } = new XSolidBrush(XColor.FromArgb(0xB8, 0x5F, 0x22));
        public XBrush Stripe { get; } = new XSolidBrush(XColor.FromArgb(0xF5, 0xF7, 0xFA));
        public XBrush HeaderFill { get; } = new XSolidBrush(XColor.FromArgb(0xE9, 0xEE, 0xF4));
        public XBrush Track { get; } = new XSolidBrush(XColor.FromArgb(0xE6, 0xEA, 0xF0));
        public XBrush Bar { get; } = new XSolidBrush(BarColor);
        public XBrush AmberFill { get; } = new XSolidBrush(XColor.FromArgb(0xFF, 0xF5, 0xE0));
        public XBrush AmberBar { get; } = new XSolidBrush(XColor.FromArgb(0xE0, 0xA0, 0x30));
        public XBrush AmberInk { get; } = new XSolidBrush(AmberDark);
        public XBrush BoxFill { get; } = new XSolidBrush(XColor.FromArgb(0xF4, 0xF6, 0xF9));
        public XBrush Watermark { get; } = new XSolidBrush(XColor.FromArgb(24, 0xC0, 0x39, 0x2B));

        public XPen Rule { get; } = new(RuleColor, 0.6);
        public XPen StrongRule { get; } = new(XColor.FromArgb(0x9A, 0xA8, 0xB8), 0.8);
        public XPen BoxBorder { get; } = new(XColor.FromArgb(0xC5, 0xCF, 0xDB), 0.8);
        public XPen Marker { get; } = new(XColor.FromArgb(0x3A, 0x46, 0x56), 0.9);
        public XPen WriteLine { get; } = new(XColor.FromArgb(0x9A, 0xA8, 0xB8), 0.6);

        /// <summary>Width of a definition list's term column: the widest term, within limits.</summary>
        public double TermWidth(FlowCanvas canvas, IEnumerable<string> terms, double max) =>
            Math.Min(max, terms.Select(t => canvas.Measure(t, SmallBold)).DefaultIfEmpty(0).Max() + 12);

        public FlowTableStyle Table(XBrush? stripe = null) => new()
        {
            HeaderFont = CellBold, CellFont = Cell, HeaderInk = Heading, Ink = Ink, Rule = Rule, HeaderFill = HeaderFill,
            StripeFill = stripe, EmphasisFont = CellBold,
        };

        /// <summary>A borderless two-column list (term | description) in small print.</summary>
        public FlowTableStyle DefinitionList() => new()
        {
            HeaderFont = SmallBold, CellFont = Small, HeaderInk = Heading, Ink = Ink, PadY = 2.5, PadX = 0,
        };
    }

    private sealed partial class Writer
    {
        private const double SectionGap = 16;
        private const double KeepWithHeading = 56; // a heading alone at the foot of a page is useless

        /// <summary>"一、基本情况": a dark blue bar, the heading, a light rule across.</summary>
        private void Heading(string text, double keep)
        {
            var height = S.H2.GetHeight() + 6;
            if (!C.AtTop)
                C.Y += SectionGap;
            C.EnsureSpace(height + 6 + Math.Min(keep, C.PageSpace - height - 6));
            using (C.Artifact())
            {
                C.Gfx.DrawRectangle(S.Heading, FlowCanvas.Left, C.Y + 3, 3.5, S.H2.GetHeight() - 6);
                C.Gfx.DrawLine(S.Rule, FlowCanvas.Left, C.Y + height - 1, FlowCanvas.Left + FlowCanvas.Width, C.Y + height - 1);
            }
            using (C.Element(PdfBlockLevelElementTag.Heading2))
                C.Gfx.DrawString(text, S.H2, S.Heading, new XRect(FlowCanvas.Left + 10, C.Y, FlowCanvas.Width - 10, S.H2.GetHeight()), XStringFormats.TopLeft);
            C.Y += height + 6;
        }

        private void SubHeading(string text, double keep)
        {
            var height = S.H3.GetHeight();
            C.Y += 6;
            C.EnsureSpace(height + 2 + keep);
            using (C.Element(PdfBlockLevelElementTag.Heading3))
                C.Gfx.DrawString(text, S.H3, S.Heading, new XRect(FlowCanvas.Left, C.Y, FlowCanvas.Width, height), XStringFormats.TopLeft);
            C.Y += height + 2;
        }

        /// <summary>Running text that continues on the next page when long (never fewer than two lines left behind).</summary>
        private void Paragraph(string? text, XFont font, XBrush brush, double indent = 0, double after = 5)
        {
            var width = FlowCanvas.Width - indent;
            var lines = C.Wrap(text, font, width);
            var lineHeight = font.GetHeight();
            C.EnsureSpace(Math.Min(2, lines.Count) * lineHeight);
            using (C.Element(PdfBlockLevelElementTag.Paragraph))
            {
                foreach (var line in lines)
                {
                    C.EnsureSpace(lineHeight);
                    if (line.Length > 0)
                        C.Gfx.DrawString(line, font, brush, new XRect(FlowCanvas.Left + indent, C.Y, width, lineHeight), XStringFormats.TopLeft);
                    C.Y += lineHeight;
                }
            }
            C.Y += after;
        }

        private void TextOrBlank(string? text)
        {
            if (string.IsNullOrWhiteSpace(text))
                Paragraph("（尚未填写）", S.Body, S.Muted);
            else
                Paragraph(text, S.Body, S.Ink);
        }

        private const double BulletIndent = 9;
        private const string Bullet = "·";

        /// <summary>One printed line of a bulleted item: the item's first line carries the bullet.</summary>
        private sealed record BulletLine(int Item, string Text, bool First);

        /// <summary>Items wrapped with a hanging indent: continuation lines align with the text, not the bullet.</summary>
        private List<BulletLine> BulletLines(IEnumerable<string> items, XFont font, double width)
        {
            var result = new List<BulletLine>();
            var k = 0;
            foreach (var item in items)
            {
                var lines = C.Wrap(item, font, width - BulletIndent);
                for (var j = 0; j < lines.Count; j++)
                    result.Add(new BulletLine(k, lines[j], j == 0));
                k++;
            }
            return result;
        }

        /// <summary>A bulleted list (tagged L / LI / Lbl / LBody) flowing from the cursor at <paramref name="x"/>.</summary>
        private void BulletList(List<BulletLine> lines, XFont font, XBrush brush, double x, double width)
        {
            var lineHeight = font.GetHeight();
            using var list = C.Element(PdfBlockLevelElementTag.List);
            foreach (var item in lines.GroupBy(l => l.Item))
            {
                C.EnsureSpace(Math.Min(2, item.Count()) * lineHeight);
                using var listItem = C.Element(PdfBlockLevelElementTag.ListItem);
                using (C.Element(PdfBlockLevelElementTag.Label))
                    C.Gfx.DrawString(Bullet, font, brush, new XRect(x, C.Y, BulletIndent, lineHeight), XStringFormats.TopLeft);
                using (C.Element(PdfBlockLevelElementTag.ListBody))
                {
                    foreach (var line in item)
                    {
                        C.EnsureSpace(lineHeight);
                        C.Gfx.DrawString(line.Text, font, brush, new XRect(x + BulletIndent, C.Y, width - BulletIndent, lineHeight), XStringFormats.TopLeft);
                        C.Y += lineHeight;
                    }
                }
            }
        }

        /// <summary>A tinted box with a coloured bar on the left (or, given a <paramref name="border"/>, a rounded frame):
        /// a bold title, then the items, bulleted when <paramref name="bullets"/>. Kept on one page when it fits on one;
        /// a box taller than a page continues on the next.</summary>
        private void NoteBox(string title, IReadOnlyList<string> items, XBrush fill, XBrush bar, XBrush ink, XFont font, XPen? border = null,
            bool bullets = false, PdfBlockLevelElementTag titleTag = PdfBlockLevelElementTag.Heading3)
        {
            const double pad = 9;
            var inner = FlowCanvas.Width - 2 * pad - 4;
            var lines = bullets ? BulletLines(items, font, inner)
                : items.SelectMany((item, k) => C.Wrap(item, font, inner).Select(l => new BulletLine(k, l, First: false))).ToList();
            var (titleHeight, lineHeight) = (S.H3.GetHeight(), font.GetHeight());
            var head = pad + titleHeight + 3;
            var height = head + lines.Count * lineHeight + pad;
            C.EnsureSpace(height <= C.PageSpace ? height : head + 2 * lineHeight + pad);
            var x = FlowCanvas.Left + pad + 4;
            var textInk = border is null ? ink : S.Ink;
            var indent = bullets ? BulletIndent : 0;
            var paragraph = default(FlowCanvas.TagScope); // opened after the title, spans every page of the box
            for (var from = 0; ;)
            {
                var top = C.Y;
                var first = from == 0;
                var headHeight = first ? head : pad;
                var count = Math.Clamp((int)((C.Remaining - headHeight - pad) / lineHeight), 1, Math.Max(1, lines.Count - from));
                count = Math.Min(count, lines.Count - from);
                var segment = new XRect(FlowCanvas.Left, top, FlowCanvas.Width, headHeight + count * lineHeight + pad);
                var whole = first && from + count >= lines.Count;
                using (C.Artifact())
                {
                    if (border is null)
                    {
                        C.Gfx.DrawRectangle(fill, segment);
                        C.Gfx.DrawRectangle(bar, segment.Left, segment.Top, 3, segment.Height);
                    }
                    else if (whole)
                        C.Gfx.DrawRoundedRectangle(border, fill, segment, new XSize(6, 6));
                    else
                        C.Gfx.DrawRectangle(border, fill, segment);
                }
                var y = top + headHeight;
                if (first)
                {
                    using (C.Element(titleTag))
                        C.Gfx.DrawString(title, S.H3, ink, new XRect(x, top + pad, inner, titleHeight), XStringFormats.TopLeft);
                    paragraph = C.Element(PdfBlockLevelElementTag.Paragraph);
                }
                foreach (var line in lines.Skip(from).Take(count))
                {
                    if (line.First)
                        C.Gfx.DrawString(Bullet, font, textInk, new XRect(x, y, BulletIndent, lineHeight), XStringFormats.TopLeft);
                    C.Gfx.DrawString(line.Text, font, textInk, new XRect(x + indent, y, inner - indent, lineHeight), XStringFormats.TopLeft);
                    y += lineHeight;
                }
                C.Y = segment.Bottom;
                from += count;
                if (from >= lines.Count)
                    break;
                C.NewPage();
            }
            paragraph.Dispose();
            C.Y += 6;
        }

        private void Gap(double points) => C.Y = Math.Min(C.Y + points, C.Bottom);
    }
}
