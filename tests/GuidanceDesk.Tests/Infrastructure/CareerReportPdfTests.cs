using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using GuidanceDesk.Web.Domain;
using GuidanceDesk.Web.Features.Assessments;
using PdfSharp.Pdf.IO;
using Xunit;

namespace GuidanceDesk.Tests.Infrastructure;

/// <summary>
/// The career-tendency analysis report (7.1.7) as PDF: Chinese headings, scores and the Holland code come back out as
/// text (poppler's pdftotext, an independent reader: skipped when not installed, except on CI with
/// GUIDANCEDESK_REQUIRE_PDFTOTEXT=1), sections are numbered over what is printed, and the file is tagged.
/// With GUIDANCEDESK_SCREENSHOTS set, the sample is kept as career-report-sample.pdf with PNGs of pages 1 and 2.
/// </summary>
public sealed class CareerReportPdfTests
{
    private static readonly CareerReportPdf Pdf = new();

    [Fact, Trait("Clause", "7.1.7")]
    public void Full_report_has_its_headings_scores_and_Holland_code_as_text()
    {
        var pdf = Pdf.Render(CareerReportSample.Full());
        Keep("career-report-sample", pdf, pngPages: 2);

        Assert.Equal("%PDF-"u8.ToArray(), pdf[..5]);
        var pages = PageCount(pdf);
        Assert.InRange(pages, 3, 12);
        var text = Flatten(ExtractText(pdf));
        foreach (var heading in new[]
        {
            "职业倾向分析报告", "一、基本情况", "二、测评工具与实施", "三、职业兴趣（霍兰德RIASEC）", "四、人格特点", "五、工作价值观", "六、能力自评",
            "七、职业能力综合评价", "八、建议职业", "九、与上次报告比较", "十、下一步建议", "十一、反馈记录", "说明", "霍兰德代码：SEC", "推荐理由",
        })
            Assert.Contains(heading, text, StringComparison.Ordinal);
        Assert.Contains("社会型S31", text, StringComparison.Ordinal);      // hexagon label and raw score
        Assert.Contains("31/8–40", text, StringComparison.Ordinal);        // score table
        Assert.Contains("并列提示", text, StringComparison.Ordinal);
        Assert.Contains("作答速度过快", text, StringComparison.Ordinal);
        Assert.Contains("养老护理员（4-10-01-05）", text, StringComparison.Ordinal);
        Assert.Contains("0.87", text, StringComparison.Ordinal);
        Assert.Contains(Flatten(CareerReportSample.LastReason), text, StringComparison.Ordinal); // long reasons wrap, nothing lost
        Assert.Contains("SEA→SEC", text, StringComparison.Ordinal);
        Assert.Contains("24→31", text, StringComparison.Ordinal);
        Assert.Contains("+7", text, StringComparison.Ordinal);
        Assert.Contains("劳动者意见：", text, StringComparison.Ordinal);    // feedback not yet recorded: blanks
        Assert.Contains("职业指导人员签名：", text, StringComparison.Ordinal);
        Assert.Contains("O*NET", text, StringComparison.Ordinal);
        Assert.Contains($"第1页共{pages}页", text, StringComparison.Ordinal);
        Assert.Contains($"第{pages}页共{pages}页", text, StringComparison.Ordinal);
        Assert.Contains("GD-CTR-2026-000123", text, StringComparison.Ordinal);
        Assert.DoesNotContain("草稿", text, StringComparison.Ordinal);
    }

    [Fact, Trait("Clause", "7.1.7")]
    public void Sections_left_out_are_not_counted_and_a_draft_says_so()
    {
        var pdf = Pdf.Render(CareerReportSample.Minimal());
        Keep("career-report-minimal", pdf, pngPages: 1);

        var text = Flatten(ExtractText(pdf));
        // No profiles, suggestions or change: 一 基本情况, 二 测评工具与实施, 三 职业兴趣, then on without gaps.
        Assert.Contains("三、职业兴趣", text, StringComparison.Ordinal);
        Assert.Contains("四、职业能力综合评价", text, StringComparison.Ordinal);
        Assert.Contains("五、下一步建议", text, StringComparison.Ordinal);
        Assert.Contains("六、反馈记录", text, StringComparison.Ordinal);
        Assert.Contains("（尚未填写）", text, StringComparison.Ordinal);
        Assert.Contains("草稿", text, StringComparison.Ordinal);
        Assert.DoesNotContain("建议职业", text, StringComparison.Ordinal);
        Assert.DoesNotContain("人格特点", text, StringComparison.Ordinal);
        Assert.DoesNotContain("与上次报告比较", text, StringComparison.Ordinal);
    }

    [Fact, Trait("Clause", "7.1.7")]
    public void Extreme_content_stays_inside_the_margins_and_nothing_is_lost()
    {
        var model = CareerReportSample.Extreme();
        var pdf = Pdf.Render(model);
        Keep("career-report-extreme", pdf, pngPages: 0);

        // Every word pdftotext finds lies inside the side margins (18 mm) and above the bottom edge of the paper.
        var words = WordBoxes(pdf);
        Assert.NotEmpty(words);
        Assert.All(words, w =>
        {
            Assert.True(w.XMin >= 50 && w.XMax <= 545.5, $"'{w.Text}' on page {w.Page} runs into the side margin: x {w.XMin:F1}–{w.XMax:F1}");
            Assert.True(w.YMin >= 20 && w.YMax <= 820, $"'{w.Text}' on page {w.Page} runs off the page: y {w.YMin:F1}–{w.YMax:F1}");
        });
        var text = Flatten(ExtractText(pdf));
        Assert.Contains(Flatten(model.Evaluation![^60..]), text, StringComparison.Ordinal);   // long text continues over pages
        Assert.Contains(Flatten(model.UnitName), text, StringComparison.Ordinal);             // a long unit name is not cut
        Assert.Contains("40.第40种非常长的职业名称用来测试换行", text, StringComparison.Ordinal);
        Assert.Contains("第29个分量表", text, StringComparison.Ordinal);
        Assert.Contains("劳动者意见", text, StringComparison.Ordinal);
        Assert.Contains(Flatten(model.Feedback!.Comments!), text, StringComparison.Ordinal);
        // The caveat box runs over a page break (page furniture comes in between): every repetition is there, first and last whole.
        Assert.Equal(25, Regex.Count(text, "）本报告的测评结果描述的是您的职业兴趣"));
        Assert.Contains(Flatten(model.Caveat[^120..]), text, StringComparison.Ordinal);
    }

    [Fact, Trait("Clause", "7.1.7")]
    public void Report_is_a_tagged_pdf_with_language_headings_tables_and_the_hexagon_as_a_figure()
    {
        var pdf = Pdf.Render(CareerReportSample.Full());
        var info = Run("pdfinfo", "-struct", pdf);
        Assert.Contains("H1", info, StringComparison.Ordinal);
        Assert.Contains("H2", info, StringComparison.Ordinal);
        Assert.Contains("Table", info, StringComparison.Ordinal);
        Assert.Contains("TH", info, StringComparison.Ordinal);
        Assert.Contains("Figure", info, StringComparison.Ordinal);
        Assert.Contains("/Lang(zh-CN)", System.Text.Encoding.Latin1.GetString(pdf), StringComparison.Ordinal);
        Assert.Contains("/Alt", System.Text.Encoding.Latin1.GetString(pdf), StringComparison.Ordinal);
        using var document = PdfReader.Open(new MemoryStream(pdf), PdfDocumentOpenMode.Import);
        Assert.Equal(CareerReportPdf.Title, document.Info.Title);
        Assert.Equal(CareerReportSample.Full().UnitName, document.Info.Author);
    }

    [Fact, Trait("Clause", "7.1.7")]
    public void Reports_render_in_parallel_and_the_same_model_gives_the_same_pages()
    {
        var model = CareerReportSample.Full();
        var texts = new string[4];
        Parallel.For(0, texts.Length, i => texts[i] = Flatten(ExtractText(Pdf.Render(model))));
        Assert.All(texts, t => Assert.Equal(texts[0], t));
    }

    [Fact, Trait("Clause", "7.1.7")]
    public void Hexagon_svg_is_accessible_and_needs_no_inline_style_or_script()
    {
        var svg = HexagonSvg.Render(CareerReportSample.Full().Interest!.Scales);
        Assert.StartsWith("<svg ", svg, StringComparison.Ordinal);
        Assert.Contains("role=\"img\"", svg, StringComparison.Ordinal);
        Assert.Contains("<title>RIASEC 六边形图：现实型 20，研究型 18，艺术型 22，社会型 31，企业型 27，常规型 27（原始分，各型范围 8–40）</title>", svg, StringComparison.Ordinal);
        Assert.Contains("viewBox=\"0 0 280 280\"", svg, StringComparison.Ordinal);
        Assert.Equal(4 + 1, Regex.Count(svg, "<polygon "));
        Assert.DoesNotContain("style", svg, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<script", svg, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(" on", svg, StringComparison.Ordinal); // no event handlers
        Assert.Contains("社会型 S", svg, StringComparison.Ordinal);
        var html = HexagonSvg.Render([.. CareerReportSample.Full().Interest!.Scales.Select(s => s with { Name = "<b>&" })]);
        Assert.Contains("&lt;b&gt;&amp;", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<b>", html, StringComparison.Ordinal);
    }

    private sealed record WordBox(int Page, double XMin, double YMin, double XMax, double YMax, string Text);

    /// <summary>The words and their boxes (in points, from the top left), as poppler's pdftotext -bbox reports them.</summary>
    private static List<WordBox> WordBoxes(byte[] pdf)
    {
        var html = Run("pdftotext", "-bbox", pdf, toStdout: true);
        var words = new List<WordBox>();
        var page = 0;
        foreach (Match m in Regex.Matches(html, "<page |<word xMin=\"([0-9.]+)\" yMin=\"([0-9.]+)\" xMax=\"([0-9.]+)\" yMax=\"([0-9.]+)\">([^<]*)</word>"))
        {
            if (m.Value.StartsWith("<page", StringComparison.Ordinal))
            {
                page++;
                continue;
            }
            double N(int group) => double.Parse(m.Groups[group].Value, CultureInfo.InvariantCulture);
            words.Add(new WordBox(page, N(1), N(2), N(3), N(4), m.Groups[5].Value));
        }
        return words;
    }

    private static int PageCount(byte[] pdf)
    {
        using var stream = new MemoryStream(pdf);
        using var document = PdfReader.Open(stream, PdfDocumentOpenMode.Import);
        return document.PageCount;
    }

    /// <summary>Whitespace removed: pdftotext puts spaces and breaks where the layout has them, not where the text had.</summary>
    private static string Flatten(string text) => Regex.Replace(text, @"\s+", "");

    private static string ExtractText(byte[] pdf) => Run("pdftotext", "-enc UTF-8", pdf, toStdout: true);

    /// <summary>Runs a poppler tool on the PDF; skips (or, on CI, fails) when poppler is not installed.</summary>
    private static string Run(string name, string options, byte[] pdf, bool toStdout = false)
    {
        var tool = FindOnPath(name);
        if (tool is null)
        {
            var reason = $"{name} not found on PATH (Debian: apt-get install -y poppler-utils).";
            if (Environment.GetEnvironmentVariable("GUIDANCEDESK_REQUIRE_PDFTOTEXT") == "1")
                Assert.Fail(reason + " GUIDANCEDESK_REQUIRE_PDFTOTEXT=1 requires the PDF text check to run.");
            Assert.Skip(reason);
        }
        var file = Path.Combine(Path.GetTempPath(), $"gd-report-{Guid.NewGuid():N}.pdf");
        try
        {
            File.WriteAllBytes(file, pdf);
            var start = new ProcessStartInfo(tool) { RedirectStandardOutput = true };
            foreach (var option in options.Split(' ', StringSplitOptions.RemoveEmptyEntries))
                start.ArgumentList.Add(option);
            start.ArgumentList.Add(file);
            if (toStdout)
                start.ArgumentList.Add("-");
            using var process = Process.Start(start)!;
            var text = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            Assert.Equal(0, process.ExitCode);
            return text;
        }
        finally
        {
            File.Delete(file);
        }
    }

    private static string? FindOnPath(string name) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(dir => Path.Combine(dir, name))
            .FirstOrDefault(File.Exists);

    /// <summary>Keeps the PDF (and PNGs of its first pages, when pdftoppm is there) in GUIDANCEDESK_SCREENSHOTS.</summary>
    private static void Keep(string name, byte[] pdf, int pngPages)
    {
        var folder = Environment.GetEnvironmentVariable("GUIDANCEDESK_SCREENSHOTS");
        if (string.IsNullOrEmpty(folder))
            return;
        Directory.CreateDirectory(folder);
        var file = Path.Combine(folder, name + ".pdf");
        File.WriteAllBytes(file, pdf);
        if (pngPages <= 0 || FindOnPath("pdftoppm") is not { } tool)
            return;
        var start = new ProcessStartInfo(tool) { ArgumentList = { "-png", "-r", "60", "-f", "1", "-l", pngPages.ToString(CultureInfo.InvariantCulture), file, Path.Combine(folder, name) } };
        using var process = Process.Start(start)!;
        process.WaitForExit();
    }
}

/// <summary>A realistic report, built by hand: a re-test with all four instruments, a tie in the code, eight suggestions.</summary>
internal static class CareerReportSample
{
    public const string LastReason = "入行途径：可先参加区人力社保局组织的免费养老护理员（五级/初级工）培训，培训合格并取得职业技能等级证书后上岗；"
        + "在岗满两年可申报四级/中级工，社区养老服务中心和医养结合机构均常年招聘，夜班和节假日轮班需提前与家人商量。";

    public static CareerReportModel Full() => new(
        "重庆市渝中区公共就业和人才服务中心",
        "GD-CTR-2026-000123",
        "2026-11-26 10:30",
        Issued: true, IssuedOn: "2026-11-26", IssuedBy: "张晓梅", CounselorName: "张晓梅",
        new ReportPerson("王小明", "男", 34, "高中", "渝中区", "未就业", "就业困难人员、登记失业一年以上", "5001**********0011"),
        [
            new("职业兴趣量表（RIASEC）", "1.0", "现场机测", "2026-11-20", "9 分钟", ["作答速度过快（每题不足 1.5 秒），结果可能不可靠"],
                "暂定参照值（项目设定，非实测常模；积累本地数据后替换）"),
            new("大五人格问卷（IPIP-NEO-120）", "1.0", "网上作答", "2026-11-21", "24 分钟", [],
                "暂定参照值：借用英文版 IPIP-NEO-120 网络施测参照数据（21–60 岁男女四组合并），非中国常模；积累本地数据后替换"),
            new("工作价值观问卷", "1.0", "网上作答", "2026-11-21", "6 分钟", [], "暂定参照值（项目设定，非实测常模；积累本地数据后替换）"),
            new("职业能力自评问卷", "1.0", "纸笔作答", "2026-11-22", "—", ["有题目未作答，相关量表按已答题目折算"],
                "暂定参照值（项目设定，非实测常模；积累本地数据后替换）"),
        ],
        new ReportInterest("SEC", Tied: true,
            "一致性高：前两种兴趣在六边形上相邻，彼此协调，较容易找到能同时满足的职业。",
            "分化程度中等（最高与最低得分相差 13 分）：兴趣倾向较为明确。",
            [
                Scale("R", "现实型", 20, 8, 40, 38, "偏向动手操作的工作兴趣一般。"),
                Scale("I", "研究型", 18, 8, 40, 29, "对钻研分析类工作兴趣较低。"),
                Scale("A", "艺术型", 22, 8, 40, 45, "对创意表达类工作兴趣中等。"),
                Scale("S", "社会型", 31, 8, 40, 86, "喜欢为人服务的工作。"),
                Scale("E", "企业型", 27, 8, 40, 71, "喜欢沟通说服和经营管理。"),
                Scale("C", "常规型", 27, 8, 40, 74, "喜欢细心有条理的工作。"),
            ],
            "您的霍兰德代码是 SEC，由您得分最高的三种兴趣类型组成。最突出的是社会型（S）：这是你最感兴趣的类型之一，说明你可能喜欢为人服务的工作，"
            + "例如教育培训、护理、养老和托育服务、社会工作、健康管理、客户服务。其次是企业型（E）：说明你可能喜欢需要沟通说服和经营管理的工作，"
            + "例如销售、市场推广、电商运营、门店经营。第三是常规型（C）：说明你可能喜欢需要细心和条理的工作，例如会计出纳、文员、仓储物流管理。"
            + "有的类型得分相同，代码的先后按固定规则（百分位高者在前，再按 R、I、A、S、E、C 顺序）排列，得分相同的类型同样值得参考。"),
        [
            new(InstrumentKind.Personality, "人格特点", "相对突出的特点：宜人性、尽责性。相对较低：情绪敏感性。人格特点没有好坏之分，重要的是找到与之相适应的工作方式和环境。",
            [
                Big("N", "情绪敏感性", 52, 18, "较低", "你情绪比较稳定，遇到压力和突发情况时不容易慌乱，能较快恢复平静。"),
                Big("E", "外向性", 84, 62, "中等", "你在与人交往和独处之间比较平衡，既能与人合作沟通，也能独立完成工作。"),
                Big("O", "开放性", 78, 47, "中等", "你对新事物有一定兴趣，也重视经过检验的做法。"),
                Big("A", "宜人性", 101, 88, "较高", "你待人友善、乐于合作，愿意为别人着想。需要团队配合、照顾或服务他人的工作（如护理、教育、客服、社会工作）可能很适合你。"),
                Big("C", "尽责性", 96, 79, "较高", "你做事有计划、讲条理、自我要求高，能坚持把事情做完。要求准确、按规程办事、责任较重的工作可能很适合你。"),
            ]),
            new(InstrumentKind.Values, "工作价值观", "您最看重的工作价值依次是：稳定与保障、助人与贡献、人际与团队。选择岗位时可优先考虑能满足这些方面的单位和职位。",
            [
                Small("INC", "收入与福利", 11, 55, "中等", "收入和福利对你重要，但不是唯一考虑。"),
                Small("SEC", "稳定与保障", 14, 91, "较高", "稳定和保障是你最看重的方面之一。可以优先考虑用工规范、签订劳动合同并缴纳社会保险的单位。"),
                Small("ACH", "成就与成长", 10, 44, "中等", "你希望工作中有一定学习和成长的机会。"),
                Small("IND", "自主与独立", 7, 21, "较低", "你并不特别看重工作中的自主安排，有明确分工和指导的岗位可能更让你安心。"),
                Small("REL", "人际与团队", 13, 80, "较高", "良好的人际关系是你最看重的方面之一。"),
                Small("ALT", "助人与贡献", 14, 89, "较高", "帮助他人和贡献社会是你最看重的方面之一。"),
                Small("CON", "工作条件与生活平衡", 12, 66, "中等", "你希望工作与家庭生活能兼顾。"),
                Small("REC", "认可与地位", 8, 30, "较低", "社会地位和头衔对你的吸引力不大。"),
            ]),
            new(InstrumentKind.Ability, "能力自评", "自评相对较强的能力：人际沟通、言语表达、组织协调。自评相对较弱：空间想象、数字技能。自评反映的是自我认识，不等于能力测验的结果。",
            [
                Small("VER", "言语表达", 13, 82, "较高", "你认为自己的语言表达能力较强。"),
                Small("NUM", "数理运算", 9, 40, "中等", "你认为自己的计算能力一般。"),
                Small("SPA", "空间想象", 6, 15, "较低", "你认为自己的空间想象能力较弱。"),
                Small("FRM", "细节察觉", 10, 52, "中等", "你认为自己观察细节的能力一般。"),
                Small("CLE", "文书事务", 11, 60, "中等", "你认为自己的文书事务能力中等。"),
                Small("MAN", "动手操作", 10, 48, "中等", "你认为自己的动手能力中等。"),
                Small("INT", "人际沟通", 14, 92, "较高", "你认为自己的人际沟通能力较强。"),
                Small("ORG", "组织协调", 12, 73, "较高", "你认为自己的组织协调能力较强。"),
                Small("DIG", "数字技能", 6, 12, "较低", "你认为自己的数字技能较弱。"),
            ]),
        ],
        "王小明待人热情、表达清楚，有十年餐饮服务经验，曾担任门店领班，组织协调和应对顾客的能力在面谈中得到印证。兴趣以社会型和企业型为主，"
        + "看重稳定与保障，适合面向人的服务类岗位。计算机操作较弱，建议参加数字技能培训。",
        "1. 12 月参加区人力社保局组织的养老护理员（初级）免费培训；\n2. 推荐参加 12 月 8 日解放碑现场招聘会，重点关注社区服务和客服岗位；\n3. 两周后电话回访，了解求职进展。",
        [
            Suggest("4-10-01-05", "养老护理员", "SEC", 0.87, 88, "渝中区求人倍率 2.10，需求明显大于供给", 1.8m, Education.JuniorSecondary, true, "职业技能培训后持证上岗", LastReason),
            Suggest("4-07-02-03", "客户服务管理员", "SEC", 0.84, 84, "渝中区求人倍率 1.62，需求明显大于供给", 1.62m, Education.SeniorSecondary, true, "企业内部培训", null),
            Suggest("4-01-02-01", "营销员", "ESC", 0.79, 80, "全市求人倍率 1.35，需求大于或等于供给", 1.35m, Education.SeniorSecondary, true, "在岗培训，可考取营销员职业技能等级证书", null),
            Suggest("4-10-01-01", "社区事务员", "SCE", 0.76, 74, "渝中区求人倍率 0.92，供给略多于需求", 0.92m, Education.JuniorCollege, false, "参加社区工作者招录考试", null),
            Suggest("4-03-02-05", "餐厅服务员", "SEC", 0.74, 78, "渝中区求人倍率 1.48，需求大于或等于供给", 1.48m, Education.Unknown, true, "直接上岗", null),
            Suggest("4-02-06-01", "仓储管理员", "CRE", 0.52, 63, "全市求人倍率 1.10，需求大于或等于供给", 1.10m, Education.SeniorSecondary, true, "企业培训，叉车等特种作业需另行持证", null),
            Suggest("3-01-02-01", "行政办事员", "CES", 0.61, 58, "渝中区求人倍率 0.46，求职人数明显多于岗位", 0.46m, Education.JuniorCollege, false, "提升学历或取得相关资格", null),
            Suggest("4-14-01-02", "健康管理师", "SIE", 0.58, 57, "全市暂无该职业的供求数据", null, Education.JuniorCollege, false, "参加健康管理师职业技能培训与评价", null),
        ],
        new ReportChange("GD-CTR-2025-000087", "2025-12-03", "SEA", "SEC",
        [
            new("社会型", 24, 31), new("企业型", 25, 27), new("艺术型", 26, 22), new("常规型", 21, 27), new("现实型", 20, 20), new("研究型", 19, 18),
        ]),
        Feedback: null,
        ReportTexts.Caveat,
        [
            "职业兴趣量表（RIASEC）：Items: public-domain RIASEC marker scales (Armstrong, Allison & Rounds, 2008), drawn from the public-domain Interest Item Pool. Chinese translation: GuidanceDesk project.",
            "大五人格问卷（IPIP-NEO-120）：Items: International Personality Item Pool (ipip.ori.org), public domain.",
            "工作价值观问卷：Own design of the GuidanceDesk project team (2026).",
            "职业能力自评问卷：Own design of the GuidanceDesk project team (2026).",
            OccupationProfiles.Attribution,
        ]);

    /// <summary>Everything too long: a long unit name, pages of evaluation, forty suggestions, thirty scales, many warnings.</summary>
    public static CareerReportModel Extreme()
    {
        var full = Full();
        var words = string.Concat(Enumerable.Range(1, 60).Select(i => $"第{i}段：劳动者在面谈中表示希望从事与人打交道的工作，曾在 Chongqing Hotpot Restaurant Group Co., Ltd. 担任领班，"
            + "熟悉排班、收银和顾客投诉处理，计算机操作较弱。"));
        return full with
        {
            UnitName = "重庆市渝中区人力资源和社会保障局公共就业和人才服务中心解放碑街道基层公共就业服务平台职业指导工作室（渝中区职业指导示范站点）",
            CounselorName = "欧阳晓梅（高级职业指导师，Vocational Guidance Counselor）",
            Person = full.Person with { SpecialGroups = "就业困难人员、登记失业一年以上、城乡低保家庭成员、零就业家庭成员、残疾人、脱贫人口、退役军人" },
            Instruments = [.. full.Instruments.Select(i => i with { Warnings = [.. ReportTexts.Warnings((ResponseWarnings)63)] })],
            Profiles =
            [
                new(InstrumentKind.Personality, "人格特点", full.Profiles[0].Summary,
                    [.. Enumerable.Range(1, 30).Select(i => Big($"X{i}", $"第{i}个分量表（名称很长需要换行显示）", 24 + 3 * i, Math.Min(100, i * 4), i % 3 == 0 ? "较高" : "中等",
                        string.Concat(Enumerable.Repeat("这一分量表的说明文字较长，用来检查小字说明在页面之间的换行和续页。", 3))))]),
            ],
            Evaluation = words,
            Suggestions = [.. Enumerable.Range(1, 40).Select(i => new OccupationSuggestion($"4-{i:00}-01-05", $"第{i}种非常长的职业名称用来测试换行", "SEC", 0.5, 60,
                "渝中区求人倍率 2.10，需求明显大于供给，但本季度数据样本较少，仅供参考", 2.1m, Education.Bachelor, false,
                "先参加为期三个月的职业技能培训并通过职业技能等级认定，再由公共就业服务机构推荐到合作企业见习", full.Suggestions[0].Reasons))],
            Change = full.Change! with { Rows = [.. Enumerable.Range(1, 40).Select(i => new ReportChangeRow($"第{i}个量表", i, 40 - i))] },
            Caveat = string.Concat(Enumerable.Range(1, 25).Select(i => $"（{i}）" + ReportTexts.Caveat)), // a box longer than a page
            Feedback = new ReportFeedback("2026-11-28", "面谈", string.Concat(Enumerable.Repeat("劳动者认为报告结果符合自己的情况，希望尽快参加养老护理员培训。", 8))),
        };
    }

    /// <summary>A draft with an interest result only: no profiles, suggestions, change, evaluation or next steps.</summary>
    public static CareerReportModel Minimal() => Full() with
    {
        Issued = false, IssuedOn = null, IssuedBy = null, Profiles = [], Suggestions = [], Change = null, Evaluation = null, NextSteps = null,
        Instruments = [Full().Instruments[0] with { Warnings = [] }],
        Attributions = [],
    };

    private static ReportScale Scale(string code, string name, int raw, int min, int max, int percentile, string meaning) =>
        new(code, name, raw, min, max, percentile, ReportTexts.Level(percentile), meaning);

    private static ReportScale Big(string code, string name, int raw, int percentile, string level, string meaning) =>
        new(code, name, raw, 24, 120, percentile, level, meaning);

    private static ReportScale Small(string code, string name, int raw, int percentile, string level, string meaning) =>
        new(code, name, raw, 3, 15, percentile, level, meaning);

    private static OccupationSuggestion Suggest(string code, string name, string holland, double fit, int score, string market, decimal? ratio,
        Education education, bool met, string route, string? lastReason) =>
        new(code, name, holland, fit, score, market, ratio, education, met, route, string.Join('\n',
        [
            $"兴趣契合：您的兴趣代码为 SEC，该职业的兴趣类型为 {holland}（兴趣剖面相关系数 {fit.ToString("0.00", CultureInfo.InvariantCulture)}），"
                + "您最突出的社会型兴趣与该职业日常工作中大量面对服务对象、需要耐心沟通和照顾他人的特点相符",
            "市场：" + market,
            education == Education.Unknown ? "学历：无特定要求" : met ? "学历：您已符合该职业通常的学历要求" : "学历：您目前为高中，需提升学历或取得相应资格",
            lastReason ?? $"入行途径：{route}；可先到公共就业服务机构登记求职意向，工作人员会推送匹配的岗位信息。",
        ]));
}
