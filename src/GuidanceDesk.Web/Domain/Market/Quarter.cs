using System.Globalization;

namespace GuidanceDesk.Web.Domain;

/// <summary>A calendar quarter in the agency's time zone, the period of the published supply/demand analysis.</summary>
public readonly record struct Quarter(int Year, int Number) : IComparable<Quarter>
{
    public DateOnly Start => new(Year, ((Number - 1) * 3) + 1, 1);

    public DateOnly End => Start.AddMonths(3).AddDays(-1);

    /// <summary>A sortable number (20264 for 2026 Q4), the key stored in snapshot rows.</summary>
    public int Key => (Year * 10) + Number;

    public Quarter Previous => Number == 1 ? new(Year - 1, 4) : new(Year, Number - 1);

    public Quarter Next => Number == 4 ? new(Year + 1, 1) : new(Year, Number + 1);

    public static Quarter Of(DateOnly day) => new(day.Year, ((day.Month - 1) / 3) + 1);

    public static Quarter FromKey(int key) => new(key / 10, key % 10);

    /// <summary>Parses "2026Q4" or "2026-4" (case-insensitive); null when it is not a quarter.</summary>
    public static Quarter? Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
            return null;
        var parts = text.Trim().ToUpperInvariant().Split('Q', '-');
        if (parts.Length != 2 || !int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var year)
            || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var q) || q is < 1 or > 4 || year is < 2000 or > 2100)
            return null;
        return new Quarter(year, q);
    }

    public int CompareTo(Quarter other) => Key.CompareTo(other.Key);

    public static bool operator <(Quarter a, Quarter b) => a.Key < b.Key;

    public static bool operator >(Quarter a, Quarter b) => a.Key > b.Key;

    public static bool operator <=(Quarter a, Quarter b) => a.Key <= b.Key;

    public static bool operator >=(Quarter a, Quarter b) => a.Key >= b.Key;

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Year}Q{Number}");

    /// <summary>How the published reports name it: 2026年第4季度.</summary>
    public string Label => string.Create(CultureInfo.InvariantCulture, $"{Year}年第{Number}季度");
}
