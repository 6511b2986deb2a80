namespace GuidanceDesk.Tests.Features.Hardening;

/// <summary>A hostile value and how it goes into a URL (escaped, or raw where the raw form is the attack, e.g. <c>%00</c>).</summary>
public sealed record HostileText(string Name, string Value, string InUrl);

/// <summary>The hostile values of clause 4.4d: injection strings, traversal, NUL, over-long, out-of-range and non-numeric.</summary>
public static class Hostile
{
    public const string Sql = "' OR 1=1--";
    public const string Script = "<script>alert(1)</script>";
    public const string Traversal = "../../etc/passwd";

    /// <summary>Over-long for a JSON field: far beyond any limit the forms set (the longest is 50,000).</summary>
    public static readonly string Huge = new('x', 100_000);

    /// <summary>Values for route segments and query strings.</summary>
    public static readonly IReadOnlyList<HostileText> UrlValues =
    [
        Escaped("sql", Sql),
        Escaped("script", Script),
        Escaped("traversal", Traversal),
        new("traversal-raw", Traversal, Traversal),
        new("traversal-overlong-utf8", "..%c0%af..%c0%afetc", "..%c0%af..%c0%afetc"),
        new("nul", "\0", "%00"),
        new("nul-inside", "1\0", "1%00"),
        Escaped("10k", new string('x', 10_000)),
        Escaped("negative", "-1"),
        Escaped("zero", "0"),
        Escaped("int-max", "2147483647"),
        Escaped("long-max", "9223372036854775807"),
        Escaped("overflow", "99999999999999999999"),
        Escaped("non-numeric", "abc"),
        Escaped("fraction", "1.5"),
        Escaped("impossible-date", "2026-02-30"),
        Escaped("min-date", "0001-01-01"),
        Escaped("max-date", "9999-12-31"),
        Escaped("control", "\u0001\u001b[31m"),
        new("utf8-surrogate", "\uD800", "%ED%A0%80"),
        new("invalid-utf8", "\uFFFD", "%FF%FE"),
    ];

    /// <summary>
    /// Strings that a text field may legitimately hold (stored verbatim, shown encoded) or refuse — never a 500. The three
    /// injection strings go in one value: each is inert in its own way, and one request per field keeps the suite quick.
    /// </summary>
    public static readonly IReadOnlyList<(string Name, string Value)> FieldValues =
    [
        ("injection", Sql + " " + Script + " " + Traversal),
        ("nul", "a\0b"),
        ("lone-surrogate", "a\uD800b"),
        ("control", "\u0001\u001b[31m\u202Eexe.txt"),
    ];

    private static HostileText Escaped(string name, string value) => new(name, value, Uri.EscapeDataString(value));
}
