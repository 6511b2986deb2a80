namespace GuidanceDesk.Web.Infrastructure.Calendar;

/// <summary>How a date is treated for working-day arithmetic, with the holiday name where one applies.</summary>
public sealed record DayInfo(DateOnly Date, bool IsWorkingDay, DayKind Kind, string? HolidayName);

public enum DayKind
{
    /// <summary>Ordinary Monday–Friday.</summary>
    Workday,

    /// <summary>Ordinary Saturday or Sunday.</summary>
    Weekend,

    /// <summary>Day off under a holiday notice (including weekend days inside the holiday block).</summary>
    StatutoryHoliday,

    /// <summary>Weekend day turned into a working day (调休上班).</summary>
    AdjustedWorkday,
}
