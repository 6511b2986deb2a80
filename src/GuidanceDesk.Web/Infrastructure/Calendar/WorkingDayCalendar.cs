namespace GuidanceDesk.Web.Infrastructure.Calendar;

/// <summary>
/// Mainland China working-day calendar: Mon–Fri work and Sat–Sun off, overridden by the State Council
/// holiday notices (statutory days off and adjusted weekend working days). Years without a loaded
/// notice are unknown and every query touching them throws <see cref="CalendarUnknownException"/>.
/// Immutable after construction, so one instance can be shared as a singleton.
/// </summary>
public sealed class WorkingDayCalendar
{
    private readonly IReadOnlyDictionary<DateOnly, HolidayFileReader.HolidayDay> _days;
    private readonly IReadOnlySet<int> _knownYears;

    private WorkingDayCalendar(HolidayFileReader.Result data)
    {
        _days = data.Days;
        _knownYears = data.KnownYears;
        KnownYears = [.. data.KnownYears];
    }

    /// <summary>Years with a loaded notice, ascending.</summary>
    public IReadOnlyCollection<int> KnownYears { get; }

    /// <param name="directory">Folder holding the holiday-cn "yyyy.json" files.</param>
    public static WorkingDayCalendar LoadFromDirectory(string directory) => new(HolidayFileReader.Read(directory));

    public bool IsWorkingDay(DateOnly date) => Describe(date).IsWorkingDay;

    public DayInfo Describe(DateOnly date)
    {
        EnsureKnown(date);
        var weekend = date.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday;
        if (_days.TryGetValue(date, out var day))
        {
            if (day.IsOffDay)
            {
                return new DayInfo(date, false, DayKind.StatutoryHoliday, day.Name);
            }

            // Upstream occasionally lists a weekday as "working" (e.g. 2020-02-03, the end of the extended
            // Spring Festival); that is an ordinary working day, not a swapped weekend.
            return weekend
                ? new DayInfo(date, true, DayKind.AdjustedWorkday, day.Name)
                : new DayInfo(date, true, DayKind.Workday, null);
        }

        return weekend
            ? new DayInfo(date, false, DayKind.Weekend, null)
            : new DayInfo(date, true, DayKind.Workday, null);
    }

    /// <summary>n &gt; 0: the n-th working day after <paramref name="date"/>; n &lt; 0: the |n|-th before; 0: the date itself.</summary>
    public DateOnly AddWorkingDays(DateOnly date, int n)
    {
        EnsureKnown(date);
        var step = Math.Sign(n);
        var remaining = Math.Abs(n);
        var current = date;
        while (remaining > 0)
        {
            current = current.AddDays(step);
            if (IsWorkingDay(current))
            {
                remaining--;
            }
        }

        return current;
    }

    /// <summary>
    /// Signed number of working days walked from <paramref name="from"/> to <paramref name="to"/>: the start is
    /// excluded and the end included, i.e. working days in (from, to] going forward, and minus the working days
    /// in [to, from) going backward. This makes <c>WorkingDaysBetween(d, AddWorkingDays(d, n)) == n</c> for every
    /// d and n, including when d itself is a weekend or holiday.
    /// </summary>
    public int WorkingDaysBetween(DateOnly from, DateOnly to)
    {
        EnsureKnown(from);
        EnsureKnown(to);
        if (to >= from)
        {
            return CountWorkingDays(from.AddDays(1), to);
        }

        return -CountWorkingDays(to, from.AddDays(-1));
    }

    /// <summary>Working days in the inclusive range [first, last].</summary>
    private int CountWorkingDays(DateOnly first, DateOnly last)
    {
        var count = 0;
        for (var d = first; d <= last; d = d.AddDays(1))
        {
            if (IsWorkingDay(d))
            {
                count++;
            }
        }

        return count;
    }

    private void EnsureKnown(DateOnly date)
    {
        if (!_knownYears.Contains(date.Year))
        {
            throw new CalendarUnknownException(date.Year);
        }
    }
}
