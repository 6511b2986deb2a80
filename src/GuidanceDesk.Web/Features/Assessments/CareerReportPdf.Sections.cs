using System.Globalization;
using GuidanceDesk.Web.Infrastructure.Pdf;
using PdfSharp.Drawing;

namespace GuidanceDesk.Web.Features.Assessments;

public sealed partial class CareerReportPdf
{
    private sealed partial class Writer
    {
        private const string None = "—";

        /// <summary>一、基本情况: label/value pairs in two columns.</summary>
        private void BasicFacts()
        {
            var p = M.Person;
            const double label = 66;
            var value = FlowCanvas.Width / 2 - label;
            var table = new FlowTable(
            [
                new("", label, Font: S.Cell, Ink: S.Muted, RowHeader: true), new("", value, Font: S.Body),
                new("", label, Font: S.Cell, Ink: S.Muted, RowHeader: true), new("", value, Font: S.Body),
            ], S.Table(), showHeader: false);
            table.Render(C,
            [
                ["姓名", p.Name, "性别", p.Gender],
                ["年龄", p.Age is { } age ? age.ToString(CultureInfo.InvariantCulture) + " 岁" : None, "文化程度", Or(p.Education)],
                ["所在区县", Or(p.District), "就业状态", Or(p.EmploymentStatus)],
                ["特殊群体", Or(p.SpecialGroups), "证件号码", Or(p.MaskedId)],
            ]);
        }

        /// <summary>二、测评工具与实施: the instruments, then their warnings in an amber note, then the norm groups.</summary>
        private void Instruments()
        {
            if (M.Instruments.Count == 0)
            {
                Paragraph("本次未使用标准化测评工具。", S.Body, S.Muted);
                return;
            }
            var fixedWidth = 48 + 70 + 78 + 70;
            var table = new FlowTable(
            [
                new("工具", FlowCanvas.Width - fixedWidth),
                new("版本", 48, XStringAlignment.Center),
                new("方式", 70, XStringAlignment.Center),
                new("完成日期", 78, XStringAlignment.Center),
                new("用时", 70, XStringAlignment.Center),
            ], S.Table(S.Stripe));
            table.Render(C, M.Instruments.Select(i => (IReadOnlyList<string?>)[i.Name, i.Version, i.Administration, i.CompletedOn, i.Duration]).ToList());

            var warnings = M.Instruments.SelectMany(i => i.Warnings.Select(w => $"{i.Name}：{w}")).ToList();
            if (warnings.Count > 0)
            {
                C.Y += 8;
                NoteBox("作答提示（请与劳动者核实后再解读结果）", warnings, S.AmberFill, S.AmberBar, S.AmberInk, S.Small, bullets: true);
            }
            else
                C.Y += 6;

            // One line per norm group, naming the instruments that use it.
            var norms = M.Instruments.Where(i => !string.IsNullOrWhiteSpace(i.NormGroup)).GroupBy(i => i.NormGroup, StringComparer.Ordinal).ToList();
            if (norms.Count == 1)
                Paragraph($"参照常模：{norms[0].Key}", S.Small, S.Muted);
            else if (norms.Count > 1)
            {
                Paragraph("参照常模：", S.Small, S.Muted, after: 0);
                var items = norms.Select(n => $"{string.Join("、", n.Select(i => i.Name))}：{n.Key}");
                BulletList(BulletLines(items, S.Small, FlowCanvas.Width - 4), S.Small, S.Muted, FlowCanvas.Left + 4, FlowCanvas.Width - 4);
            }
        }

        private const double ScoreTableWidth = 222;
        private const double ChartGap = 12;

        /// <summary>三、职业兴趣: the hexagon beside the score table, the Holland code, what it means.</summary>
        private void Interest(ReportInterest interest)
        {
            var (table, rows) = ScoreTable(interest);
            var tableHeight = table.Height(C, rows);
            var blockHeight = InterestBlockHeight(interest);
            C.EnsureSpace(blockHeight);
            var top = C.Y;
            if (interest.Scales.Count == 6)
                Hexagon(interest.Scales, new XRect(FlowCanvas.Left, top, FlowCanvas.Width - ScoreTableWidth - ChartGap, blockHeight));
            C.Y = top + (blockHeight - tableHeight) / 2;
            var inCode = interest.Scales.Select((s, i) => (s, i)).Where(x => interest.HollandCode.Contains(x.s.Code, StringComparison.Ordinal))
                .Select(x => x.i).ToHashSet();
            table.Render(C, rows, inCode);
            C.Y = top + blockHeight + 10;

            HollandCode(interest);
            Paragraph(interest.Explanation, S.Body, S.Ink);
            BulletList(BulletLines(new[] { interest.Consistency, interest.Differentiation }.Where(l => !string.IsNullOrWhiteSpace(l)), S.Small,
                FlowCanvas.Width), S.Small, S.Muted, FlowCanvas.Left, FlowCanvas.Width);
            C.Y += 2;
            if (interest.Tied)
            {
                C.Y += 6;
                NoteBox("并列提示", ["有兴趣类型的原始分相同（并列）。霍兰德代码中并列类型的先后只是按固定规则排列，并不表示高低，解读时应同等看待。"],
                    S.AmberFill, S.AmberBar, S.AmberInk, S.Small);
            }
        }

        /// <summary>The chart and the score table side by side: what must fit on one page.</summary>
        private double InterestBlockHeight(ReportInterest interest)
        {
            var (table, rows) = ScoreTable(interest);
            var chart = interest.Scales.Count == 6 ? ChartHeight(FlowCanvas.Width - ScoreTableWidth - ChartGap) : 0;
            return Math.Max(chart, table.Height(C, rows));
        }

        private (FlowTable Table, List<IReadOnlyList<string?>> Rows) ScoreTable(ReportInterest interest)
        {
            var table = new FlowTable(
            [
                new("类型", 74), new("原始分", 60, XStringAlignment.Center), new("百分位", 46, XStringAlignment.Center),
                new("水平", 42, XStringAlignment.Center),
            ], S.Table()) { Left = FlowCanvas.Left + FlowCanvas.Width - ScoreTableWidth };
            var rows = interest.Scales.Select(s => (IReadOnlyList<string?>)[$"{s.Name} {s.Code}", $"{Num(s.Raw)} / {Num(s.Min)}–{Num(s.Max)}",
                Num(s.Percentile), s.Level]).ToList();
            return (table, rows);
        }

        /// <summary>"霍兰德代码：SEC", large, in one size so that text extraction keeps it together.</summary>
        private void HollandCode(ReportInterest interest)
        {
            var height = S.CodeFont.GetHeight() + 4;
            C.EnsureSpace(height + 2 * S.Body.GetHeight());
            var baseline = C.Y + S.CodeFont.GetHeight() * 0.8;
            const string label = "霍兰德代码：";
            var labelWidth = C.Measure(label, S.CodeFont);
            using (C.Element(PdfSharp.UniversalAccessibility.PdfBlockLevelElementTag.Paragraph))
            {
                C.Gfx.DrawString(label, S.CodeFont, S.Heading, FlowCanvas.Left, baseline, XStringFormats.BaseLineLeft);
                C.Gfx.DrawString(interest.HollandCode, S.CodeFont, S.Accent, FlowCanvas.Left + labelWidth, baseline, XStringFormats.BaseLineLeft);
            }
            C.Y += height + 4;
        }

        /// <summary>The hexagon's height (√3 r) plus two label lines above and below it.</summary>
        private double ChartHeight(double width) => width * HexagonGeometry.RadiusShare * Math.Sqrt(3) + 4 * S.Small.GetHeight() + 2 * 5 + 4;

        private static string Num(int value) => value.ToString(CultureInfo.InvariantCulture);

        private static string Or(string? text) => string.IsNullOrWhiteSpace(text) ? None : text;
    }
}
