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

            var warnings = M.Instruments.SelectMany(i => i.Warnings.Select(w => $"· {i.Name}：{w}")).ToList();
            if (warnings.Count > 0)
            {
                C.Y += 8;
                NoteBox("作答提示（请与劳动者核实后再解读结果）", warnings, S.AmberFill, S.AmberBar, S.AmberInk, S.Small);
            }
            else
                C.Y += 6;

            var norms = M.Instruments.Select(i => i.NormGroup).Where(n => !string.IsNullOrWhiteSpace(n)).Distinct(StringComparer.Ordinal).ToList();
            if (norms.Count == 1)
                Paragraph($"参照常模：{norms[0]}", S.Small, S.Muted);
            else
            {
                foreach (var i in M.Instruments.Where(i => !string.IsNullOrWhiteSpace(i.NormGroup)))
                    Paragraph($"参照常模（{i.Name}）：{i.NormGroup}", S.Small, S.Muted, after: 1);
            }
        }

        /// <summary>三、职业兴趣: the hexagon beside the score table, the Holland code, what it means.</summary>
        private void Interest(ReportInterest interest)
        {
            var table = new FlowTable(
            [
                new("类型", 74), new("原始分", 60, XStringAlignment.Center), new("百分位", 46, XStringAlignment.Center),
                new("水平", 42, XStringAlignment.Center),
            ], S.Table()) { Left = FlowCanvas.Left + FlowCanvas.Width - 222 };
            var rows = interest.Scales.Select(s => (IReadOnlyList<string?>)[$"{s.Name} {s.Code}", $"{Num(s.Raw)} / {Num(s.Min)}–{Num(s.Max)}",
                Num(s.Percentile), s.Level]).ToList();
            var inCode = interest.Scales.Select((s, i) => (s, i)).Where(x => interest.HollandCode.Contains(x.s.Code, StringComparison.Ordinal))
                .Select(x => x.i).ToHashSet();
            var tableHeight = table.Height(C, rows);
            var chartWidth = FlowCanvas.Width - 222 - 12;
            var hasChart = interest.Scales.Count == 6;
            var blockHeight = Math.Max(hasChart ? ChartHeight(chartWidth) : 0, tableHeight);
            C.EnsureSpace(blockHeight);
            var top = C.Y;
            if (hasChart)
                Hexagon(interest.Scales, new XRect(FlowCanvas.Left, top, chartWidth, blockHeight));
            C.Y = top + (blockHeight - tableHeight) / 2;
            table.Render(C, rows, inCode);
            C.Y = top + blockHeight + 10;

            HollandCode(interest);
            Paragraph(interest.Explanation, S.Body, S.Ink);
            foreach (var line in new[] { interest.Consistency, interest.Differentiation }.Where(l => !string.IsNullOrWhiteSpace(l)))
                Paragraph("· " + line, S.Small, S.Muted, indent: 0, after: 2);
            if (interest.Tied)
            {
                C.Y += 6;
                NoteBox("并列提示", ["有兴趣类型的原始分相同（并列）。霍兰德代码中并列类型的先后只是按固定规则排列，并不表示高低，解读时应同等看待。"],
                    S.AmberFill, S.AmberBar, S.AmberInk, S.Small);
            }
        }

        /// <summary>"霍兰德代码：SEC", the code large, on one baseline.</summary>
        private void HollandCode(ReportInterest interest)
        {
            var height = S.CodeFont.GetHeight() + 4;
            C.EnsureSpace(height + 2 * S.Body.GetHeight());
            var baseline = C.Y + S.CodeFont.GetHeight() * 0.8;
            const string label = "霍兰德代码：";
            var labelWidth = C.Measure(label, S.H2);
            using (C.Element(PdfSharp.UniversalAccessibility.PdfBlockLevelElementTag.Paragraph))
            {
                C.Gfx.DrawString(label, S.H2, S.Heading, FlowCanvas.Left, baseline, XStringFormats.BaseLineLeft);
                C.Gfx.DrawString(interest.HollandCode, S.CodeFont, S.Accent, FlowCanvas.Left + labelWidth + 2, baseline, XStringFormats.BaseLineLeft);
            }
            C.Y += height + 4;
        }

        private static double ChartHeight(double width) => width * (HexagonGeometry.RadiusShare * Math.Sqrt(3)) + 4 * 11.5 + 26;

        private static string Num(int value) => value.ToString(CultureInfo.InvariantCulture);

        private static string Or(string? text) => string.IsNullOrWhiteSpace(text) ? None : text;
    }
}
