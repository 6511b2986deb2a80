namespace GuidanceDesk.Web.Infrastructure.Calendar;

/// <summary>
/// Thrown when a date falls in a year without a published State Council holiday notice. Guessing
/// "no holidays" would silently produce wrong deadlines, so callers must handle this explicitly.
/// </summary>
public sealed class CalendarUnknownException(int year)
    : Exception($"{year} 年的法定节假日安排尚未收录 / holiday calendar for {year} is not loaded")
{
    public int Year { get; } = year;
}
