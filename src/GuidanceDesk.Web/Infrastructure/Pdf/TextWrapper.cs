using System.Globalization;
using System.Text;
using PdfSharp.Drawing;

namespace GuidanceDesk.Web.Infrastructure.Pdf;

/// <summary>
/// Breaks text into lines that fit a width. PDFsharp's XTextFormatter breaks only at spaces, which Chinese does not
/// use, so here a line may break between any two CJK characters, Latin words stay whole (a word wider than the line
/// is the only thing cut), and a line neither starts with closing punctuation (，。）) nor ends with opening
/// punctuation (（《) — the 避头尾 rule of Chinese typesetting.
/// </summary>
internal static class TextWrapper
{
    private const string NoLineStart = "，。、；：？！）》」』】〕〉”’…—·%,.;:?!)]}";
    private const string NoLineEnd = "（《「『【〔〈“‘([{";
    private const double Tolerance = 0.01;

    /// <summary>One entry per line; a blank line in the text stays a blank line. Never returns an empty list.</summary>
    public static List<string> Wrap(XGraphics gfx, string? text, XFont font, double width)
    {
        var lines = new List<string>();
        foreach (var paragraph in (text ?? "").ReplaceLineEndings("\n").Split('\n'))
            WrapParagraph(gfx, paragraph, font, width, lines);
        return lines;
    }

    private static void WrapParagraph(XGraphics gfx, string paragraph, XFont font, double width, List<string> lines)
    {
        var line = new StringBuilder();
        var lineWidth = 0.0;
        var wrapped = false;
        void Flush()
        {
            lines.Add(line.ToString().TrimEnd());
            line.Clear();
            lineWidth = 0;
            wrapped = true;
        }
        void Append(string s, double w)
        {
            line.Append(s);
            lineWidth += w;
        }

        foreach (var token in Tokens(paragraph))
        {
            if (token == " " && wrapped && line.Length == 0)
                continue; // a wrapped line does not start with the space it broke at
            var w = gfx.MeasureString(token, font).Width;
            if (lineWidth + w <= width + Tolerance)
                Append(token, w);
            else if (token == " ")
                Flush();
            else
            {
                if (line.Length > 0)
                    Flush();
                if (w <= width + Tolerance)
                    Append(token, w);
                else
                    AppendByCharacter(token); // a long number or address without spaces: cut it, never overflow
            }
        }
        lines.Add(line.ToString().TrimEnd());

        void AppendByCharacter(string token)
        {
            var e = StringInfo.GetTextElementEnumerator(token);
            while (e.MoveNext())
            {
                var ch = e.GetTextElement();
                var w = gfx.MeasureString(ch, font).Width;
                if (lineWidth + w > width + Tolerance && line.Length > 0)
                    Flush();
                Append(ch, w);
            }
        }
    }

    /// <summary>Units that are never split: one CJK character, one space, or one run of other characters (a word).
    /// Punctuation is then glued to its neighbour so that a break never lands on the wrong side of it.</summary>
    internal static List<string> Tokens(string text)
    {
        var raw = new List<string>();
        var word = new StringBuilder();
        var e = StringInfo.GetTextElementEnumerator(text);
        while (e.MoveNext())
        {
            var el = e.GetTextElement();
            var space = el is " " or "\t";
            if (!space && !BreaksAnywhere(el))
            {
                word.Append(el);
                continue;
            }
            if (word.Length > 0)
                raw.Add(word.ToString());
            word.Clear();
            raw.Add(space ? " " : el);
        }
        if (word.Length > 0)
            raw.Add(word.ToString());

        var tokens = new List<string>(raw.Count);
        var opening = "";
        foreach (var t in raw)
        {
            if (opening.Length == 0 && tokens.Count > 0 && tokens[^1] != " " && IsOneOf(t, NoLineStart))
                tokens[^1] += t;
            else if (IsOneOf(t, NoLineEnd))
                opening += t;
            else
            {
                tokens.Add(opening + t);
                opening = "";
            }
        }
        if (opening.Length > 0)
            tokens.Add(opening);
        return tokens;
    }

    private static bool IsOneOf(string token, string set) => token.Length == 1 && set.Contains(token[0], StringComparison.Ordinal);

    // CJK ideographs, kana, CJK and fullwidth punctuation, and supplementary-plane ideographs (surrogate pairs);
    // plus the general-punctuation marks Chinese text uses (— … “ ” ‘ ’), which attach to CJK neighbours, not words.
    private static bool BreaksAnywhere(string element)
    {
        var c = element[0];
        return c is >= '\u2E80' and <= '\u9FFF' or >= '\uF900' and <= '\uFAFF' or >= '\uFE30' and <= '\uFE4F'
            or >= '\uFF00' and <= '\uFFEF' or '\u2014' or '\u2026' or >= '\u2018' and <= '\u201D'
            || char.IsHighSurrogate(c);
    }
}
