using System.Globalization;
using GuidanceDesk.Web.Domain;
using GuidanceDesk.Web.Features.Common;
using GuidanceDesk.Web.Infrastructure.Pdf;
using PdfSharp.Drawing;
using PdfSharp.UniversalAccessibility;

namespace GuidanceDesk.Web.Features.Assessments;

public sealed partial class CareerReportPdf
{
    private sealed partial class Writer
    {
        private const double GroupGap = 7;

        /// <summary>建议职业: the table, then each suggestion's reasons in small print.</summary>
        private void Suggestions()
        {
            var fixedWidth = 20 + 46 + 40 + 118 + 76;
            var rest = FlowCanvas.Width - fixedWidth;
            var table = new FlowTable(
            [
                new("序", 20, XStringAlignment.Center),
                new("职业（代码）", rest * 0.55, Font: S.CellBold),
                new("兴趣类型", 46, XStringAlignment.Center),
                new("契合度", 40, XStringAlignment.Center),
                new("本地市场", 118),
                new("学历要求", 76),
                new("入行途径", rest * 0.45),
            ], S.Table(S.Stripe));
            table.Render(C, M.Suggestions.Select((o, i) => (IReadOnlyList<string?>)
            [
                Num(i + 1), $"{o.Name}\n（{o.Code}）", o.HollandCode, o.Fit.ToString("0.00", CultureInfo.InvariantCulture), o.Market,
                EducationText(o), o.TrainingRoute,
            ]).ToList());
            Reasons();
        }

        /// <summary>推荐理由: per suggestion its name, then its reasons as a bulleted list with hanging indents; a
        /// suggestion's reasons stay on one page.</summary>
        private void Reasons()
        {
            var terms = M.Suggestions.Select((o, i) => $"{Num(i + 1)}. {o.Name}").ToList();
            var termWidth = S.TermWidth(C, terms, 150);
            var width = FlowCanvas.Width - termWidth;
            var font = S.Small;
            var line = font.GetHeight();
            var groups = M.Suggestions.Select(o => BulletLines(SplitLines(o.Reasons), font, width)).ToList();
            SubHeading("推荐理由", groups.Count == 0 ? 0 : Math.Max(1, groups[0].Count) * line);
            for (var i = 0; i < groups.Count; i++)
            {
                var lines = groups[i];
                C.EnsureSpace(Math.Min(Math.Max(1, lines.Count) * line, C.PageSpace));
                var top = C.Y;
                using (C.Element(PdfBlockLevelElementTag.Paragraph))
                    C.Gfx.DrawString(terms[i], S.SmallBold, S.Heading, new XRect(FlowCanvas.Left, top, termWidth - 8, line), XStringFormats.TopLeft);
                BulletList(lines, font, S.Ink, FlowCanvas.Left + termWidth, width);
                C.Y += GroupGap;
            }
        }

        private static string[] SplitLines(string text) =>
            text.ReplaceLineEndings("\n").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

        private static string EducationText(OccupationSuggestion o) => o.MinEducation == Education.Unknown
            ? "不限"
            : $"{Labels.Of(o.MinEducation)}及以上\n（{(o.EducationMet ? "已符合" : "尚未达到")}）";

        /// <summary>与上次报告比较: the previous report, the codes then and now, and each scale before → after.</summary>
        private void Change(ReportChange change)
        {
            Paragraph($"上次报告：{change.PreviousNumber}（出具日期：{Or(change.PreviousIssuedOn)}）", S.Body, S.Ink, after: 1);
            Paragraph($"霍兰德代码：{change.PreviousCode ?? None} → {change.CurrentCode ?? None}", S.Body, S.Ink, after: 6);
            if (change.Rows.Count == 0)
                return;
            var table = new FlowTable(
            [
                new("量表", FlowCanvas.Width - 150 - 90), new("上次 → 本次（原始分）", 150, XStringAlignment.Center),
                new("变化", 90, XStringAlignment.Center, Font: S.CellBold),
            ], S.Table(S.Stripe));
            table.Render(C, change.Rows.Select(r => (IReadOnlyList<string?>)[r.Name, $"{Num(r.Before)} → {Num(r.After)}", Delta(r.Delta)]).ToList());
        }

        private static string Delta(int delta) => delta switch
        {
            > 0 => "+" + Num(delta),
            < 0 => "−" + Num(-delta),
            _ => "0",
        };
    }
}
