namespace GuidanceDesk.Web.Features.PolicyLibrary;

/// <summary>A paragraph (its lines) or a bulleted list (its items) of a plain-text body.</summary>
public sealed record TextPart(bool IsList, IReadOnlyList<string> Lines);

/// <summary>
/// The little structure a plain-language body has: paragraphs separated by blank lines, list items starting with
/// "- ", "• " or "· ". Pages render the parts with Razor's encoding — a body is never HTML, whatever it contains.
/// </summary>
public static class PlainText
{
    private static readonly string[] Bullets = ["- ", "• ", "· ", "* "];

    public static IReadOnlyList<TextPart> Parts(string? text)
    {
        var parts = new List<TextPart>();
        var lines = new List<string>();
        var listing = false;
        foreach (var raw in (text ?? "").Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n'))
        {
            var line = raw.Trim();
            var item = Bullets.FirstOrDefault(b => line.StartsWith(b, StringComparison.Ordinal));
            if (line.Length == 0 || (lines.Count > 0 && listing != (item is not null)))
                Flush();
            if (line.Length == 0)
                continue;
            listing = item is not null;
            lines.Add(item is null ? line : line[item.Length..].Trim());
        }
        Flush();
        return parts;

        void Flush()
        {
            if (lines.Count > 0)
                parts.Add(new TextPart(listing, [.. lines]));
            lines.Clear();
        }
    }

    /// <summary>The first <paramref name="max"/> characters of the body as one line, for lists and cards.</summary>
    public static string Excerpt(string? text, int max)
    {
        var flat = string.Join(" ", Parts(text).SelectMany(p => p.Lines));
        return flat.Length <= max ? flat : flat[..max].TrimEnd() + "…";
    }
}
