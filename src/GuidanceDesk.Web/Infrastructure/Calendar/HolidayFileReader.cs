using System.Globalization;
using System.Text.Json;

namespace GuidanceDesk.Web.Infrastructure.Calendar;

/// <summary>Reads the holiday-cn JSON files (one per notice year) into a merged day table.</summary>
internal static class HolidayFileReader
{
    private static readonly JsonSerializerOptions JsonOptions = new() { PropertyNameCaseInsensitive = true };

    internal sealed record HolidayDay(string Name, bool IsOffDay);

    internal sealed record Result(IReadOnlyDictionary<DateOnly, HolidayDay> Days, IReadOnlySet<int> KnownYears);

    public static Result Read(string directory)
    {
        var days = new Dictionary<DateOnly, HolidayDay>();
        var knownYears = new SortedSet<int>();

        // Only "yyyy.json": the upstream folder may also hold schema.json.
        var files = Directory.EnumerateFiles(directory, "*.json")
            .Where(f => int.TryParse(Path.GetFileNameWithoutExtension(f), NumberStyles.None, CultureInfo.InvariantCulture, out _))
            .Order(StringComparer.Ordinal);

        foreach (var file in files)
        {
            var content = JsonSerializer.Deserialize<HolidayFile>(File.ReadAllText(file), JsonOptions)
                ?? throw new InvalidDataException($"Holiday file '{file}' is empty.");

            // A placeholder file without days means "no notice yet", which must stay unknown.
            if (content.Days is not { Count: > 0 })
            {
                continue;
            }

            knownYears.Add(content.Year);
            foreach (var day in content.Days)
            {
                var date = DateOnly.ParseExact(day.Date, "yyyy-MM-dd", CultureInfo.InvariantCulture);
                var entry = new HolidayDay(day.Name, day.IsOffDay);

                // December dates can appear in the next year's file; the same date twice must agree,
                // otherwise the data is contradictory and any deadline computed from it would be suspect.
                if (days.TryGetValue(date, out var existing) && existing.IsOffDay != entry.IsOffDay)
                {
                    throw new InvalidDataException($"Holiday files disagree about {date:yyyy-MM-dd} ('{file}').");
                }

                days[date] = entry;
            }
        }

        return new Result(days, knownYears);
    }

    private sealed record HolidayFile(int Year, List<HolidayFileDay>? Days);

    private sealed record HolidayFileDay(string Name, string Date, bool IsOffDay);
}
