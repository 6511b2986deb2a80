namespace GuidanceDesk.Web.Domain;

/// <summary>
/// The levels of a 2022 classification code "M-mm-nn-oo": 大类 "M", 中类 "M-mm", 小类 "M-mm-nn", 细类 (occupation)
/// the whole code. Market tables and matching compare at these levels.
/// </summary>
public static class OccupationGroups
{
    public static string? MajorOf(string? code) => Part(code, 1);

    public static string? MediumOf(string? code) => Part(code, 2);

    public static string? MinorOf(string? code) => Part(code, 3);

    private static string? Part(string? code, int segments)
    {
        if (string.IsNullOrWhiteSpace(code))
            return null;
        var parts = code.Split('-');
        return parts.Length < segments ? null : string.Join('-', parts.Take(segments));
    }
}
