using System.Globalization;
using System.Text.Json;

namespace GuidanceDesk.Web.Infrastructure.Calendar;

/// <summary>One year's State Council holiday notice in the shipped holiday-cn format.</summary>
public sealed record HolidayYearFile(int Year, IReadOnlyList<HolidayNoticeDay> Days)
{
    private static readonly HashSet<string> KnownProperties = ["$schema", "$id", "year", "papers", "days"];

    public sealed record Outcome(HolidayYearFile? File, IReadOnlyDictionary<string, string[]> Errors);

    /// <summary>
    /// Parses and checks a file against the shipped format, collecting every problem (field → messages, in Chinese)
    /// instead of stopping at the first, so the admin can fix the file in one go. A file with errors yields no year at
    /// all: a year is loaded whole or not at all.
    /// </summary>
    /// <param name="placeholderAllowed">The shipped folder holds an empty file for a year whose notice is not out yet.</param>
    public static Outcome Parse(string json, bool placeholderAllowed = false)
    {
        var errors = new Dictionary<string, List<string>>();
        void Add(string field, string message) => (errors.TryGetValue(field, out var l) ? l : errors[field] = []).Add(message);
        Outcome Done(HolidayYearFile? file) =>
            new(errors.Count == 0 ? file : null, errors.ToDictionary(e => e.Key, e => e.Value.ToArray()));

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json);
        }
        catch (JsonException e)
        {
            Add("file", $"文件不是有效的 JSON（第 {e.LineNumber + 1} 行）");
            return Done(null);
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                Add("file", "文件应为一个 JSON 对象（holiday-cn 格式）");
                return Done(null);
            }

            foreach (var p in root.EnumerateObject().Where(p => !KnownProperties.Contains(p.Name)))
                Add("file", $"不认识的字段“{p.Name}”：文件应与随系统提供的 holiday-cn 格式一致");

            var year = 0;
            if (!root.TryGetProperty("year", out var y) || y.ValueKind != JsonValueKind.Number || !y.TryGetInt32(out year) || year is < 2000 or > 2100)
                Add("year", "缺少年份或年份不在 2000–2100 之间");
            if (!root.TryGetProperty("days", out var daysElement) || daysElement.ValueKind != JsonValueKind.Array)
            {
                Add("days", "缺少节假日列表（days）");
                return Done(null);
            }

            var days = HolidayNoticeDay.ParseAll(daysElement, year, placeholderAllowed, Add);
            return Done(new HolidayYearFile(year, days));
        }
    }
}

/// <summary>A date the notice names: a statutory day off, or a weekend day turned into a working day.</summary>
public sealed record HolidayNoticeDay(string Name, DateOnly Date, bool IsOffDay)
{
    internal static List<HolidayNoticeDay> ParseAll(JsonElement array, int year, bool placeholderAllowed, Action<string, string> error)
    {
        var days = new List<HolidayNoticeDay>();
        var seen = new HashSet<DateOnly>();
        var index = 0;
        foreach (var item in array.EnumerateArray())
        {
            var field = $"days[{index++}]";
            if (item.ValueKind != JsonValueKind.Object)
            {
                error(field, "每一天应为对象 {name, date, isOffDay}");
                continue;
            }

            var name = item.TryGetProperty("name", out var n) && n.ValueKind == JsonValueKind.String ? n.GetString()!.Trim() : "";
            if (name.Length is 0 or > 50)
                error(field + ".name", "节日名称必填（不超过 50 字）");
            if (!item.TryGetProperty("isOffDay", out var off) || off.ValueKind is not (JsonValueKind.True or JsonValueKind.False))
                error(field + ".isOffDay", "isOffDay 应为 true（放假）或 false（调休上班）");
            if (!item.TryGetProperty("date", out var d) || d.ValueKind != JsonValueKind.String
                || !DateOnly.TryParseExact(d.GetString(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                error(field + ".date", "日期应为 yyyy-MM-dd");
                continue;
            }

            // A notice covers its own year; only the turn of the year may reach into December before or January after.
            var inRange = date.Year == year || (date.Year == year - 1 && date.Month == 12) || (date.Year == year + 1 && date.Month == 1);
            if (year != 0 && !inRange)
                error(field + ".date", $"{date:yyyy-MM-dd} 不属于 {year} 年的通知");
            if (!seen.Add(date))
                error(field + ".date", $"{date:yyyy-MM-dd} 重复出现");
            if (off.ValueKind is JsonValueKind.True or JsonValueKind.False && name.Length > 0)
                days.Add(new HolidayNoticeDay(name, date, off.GetBoolean()));
        }

        if (index == 0 && !placeholderAllowed)
            error("days", "节假日列表为空：国务院放假通知发布后再上传");
        return days;
    }
}
