using System.Globalization;
using GuidanceDesk.Web.Infrastructure.Pdf;
using PdfSharp.Drawing;
using PdfSharp.UniversalAccessibility;

namespace GuidanceDesk.Web.Features.Assessments;

public sealed partial class CareerReportPdf
{
    private sealed partial class Writer
    {
        private const double BandTop = 34;
        private const double BandHeight = 76;
        private const string DraftLabel = "草稿";

        /// <summary>A draft's watermark, drawn last on every page so that no shaded box hides it.</summary>
        public void OnPageEnd(FlowCanvas canvas)
        {
            if (M.Issued)
                return;
            var gfx = canvas.Gfx;
            using var artifact = canvas.Artifact();
            var state = gfx.Save();
            gfx.RotateAtTransform(-35, new XPoint(PdfStyle.PageWidth / 2, PdfStyle.PageHeight / 2));
            gfx.DrawString(DraftLabel, S.WatermarkFont, S.Watermark,
                new XRect(0, PdfStyle.PageHeight / 2 - 90, PdfStyle.PageWidth, 180), XStringFormats.Center);
            gfx.Restore(state);
        }

        /// <summary>Page furniture, drawn first on every page: the running header from page 2 on, and the footer with
        /// "第 x 页 共 y 页" and the report number.</summary>
        public void OnPageStart(FlowCanvas canvas)
        {
            var page = canvas.PageNumber;
            var gfx = canvas.Gfx;
            using var artifact = canvas.Artifact();
            var right = FlowCanvas.Left + FlowCanvas.Width;
            if (page > 1)
            {
                var running = $"{Title}｜{M.Person.Name}";
                gfx.DrawString(running, S.Tiny, S.Muted, new XRect(FlowCanvas.Left, 24, FlowCanvas.Width, 12), XStringFormats.TopLeft);
                var number = M.Issued ? M.ReportNumber : $"{M.ReportNumber}（{DraftLabel}）";
                gfx.DrawString(number, S.Tiny, S.Muted, new XRect(FlowCanvas.Left, 24, FlowCanvas.Width, 12), XStringFormats.TopRight);
                gfx.DrawLine(S.Rule, FlowCanvas.Left, 38, right, 38);
            }
            var footerY = PdfStyle.PageHeight - 36;
            gfx.DrawLine(S.Rule, FlowCanvas.Left, footerY - 6, right, footerY - 6);
            var total = totalPages?.ToString(CultureInfo.InvariantCulture) ?? "?";
            var box = new XRect(FlowCanvas.Left, footerY, FlowCanvas.Width, 12);
            gfx.DrawString($"报告编号：{M.ReportNumber}", S.Tiny, S.Muted, box, XStringFormats.TopLeft);
            gfx.DrawString($"第 {page} 页 共 {total} 页", S.Tiny, S.Muted, box, XStringFormats.TopCenter);
            gfx.DrawString($"生成时间：{M.GeneratedAt}", S.Tiny, S.Muted, box, XStringFormats.TopRight);
        }

        /// <summary>Page 1: the dark blue band with the title and unit, the number and date (or 草稿), the counselor.</summary>
        private void Header()
        {
            var gfx = C.Gfx;
            var unitWidth = FlowCanvas.Width * 0.55;
            var unitLines = C.Wrap(M.UnitName, S.Small, unitWidth);
            // The band grows with a unit name too long for two lines; nothing is cut.
            var height = Math.Max(BandHeight, 14 + S.TitleFont.GetHeight() + unitLines.Count * S.Small.GetHeight() + 14);
            var band = new XRect(FlowCanvas.Left, BandTop, FlowCanvas.Width, height);
            using (C.Artifact())
                gfx.DrawRoundedRectangle(S.Heading, band, new XSize(8, 8));
            var x = band.Left + 18;
            using (C.Element(PdfBlockLevelElementTag.Heading1))
                gfx.DrawString(Title, S.TitleFont, S.White, new XRect(x, band.Top + 12, 260, S.TitleFont.GetHeight()), XStringFormats.TopLeft);
            using (C.Element(PdfBlockLevelElementTag.Paragraph))
            {
                var y = band.Top + 14 + S.TitleFont.GetHeight();
                foreach (var line in unitLines)
                {
                    gfx.DrawString(line, S.Small, S.BandSubtle, new XRect(x, y, unitWidth, S.Small.GetHeight()), XStringFormats.TopLeft);
                    y += S.Small.GetHeight();
                }
            }

            var meta = new XRect(band.Right - 200 - 16, band.Top + 14, 200, 12);
            using (C.Element(PdfBlockLevelElementTag.Paragraph))
            {
                gfx.DrawString($"报告编号：{M.ReportNumber}", S.Small, S.White, meta, XStringFormats.TopRight);
                meta.Offset(0, S.Small.GetHeight() + 3);
                if (M.Issued)
                    gfx.DrawString($"出具日期：{M.IssuedOn ?? "—"}", S.Small, S.White, meta, XStringFormats.TopRight);
            }
            if (!M.Issued)
                DraftBadge(band.Right - 16, meta.Top);

            var infoY = band.Bottom + 8;
            var parts = new List<string> { $"职业指导人员：{(M.CounselorName.Length > 0 ? M.CounselorName : "—")}" };
            if (M.Issued && !string.IsNullOrWhiteSpace(M.IssuedBy) && M.IssuedBy != M.CounselorName)
                parts.Add($"出具人：{M.IssuedBy}");
            parts.Add(M.Issued ? "状态：已出具" : "状态：草稿（尚未出具）");
            C.Y = infoY;
            Paragraph(string.Join("　　", parts), S.Small, S.Muted, after: 2);
        }

        /// <summary>An amber pill "草稿 · 未出具" ending at <paramref name="right"/>.</summary>
        private void DraftBadge(double right, double top)
        {
            const string text = DraftLabel + " · 未出具";
            var width = C.Measure(text, S.SmallBold) + 16;
            var rect = new XRect(right - width, top - 1, width, S.SmallBold.GetHeight() + 4);
            using (C.Artifact())
                C.Gfx.DrawRoundedRectangle(S.AmberBar, rect, new XSize(rect.Height, rect.Height));
            using (C.Element(PdfBlockLevelElementTag.Paragraph))
                C.Gfx.DrawString(text, S.SmallBold, S.AmberInk, rect, XStringFormats.Center);
        }
    }
}
