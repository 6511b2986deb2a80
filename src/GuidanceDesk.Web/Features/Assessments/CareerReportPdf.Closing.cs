using GuidanceDesk.Web.Infrastructure.Pdf;
using PdfSharp.Drawing;
using PdfSharp.UniversalAccessibility;

namespace GuidanceDesk.Web.Features.Assessments;

public sealed partial class CareerReportPdf
{
    private sealed partial class Writer
    {
        private const string Blank = "＿＿＿＿＿＿＿";

        /// <summary>反馈记录: as recorded, or blanks to fill in by hand when the report has not been fed back yet.</summary>
        private void Feedback()
        {
            if (M.Feedback is { } f)
            {
                const double label = 66;
                var value = FlowCanvas.Width / 2 - label;
                new FlowTable(
                [
                    new("", label, Font: S.Cell, Ink: S.Muted, RowHeader: true), new("", value, Font: S.Body),
                    new("", label, Font: S.Cell, Ink: S.Muted, RowHeader: true), new("", value, Font: S.Body),
                ], S.Table(), showHeader: false).Render(C, [["反馈日期", f.On, "反馈方式", f.Channel]]);
                new FlowTable([new("", label, Font: S.Cell, Ink: S.Muted, RowHeader: true), new("", FlowCanvas.Width - label, Font: S.Body)],
                    S.Table(), showHeader: false).Render(C, [["劳动者意见", string.IsNullOrWhiteSpace(f.Comments) ? "（无）" : f.Comments]]);
                return;
            }

            var line = S.Body.GetHeight();
            const double writeLine = 24;
            C.EnsureSpace(2 * line + 8 + 2 * writeLine + 4);
            using (C.Element(PdfBlockLevelElementTag.Paragraph))
            {
                C.Gfx.DrawString($"反馈日期：{Blank}年＿＿＿月＿＿＿日　　　反馈方式：□ 面谈　□ 网上", S.Body, S.Ink,
                    new XRect(FlowCanvas.Left, C.Y, FlowCanvas.Width, line), XStringFormats.TopLeft);
                C.Y += line + 8;
                C.Gfx.DrawString("劳动者意见：", S.Body, S.Ink, new XRect(FlowCanvas.Left, C.Y, FlowCanvas.Width, line), XStringFormats.TopLeft);
            }
            using (C.Artifact())
            {
                // The first line continues the label's line; two more full lines below it.
                var labelWidth = C.Measure("劳动者意见：", S.Body);
                for (var i = 0; i < 3; i++)
                {
                    var y = C.Y + line + i * writeLine;
                    C.Gfx.DrawLine(S.WriteLine, FlowCanvas.Left + (i == 0 ? labelWidth + 2 : 0), y, FlowCanvas.Left + FlowCanvas.Width, y);
                }
            }
            C.Y += line + 2 * writeLine + 4;
        }

        /// <summary>说明: the caveat in a bordered, shaded box.</summary>
        private void Caveat()
        {
            if (string.IsNullOrWhiteSpace(M.Caveat))
                return;
            C.Y += SectionGap;
            using (C.Group(PdfGroupingElementTag.Section))
                NoteBox("说明", [M.Caveat], S.BoxFill, S.Heading, S.Heading, S.Small, S.BoxBorder, titleTag: PdfBlockLevelElementTag.Heading2);
        }

        /// <summary>The signature line, with room to sign by hand.</summary>
        private void Signatures()
        {
            var line = S.Body.GetHeight();
            C.Y += 18;
            C.EnsureSpace(line + 8);
            var parts = new[] { $"职业指导人员签名：{Blank}", $"劳动者签名：{Blank}", $"日期：{Blank}" };
            var widths = parts.Select(p => C.Measure(p, S.Body)).ToArray();
            var gap = (FlowCanvas.Width - widths.Sum()) / (parts.Length - 1);
            var x = FlowCanvas.Left;
            using (C.Element(PdfBlockLevelElementTag.Paragraph))
            {
                for (var i = 0; i < parts.Length; i++)
                {
                    C.Gfx.DrawString(parts[i], S.Body, S.Ink, new XRect(x, C.Y, widths[i] + 1, line), XStringFormats.TopLeft);
                    x += widths[i] + gap;
                }
            }
            C.Y += line + 10;
        }

        /// <summary>Sources and licences of the instruments and data, in small grey print at the very end.</summary>
        private void Attributions()
        {
            if (M.Attributions.Count == 0)
                return;
            C.Y += 8;
            C.EnsureSpace(3 * S.Tiny.GetHeight());
            using (C.Artifact())
                C.Gfx.DrawLine(S.Rule, FlowCanvas.Left, C.Y, FlowCanvas.Left + 120, C.Y);
            C.Y += 4;
            Paragraph("资料来源与许可", S.Tiny, S.Muted, after: 1);
            foreach (var attribution in M.Attributions)
                Paragraph(attribution, S.Tiny, S.Muted, after: 2);
        }
    }
}
