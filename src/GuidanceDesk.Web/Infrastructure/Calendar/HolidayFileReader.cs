using System.Globalization;

namespace GuidanceDesk.Web.Infrastructure.Calendar;

/// <summary>Reads the holiday-cn JSON files (one per notice year) and merges years into one day table.</summary>
internal static class HolidayFileReader
{
    internal sealed record HolidayDay(string Name, bool IsOffDay);

    internal sealed record Result(IReadOnlyDictionary<DateOnly, HolidayDay> Days, IReadOnlySet<int> KnownYears);

    public static Result Read(string directory) => Merge(ReadYears(directory));

    /// <summary>The shipped notice years of a folder; placeholder files without days ("no notice yet") are left out.</summary>
    public static IReadOnlyList<HolidayYearFile> ReadYears(string directory)
    {
        // Only "yyyy.json": the upstream folder may also hold schema.json.
        var files = Directory.EnumerateFiles(directory, "*.json")
            .Where(f => int.TryParse(Path.GetFileNameWithoutExtension(f), NumberStyles.None, CultureInfo.InvariantCulture, out _))
            .Order(StringComparer.Ordinal);
        var years = new List<HolidayYearFile>();
        foreach (var file in files)
        {
            var parsed = HolidayYearFile.Parse(File.ReadAllText(file), placeholderAllowed: true);
            if (parsed.Errors.Count > 0)
                throw new InvalidDataException($"Holiday file '{file}': {string.Join("; ", parsed.Errors.SelectMany(e => e.Value))}");
            if (parsed.File!.Days.Count > 0)
                years.Add(parsed.File);
        }

        return years;
    }

    /// <summary>
    /// Merges notice years; a later entry for the same year replaces an earlier one (an uploaded year overrides the
    /// shipped one). December dates can appear in the next year's file: the same date twice must agree, otherwise the
    /// data is contradictory and any deadline computed from it would be suspect.
    /// </summary>
    public static Result Merge(IEnumerable<HolidayYearFile> years)
    {
        var byYear = new SortedDictionary<int, HolidayYearFile>();
        foreach (var year in years)
            byYear[year.Year] = year;

        var days = new Dictionary<DateOnly, HolidayDay>();
        foreach (var year in byYear.Values)
        {
            foreach (var day in year.Days)
            {
                var entry = new HolidayDay(day.Name, day.IsOffDay);
                if (days.TryGetValue(day.Date, out var existing) && existing.IsOffDay != entry.IsOffDay)
                    throw new InvalidDataException($"Holiday files disagree about {day.Date:yyyy-MM-dd} (year {year.Year}).");
                days[day.Date] = entry;
            }
        }

        return new Result(days, new SortedSet<int>(byYear.Keys));
    }
}
