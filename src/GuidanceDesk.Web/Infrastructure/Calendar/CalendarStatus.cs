namespace GuidanceDesk.Web.Infrastructure.Calendar;

/// <summary>
/// Whether the calendar is ready for the deadlines to come. The State Council publishes next year's holidays in
/// November; from 1 November on, a missing next year is a warning (deadlines reaching into January would fail), and a
/// missing current year is an error.
/// </summary>
public sealed class CalendarStatus(WorkingDayCalendar calendar, AgencyClock clock)
{
    public int? MissingYear => !calendar.KnownYears.Contains(clock.Today.Year) ? clock.Today.Year
        : clock.Today.Month >= 11 && !calendar.KnownYears.Contains(clock.Today.Year + 1) ? clock.Today.Year + 1
        : null;

    public bool CurrentYearMissing => !calendar.KnownYears.Contains(clock.Today.Year);
}
