using System.Globalization;

namespace GuidanceDesk.Web.Infrastructure.ReferenceData;

/// <summary>The 2022 occupation classification, searchable by code, name and job-board alias.</summary>
public sealed class OccupationCatalog
{
    private readonly Dictionary<string, Occupation> _byCode = new(StringComparer.Ordinal);

    private OccupationCatalog(IReadOnlyList<Occupation> all)
    {
        All = all;
        foreach (var occupation in all)
        {
            // The data lists a few codes twice, once as a minor group and once as its single occupation
            // (e.g. 2-03-01-00); a code lookup serves the occupation since that is what gets recorded.
            if (!_byCode.TryGetValue(occupation.Code, out var existing) || Rank(existing.Level) > Rank(occupation.Level))
            {
                _byCode[occupation.Code] = occupation;
            }
        }
    }

    /// <summary>Every row in file order (groups and occupations).</summary>
    public IReadOnlyList<Occupation> All { get; }

    public int Count => All.Count;

    public static OccupationCatalog Load(string csvPath)
    {
        var rows = CsvFile.Read(csvPath).Select(row => new Occupation(
            row["code"],
            row["name"],
            ParseLevel(row["level"]),
            bool.Parse(row["green"]),
            bool.Parse(row["digital"]),
            row["aliases"].Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .Distinct(StringComparer.Ordinal)
                .ToArray()));
        return new OccupationCatalog(rows.ToArray());
    }

    public Occupation? Find(string code) => _byCode.GetValueOrDefault(code.Trim());

    /// <summary>
    /// Ranked search: exact code or name first, then code/name prefix or exact alias, then name contains,
    /// then alias contains. Within a rank occupations come before groups, then by code. Codes match with or
    /// without dashes ("2-02-01" or "20201"). One result per code.
    /// </summary>
    public IReadOnlyList<Occupation> Search(string query, int limit = 20)
    {
        var q = query?.Trim() ?? "";
        if (q.Length == 0 || limit <= 0)
        {
            return [];
        }

        var compactQuery = IsCodeLike(q) ? q.Replace("-", "", StringComparison.Ordinal) : null;
        return All
            .Select(o => (Occupation: o, Rank: Match(o, q, compactQuery)))
            .Where(m => m.Rank < NoMatch)
            .OrderBy(m => m.Rank)
            .ThenBy(m => Rank(m.Occupation.Level))
            .ThenBy(m => m.Occupation.Code, StringComparer.Ordinal)
            .Select(m => m.Occupation)
            .DistinctBy(o => o.Code, StringComparer.Ordinal)
            .Take(limit)
            .ToArray();
    }

    private const int NoMatch = int.MaxValue;

    private static int Match(Occupation o, string q, string? compactQuery)
    {
        const StringComparison Cmp = StringComparison.OrdinalIgnoreCase;
        var compactCode = compactQuery is null ? null : o.Code.Replace("-", "", StringComparison.Ordinal);
        if (o.Code.Equals(q, Cmp) || o.Name.Equals(q, Cmp) || (compactCode?.Equals(compactQuery, Cmp) ?? false))
        {
            return 0;
        }

        if (o.Code.StartsWith(q, Cmp) || (compactCode?.StartsWith(compactQuery!, Cmp) ?? false)
            || o.Name.StartsWith(q, Cmp) || o.Aliases.Any(a => a.Equals(q, Cmp)))
        {
            return 1;
        }

        if (o.Name.Contains(q, Cmp))
        {
            return 2;
        }

        return o.Aliases.Any(a => a.Contains(q, Cmp)) ? 3 : NoMatch;
    }

    /// <summary>Sort key putting occupations (the selectable leaves) ahead of their groups.</summary>
    private static int Rank(OccupationLevel level) => level == OccupationLevel.Occupation ? 0 : 1;

    private static bool IsCodeLike(string q) => q.All(c => char.IsAsciiDigit(c) || c == '-') && q.Any(char.IsAsciiDigit);

    private static OccupationLevel ParseLevel(string level) => level switch
    {
        "major" => OccupationLevel.Major,
        "medium" => OccupationLevel.Medium,
        "minor" => OccupationLevel.Minor,
        "occupation" => OccupationLevel.Occupation,
        _ => throw new InvalidDataException(string.Create(CultureInfo.InvariantCulture, $"Unknown occupation level '{level}'.")),
    };
}
