using System.Diagnostics;
using System.Text.RegularExpressions;
using GuidanceDesk.Web.Infrastructure.Pdf;
using Microsoft.Extensions.DependencyInjection;
using PdfSharp.Fonts;
using PdfSharp.Pdf.IO;
using Xunit;

namespace GuidanceDesk.Tests.Infrastructure;

/// <summary>
/// The PDF forms: Chinese text is embedded (so it prints and can be extracted), long text breaks onto a new page,
/// and the font is subset. Text is read back with poppler's pdftotext, an independent reader: skipped when it is
/// not installed, except on CI (GUIDANCEDESK_REQUIRE_PDFTOTEXT=1), where it must run.
/// Set GUIDANCEDESK_PDF_SAMPLES to a folder to keep the PDFs to look at.
/// </summary>
public sealed class PdfFormTests
{
    private const string GeneratedAt = "2026-11-26 10:30";
    private static readonly PdfFormFactory Forms = new();

    private const string Sentence =
        "劳动者王小明于2026年11月到渝中区公共就业服务中心接受职业指导，工作人员根据其求职意愿与职业能力测评结果（RIASEC 兴趣类型为 SEC），" +
        "介绍了重庆市就业见习补贴和技能培训政策，并推荐了 3 个适合的 customer service 岗位。";

    [Fact]
    public void Long_record_breaks_onto_a_second_page_with_extractable_Chinese_text()
    {
        var pdf = Forms.Create("职业指导过程记录表", GeneratedAt)
            .Subtitle("服务机构：重庆市渝中区公共就业服务中心", "表号：CQ-ZD-02")
            .Row("姓名", "王小明", "性别", "男")
            .Row("身份证件号码", "5001**********0001", "联系电话", "138****0001")
            .Row("服务地址", "重庆市渝中区解放碑街道民族路 188 号 Employment Service Hall")
            .CheckBoxes("服务项目", [("职业指导", true), ("职业介绍", true), ("创业服务", false), ("就业援助", false), ("技能培训", true)])
            .Text("指导过程", string.Join("\n", Enumerable.Repeat(Sentence, 14)))
            .Signatures()
            .ToBytes();
        Save("record-2-pages", pdf);

        Assert.Equal("%PDF-"u8.ToArray(), pdf[..5]);
        Assert.Equal(2, PageCount(pdf));
        var text = Flatten(ExtractText(pdf));
        Assert.Contains("职业指导过程记录表", text, StringComparison.Ordinal);
        Assert.Contains("重庆市渝中区公共就业服务中心", text, StringComparison.Ordinal);
        Assert.Contains("王小明", text, StringComparison.Ordinal);
        Assert.Contains(Flatten(Sentence), text, StringComparison.Ordinal); // wrapped lines join back without lost characters
        Assert.Contains("指导过程（续）", text, StringComparison.Ordinal);
        Assert.Contains("劳动者签名", text, StringComparison.Ordinal);
        Assert.Contains("第1页共2页", text, StringComparison.Ordinal);
        Assert.Contains("第2页共2页", text, StringComparison.Ordinal);
        Assert.Contains("生成时间：" + Flatten(GeneratedAt), text, StringComparison.Ordinal);
    }

    [Fact]
    public void One_page_form_embeds_only_the_glyphs_it_uses()
    {
        var pdf = Forms.Create("预约登记表", GeneratedAt)
            .Subtitle("服务机构：重庆市江北区公共就业服务中心", "编号：YY-20261126-001")
            .Section("一、预约信息")
            .Row("姓名", "李静", "预约日期", "2026年11月27日 上午")
            .CheckBoxes("预约事项", [("职业指导", true), ("职业测评", false), ("政策咨询", false)])
            .Text("备注", null)
            .Signatures("2026年11月26日")
            .Note("注：本表一式两份，服务机构和劳动者各执一份。")
            .ToBytes();
        Save("appointment-1-page", pdf);
        TestContext.Current.TestOutputHelper?.WriteLine($"one-page form: {pdf.Length:N0} bytes");

        Assert.Equal(1, PageCount(pdf));
        // Both fonts are over 7 MB; a form carries a subset of a few dozen glyphs per face.
        Assert.True(pdf.Length < 500_000, $"one-page form is {pdf.Length:N0} bytes: is the font subset?");
        Assert.Contains("李静", Flatten(ExtractText(pdf)), StringComparison.Ordinal);
    }

    [Fact]
    public void Cells_longer_than_a_page_split_instead_of_running_off_the_paper()
    {
        var longValue = string.Concat(Enumerable.Range(1, 130).Select(i => $"第{i}条：参加招聘会并投递简历，面试结果待定。"));
        var pdf = Forms.Create("超长内容测试表", GeneratedAt)
            .Row("很长很长的标签名称需要换行显示", "短值", "求职意向", "行政 / 客服 / 仓储物流 / 电子商务运营 / 社区工作者")
            .Row("求职经历", longValue)
            .CheckBoxes("单列选项", [("这是一个非常长的选项，说明劳动者同意将个人信息提供给用人单位用于招聘，并已知晓撤回同意的方式", true), ("否", false)])
            .Signatures(["工作人员签名", "劳动者签名", "负责人签名"], null)
            .ToBytes();
        Save("overlong-cells", pdf);

        Assert.Equal(2, PageCount(pdf));
        var text = Flatten(ExtractText(pdf));
        Assert.Contains("第1条", text, StringComparison.Ordinal);
        Assert.Contains("第130条：参加招聘会并投递简历，面试结果待定。", text, StringComparison.Ordinal);
        Assert.Contains("负责人签名", text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_non_seekable_stream_gets_the_same_file()
    {
        var form = Forms.Create("测试表", GeneratedAt).Row("项目", "内容");
        using var target = new ForwardOnlyStream();
        form.WriteTo(target);
        Assert.Equal(1, PageCount(target.ToArray()));
    }

    [Fact]
    public void Font_registration_is_idempotent_and_forms_print_in_parallel()
    {
        Parallel.For(0, 16, _ => PdfFonts.EnsureRegistered());
        var sizes = new int[8];
        Parallel.For(0, sizes.Length, i => sizes[i] = Forms.Create("并行测试表", GeneratedAt).Row("序号", $"{i}").ToBytes().Length);
        Assert.All(sizes, size => Assert.InRange(size, 1_000, 500_000));
        Assert.IsType<PdfFontResolver>(GlobalFontSettings.FontResolver);
        using var services = new ServiceCollection().AddPdf().BuildServiceProvider();
        Assert.Same(services.GetRequiredService<PdfFormFactory>(), services.GetRequiredService<PdfFormFactory>());
        Assert.NotNull(GlobalFontSettings.FontResolver.GetFont(PdfFontResolver.BoldFace));
    }

    private static int PageCount(byte[] pdf)
    {
        using var stream = new MemoryStream(pdf);
        using var document = PdfReader.Open(stream, PdfDocumentOpenMode.Import);
        return document.PageCount;
    }

    /// <summary>Whitespace removed: pdftotext puts spaces and breaks where the layout has them, not where the text had.</summary>
    private static string Flatten(string text) => Regex.Replace(text, @"\s+", "");

    private static string ExtractText(byte[] pdf)
    {
        var tool = FindOnPath("pdftotext");
        if (tool is null)
        {
            const string reason = "pdftotext not found on PATH (Debian: apt-get install -y poppler-utils).";
            if (Environment.GetEnvironmentVariable("GUIDANCEDESK_REQUIRE_PDFTOTEXT") == "1")
                Assert.Fail(reason + " GUIDANCEDESK_REQUIRE_PDFTOTEXT=1 requires the PDF text check to run.");
            Assert.Skip(reason);
        }
        var file = Path.Combine(Path.GetTempPath(), $"gd-pdf-{Guid.NewGuid():N}.pdf");
        try
        {
            File.WriteAllBytes(file, pdf);
            using var process = Process.Start(new ProcessStartInfo(tool) { ArgumentList = { "-enc", "UTF-8", file, "-" }, RedirectStandardOutput = true })!;
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

    private static void Save(string name, byte[] pdf)
    {
        var folder = Environment.GetEnvironmentVariable("GUIDANCEDESK_PDF_SAMPLES");
        if (string.IsNullOrEmpty(folder))
            return;
        Directory.CreateDirectory(folder);
        File.WriteAllBytes(Path.Combine(folder, name + ".pdf"), pdf);
    }

    /// <summary>Like an HTTP response body: writes only, cannot seek or report its length.</summary>
    private sealed class ForwardOnlyStream : MemoryStream
    {
        public override bool CanSeek => false;
    }
}
