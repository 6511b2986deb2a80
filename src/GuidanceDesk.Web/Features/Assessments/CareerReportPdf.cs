using GuidanceDesk.Web.Infrastructure.Pdf;
using PdfSharp.Pdf;
using PdfSharp.UniversalAccessibility;

namespace GuidanceDesk.Web.Features.Assessments;

/// <summary>
/// The career-tendency analysis report (职业倾向分析报告, T/CQTSHRA 002-2024 clause 7.1.7) as an A4 PDF in Chinese: a
/// header band, numbered sections, the RIASEC hexagon, percentile bars, tables of suggestions, a boxed caveat and a
/// signature line; "第 x 页 共 y 页" and the report number on every page. Real, extractable text in the embedded Noto
/// Sans SC subset; a tagged PDF (language zh-CN, H1/H2/P/Table/Figure with alt text) through PDFsharp's UA manager.
/// <para>
/// Sections are numbered in order with Chinese numerals, counting only those printed: 基本情况, 测评工具与实施,
/// 职业能力综合评价, 下一步建议 and 反馈记录 are always printed; 职业兴趣 only with an interest result, one section per
/// profile (人格特点, 工作价值观, 能力自评), 建议职业 only with suggestions and 与上次报告比较 only for a re-test.
/// </para>
/// Stateless and thread-safe: every call lays out its own document. The page count is known only once everything is
/// laid out, and PDFsharp's UA manager draws only on the newest page, so the report is laid out twice: once untagged
/// to count the pages, then for real with "共 y 页" known. Apart from PDFsharp's own metadata (creation date, file ID)
/// the output depends only on the model.
/// </summary>
public sealed partial class CareerReportPdf
{
    public const string Title = "职业倾向分析报告";
    private const string Language = "zh-CN";

    public byte[] Render(CareerReportModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        PdfFonts.EnsureRegistered();
        int pages;
        using (var draft = new PdfDocument())
            pages = Write(draft, model, tagged: false, totalPages: null);

        using var document = new PdfDocument();
        document.Info.Title = Title;
        document.Info.Subject = $"{Title} {model.ReportNumber}（T/CQTSHRA 002-2024 第 7.1.7 条）";
        document.Info.Author = model.UnitName;
        document.Info.Creator = "GuidanceDesk";
        Write(document, model, tagged: true, totalPages: pages);
        using var buffer = new MemoryStream();
        document.Save(buffer, closeStream: false);
        return buffer.ToArray();
    }

    private static int Write(PdfDocument document, CareerReportModel model, bool tagged, int? totalPages)
    {
        var writer = new Writer(model, new ReportStyle(), totalPages);
        using var canvas = new FlowCanvas(document, tagged, Language, writer.OnPageStart, writer.OnPageEnd);
        writer.Canvas = canvas;
        writer.WriteAll(); // under the Document element PDFsharp's UA manager creates
        canvas.Finish();
        return document.PageCount;
    }

    /// <summary>一, 二, … 十, 十一, … 二十, 二十一 … (up to 99).</summary>
    internal static string Numeral(int n)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(n, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(n, 99);
        const string digits = "〇一二三四五六七八九";
        if (n < 10)
            return digits[n].ToString();
        var (tens, ones) = (n / 10, n % 10);
        return (tens == 1 ? "" : digits[tens].ToString()) + "十" + (ones == 0 ? "" : digits[ones].ToString());
    }

    /// <summary>One report being drawn: the model, the canvas, the looks and the running section number.</summary>
    private sealed partial class Writer(CareerReportModel model, ReportStyle style, int? totalPages)
    {
        private int _section;

        public FlowCanvas Canvas { get; set; } = null!;
        private FlowCanvas C => Canvas;
        private ReportStyle S => style;
        private CareerReportModel M => model;

        public void WriteAll()
        {
            Header();
            Section("基本情况", BasicFacts);
            Section("测评工具与实施", Instruments);
            if (M.Interest is { } interest)
                Section("职业兴趣（霍兰德 RIASEC）", () => Interest(interest), keep: InterestBlockHeight(interest));
            foreach (var profile in M.Profiles)
                Section(profile.Title, () => Profile(profile), keep: 2 * S.Body.GetHeight() + 6 + ProfileLead);
            Section("职业能力综合评价", () => TextOrBlank(M.Evaluation));
            if (M.Suggestions.Count > 0)
                Section("建议职业", Suggestions, keep: 80);
            if (M.Change is { } change)
                Section("与上次报告比较", () => Change(change));
            Section("下一步建议", () => TextOrBlank(M.NextSteps));
            Section("反馈记录", Feedback);
            Caveat();
            Signatures();
            Attributions();
        }

        /// <summary>A numbered section; its heading goes to the next page unless <paramref name="keep"/> points of what
        /// follows fit under it.</summary>
        private void Section(string title, Action body, double keep = KeepWithHeading)
        {
            using (C.Group(PdfGroupingElementTag.Section))
            {
                Heading($"{Numeral(++_section)}、{title}", keep);
                body();
            }
        }
    }
}
