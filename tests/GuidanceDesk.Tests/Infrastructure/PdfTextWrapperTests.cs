using GuidanceDesk.Web.Infrastructure.Pdf;
using PdfSharp.Drawing;
using Xunit;

namespace GuidanceDesk.Tests.Infrastructure;

/// <summary>Line breaking for Chinese: between any two CJK characters, never inside a Latin word, never before ，。）.</summary>
public sealed class PdfTextWrapperTests
{
    private static readonly PdfFormFactory Forms = new(); // registers the fonts before the first XFont

    private static List<string> Wrap(string text, double width)
    {
        _ = Forms;
        using var gfx = XGraphics.CreateMeasureContext(new XSize(600, 800), XGraphicsUnit.Point, XPageDirection.Downwards);
        return TextWrapper.Wrap(gfx, text, PdfFonts.Font(10), width);
    }

    [Fact]
    public void Breaks_between_Chinese_characters_and_keeps_every_character()
    {
        var lines = Wrap("重庆市渝中区公共就业服务中心职业指导", 45); // 10 pt characters: 4 to a line
        Assert.All(lines, l => Assert.InRange(l.Length, 1, 4));
        Assert.Equal("重庆市渝中区公共就业服务中心职业指导", string.Concat(lines));
    }

    [Fact]
    public void Keeps_Latin_words_whole()
    {
        var lines = Wrap("岗位 customer service representative 客服", 120);
        Assert.Contains(lines, l => l.Contains("customer", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("representative", StringComparison.Ordinal));
        Assert.All(lines, l => Assert.DoesNotMatch("^ | $", l));
    }

    [Fact]
    public void Never_starts_a_line_with_closing_punctuation_nor_ends_one_with_opening()
    {
        var lines = Wrap("一二三四，五六七（八九十）。甲乙丙丁《戊己》", 42);
        Assert.All(lines.Skip(1), l => Assert.DoesNotMatch("^[，。）》]", l));
        Assert.All(lines, l => Assert.DoesNotMatch("[（《]$", l));
        Assert.Equal("一二三四，五六七（八九十）。甲乙丙丁《戊己》", string.Concat(lines));
    }

    [Fact]
    public void Cuts_a_word_wider_than_the_line_and_keeps_blank_lines()
    {
        var lines = Wrap("5001031990010100011234567890\n\n第三段", 60);
        Assert.Equal("5001031990010100011234567890", string.Concat(lines.TakeWhile(l => l.Length > 0)));
        Assert.Contains("", lines);
        Assert.Equal("第三段", lines[^1]);
        Assert.Single(Wrap("", 100));
    }
}
