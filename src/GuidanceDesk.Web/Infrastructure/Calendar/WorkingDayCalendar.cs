namespace GuidanceDesk.Web.Infrastructure.Calendar;

/// <summary>
/// Mainland China working-day calendar: Mon–Fri work and Sat–Sun off, overridden by the State Council
/// holiday notices (statutory days off and adjusted weekend working days). Years without a loaded
/// notice are unknown and every query touching them throws <see cref="CalendarUnknownException"/>.
/// Shared as a singleton: each query reads one immutable snapshot, and a new notice year replaces the
/// whole snapshot at once (<see cref="Replace"/>), so no caller ever sees a half-loaded year.
/// </summary>
public sealed class WorkingDayCalendar
{
    private volatile CalendarData _data;

    private WorkingDayCalendar(HolidayFileReader.Result data) => _data = new CalendarData(data);

    /// <summary>Years with a loaded notice, ascending.</summary>
    public IReadOnlyCollection<int> KnownYears => _data.KnownYears;

    /// <param name="directory">Folder holding the holiday-cn "yyyy.json" files.</param>
    public static WorkingDayCalendar LoadFromDirectory(string directory) => new(HolidayFileReader.Read(directory));

    /// <summary>Swaps in a calendar built from these notice years (later entries of a year win).</summary>
    /// <exception cref="InvalidDataException">Two years disagree about a shared date; nothing is replaced.</exception>
    public void Replace(IEnumerable<HolidayYearFile> years) => _data = new CalendarData(HolidayFileReader.Merge(years));

    public bool IsWorkingDay(DateOnly date) => Describe(date).IsWorkingDay;

    public DayInfo Describe(DateOnly date)
    {
        var data = _data;
        EnsureKnown(data, date);
        return data.Describe(date);
    }

    /// <summary>n &gt; 0: the n-th working day after <paramref name="date"/>; n &lt; 0: the |n|-th before; 0: the date itself.</summary>
    public DateOnly AddWorkingDays(DateOnly date, int n)
    {
        var data = _data;
        EnsureKnown(data, date);
        if (n == 0)
            return date;

        var step = Math.Sign(n);
        var k = n > 0 ? data.WorkingUpTo(date) + n - 1 : data.WorkingBefore(date) + n;
        var result = data.WorkdayAt(k) ?? throw new CalendarUnknownException(data.FirstUnknownFrom(date.Year, step));
        EnsureYearsBetween(data, date.Year, result.Year, step);
        return result;
    }

    /// <summary>
    /// Signed number of working days walked from <paramref name="from"/> to <paramref name="to"/>: the start is
    /// excluded and the end included, i.e. working days in (from, to] going forward, and minus the working days
    /// in [to, from) going backward. This makes <c>WorkingDaysBetween(d, AddWorkingDays(d, n)) == n</c> for every
    /// d and n, including when d itself is a weekend or holiday.
    /// </summary>
    public int WorkingDaysBetween(DateOnly from, DateOnly to)
    {
        var data = _data;
        EnsureKnown(data, from);
        EnsureKnown(data, to);
        EnsureYearsBetween(data, from.Year, to.Year, to >= from ? 1 : -1);
        return to >= from
            ? data.WorkingUpTo(to) - data.WorkingUpTo(from)
            : -(data.WorkingBefore(from) - data.WorkingBefore(to));
    }

    private static void EnsureKnown(CalendarData data, DateOnly date)
    {
        if (!data.IsKnown(date.Year))
            throw new CalendarUnknownException(date.Year);
    }

    /// <summary>A gap year between two known ones (e.g. an upload skipped a year) is as unknown as one past the end.</summary>
    private static void EnsureYearsBetween(CalendarData data, int from, int to, int step)
    {
        for (var y = from; y != to + step; y += step)
        {
            if (!data.IsKnown(y))
                throw new CalendarUnknownException(y);
        }
    }
}
