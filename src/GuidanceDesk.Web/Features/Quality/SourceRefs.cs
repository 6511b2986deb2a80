using System.Globalization;

namespace GuidanceDesk.Web.Features.Quality;

/// <summary>
/// The reference an action keeps to a finding that is not a row of its own: a conformance row or a satisfaction driver
/// of a unit and period (<c>6.1.5@3/2025-01-01..2025-12-31</c>), or a third-party finding (<c>12#2</c>). The same text
/// finds the actions already raised from the source, and leads back to it from the action.
/// </summary>
public static class SourceRefs
{
    public static string OfPeriod(string key, long unitId, DateOnly from, DateOnly to) =>
        string.Create(CultureInfo.InvariantCulture, $"{key}@{unitId}/{from:yyyy-MM-dd}..{to:yyyy-MM-dd}");

    public static string OfLine(long id, int line) => string.Create(CultureInfo.InvariantCulture, $"{id}#{line}");

    /// <summary>The key, unit and dates of a period reference; null when the text is not one.</summary>
    public static (string Key, long Unit, DateOnly From, DateOnly To)? ParsePeriod(string sourceRef)
    {
        var at = sourceRef.LastIndexOf('@');
        var slash = sourceRef.IndexOf('/', at + 1);
        var dots = sourceRef.IndexOf("..", slash + 1, StringComparison.Ordinal);
        if (at <= 0 || slash < 0 || dots < 0)
            return null;
        return long.TryParse(sourceRef.AsSpan(at + 1, slash - at - 1), NumberStyles.None, CultureInfo.InvariantCulture, out var unit)
            && DateOnly.TryParseExact(sourceRef.AsSpan(slash + 1, dots - slash - 1), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var from)
            && DateOnly.TryParseExact(sourceRef.AsSpan(dots + 2), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var to)
            ? (sourceRef[..at], unit, from, to)
            : null;
    }
}
