namespace GuidanceDesk.Web.Infrastructure.Calendar;

/// <summary>
/// One immutable snapshot of the calendar: the named days plus a dense table from the first to the last known year
/// (working flag, running count of working days, the working days in order), so that adding or counting working days
/// is two array lookups instead of a day-by-day walk.
/// </summary>
internal sealed class CalendarData
{
    private readonly IReadOnlyDictionary<DateOnly, HolidayFileReader.HolidayDay> _days;
    private readonly IReadOnlySet<int> _known;
    private readonly DateOnly _first;
    private readonly int[] _workingBefore; // working days in [_first, _first + i)
    private readonly int[] _workdays;      // day offsets of the working days, ascending

    public CalendarData(HolidayFileReader.Result data)
    {
        _days = data.Days;
        _known = data.KnownYears;
        KnownYears = [.. data.KnownYears.Order()];
        if (KnownYears.Count == 0)
        {
            _workingBefore = [0];
            _workdays = [];
            return;
        }

        _first = new DateOnly(KnownYears[0], 1, 1);
        var length = new DateOnly(KnownYears[^1], 12, 31).DayNumber - _first.DayNumber + 1;
        _workingBefore = new int[length + 1];
        var workdays = new List<int>(length * 70 / 100);
        for (var i = 0; i < length; i++)
        {
            var working = Describe(_first.AddDays(i)).IsWorkingDay;
            _workingBefore[i + 1] = _workingBefore[i] + (working ? 1 : 0);
            if (working)
                workdays.Add(i);
        }

        _workdays = [.. workdays];
    }

    public IReadOnlyList<int> KnownYears { get; }

    public bool IsKnown(int year) => _known.Contains(year);

    public DayInfo Describe(DateOnly date)
    {
        var weekend = date.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday;
        if (_days.TryGetValue(date, out var day))
        {
            if (day.IsOffDay)
                return new DayInfo(date, false, DayKind.StatutoryHoliday, day.Name);

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

    /// <summary>Offset of a date of a known year in the dense table.</summary>
    public int Offset(DateOnly date) => date.DayNumber - _first.DayNumber;

    /// <summary>Working days on or before the date, counted from the first known year.</summary>
    public int WorkingUpTo(DateOnly date) => _workingBefore[Offset(date) + 1];

    public int WorkingBefore(DateOnly date) => _workingBefore[Offset(date)];

    /// <summary>The k-th working day (0-based) of the table, or null past either end.</summary>
    public DateOnly? WorkdayAt(int k) => k >= 0 && k < _workdays.Length ? _first.AddDays(_workdays[k]) : null;

    /// <summary>The first year not known when walking from <paramref name="year"/> in the given direction.</summary>
    public int FirstUnknownFrom(int year, int step)
    {
        var y = year;
        while (_known.Contains(y))
            y += step;
        return y;
    }
}
