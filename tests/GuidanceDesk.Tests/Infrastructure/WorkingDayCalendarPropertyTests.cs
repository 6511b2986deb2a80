using GuidanceDesk.Web.Infrastructure.Calendar;
using Xunit;

namespace GuidanceDesk.Tests.Infrastructure;

[Trait("Clause", "7.1.2")]
public sealed class WorkingDayCalendarPropertyTests
{
    private static WorkingDayCalendar Calendar => TestReferenceData.Set.Calendar;

    [Fact]
    public void WorkingDaysBetweenInvertsAddWorkingDays()
    {
        // Every start day from Dec 2024 to Nov 2026 (weekends, holidays and adjusted days included).
        for (var d = new DateOnly(2024, 12, 1); d <= new DateOnly(2026, 11, 30); d = d.AddDays(1))
        {
            for (var n = -15; n <= 15; n++)
            {
                var target = Calendar.AddWorkingDays(d, n);
                Assert.Equal(n, Calendar.WorkingDaysBetween(d, target));
                Assert.Equal(Math.Sign(n), Math.Sign(target.DayNumber - d.DayNumber));
                if (n != 0)
                {
                    Assert.True(Calendar.IsWorkingDay(target));
                }
            }
        }
    }

    [Fact]
    public void WorkingDaysBetweenIsAntisymmetricForWorkingDays()
    {
        var start = new DateOnly(2025, 1, 2);
        for (var i = 0; i < 40; i++)
        {
            var a = Calendar.AddWorkingDays(start, i);
            var b = Calendar.AddWorkingDays(start, i * 3 + 7);
            Assert.Equal(-Calendar.WorkingDaysBetween(a, b), Calendar.WorkingDaysBetween(b, a));
            Assert.True(Calendar.WorkingDaysBetween(a, b) > 0);
        }
    }

    [Fact]
    public void WorkingDaysBetweenSameDayIsZero()
    {
        Assert.Equal(0, Calendar.WorkingDaysBetween(new DateOnly(2025, 1, 28), new DateOnly(2025, 1, 28)));
        Assert.Equal(0, Calendar.WorkingDaysBetween(new DateOnly(2025, 3, 3), new DateOnly(2025, 3, 3)));
    }

    [Fact]
    public void WorkingDaysBetweenAcrossHolidayBlocks()
    {
        // Forward counts (from, to]; backward counts [to, from), so weekend/holiday endpoints add nothing.
        Assert.Equal(1, Calendar.WorkingDaysBetween(new DateOnly(2025, 1, 27), new DateOnly(2025, 2, 5)));
        Assert.Equal(0, Calendar.WorkingDaysBetween(new DateOnly(2025, 1, 27), new DateOnly(2025, 2, 4)));
        Assert.Equal(-1, Calendar.WorkingDaysBetween(new DateOnly(2025, 2, 5), new DateOnly(2025, 1, 27)));
        Assert.Equal(-1, Calendar.WorkingDaysBetween(new DateOnly(2025, 2, 4), new DateOnly(2025, 1, 27)));
        Assert.Equal(6, Calendar.WorkingDaysBetween(new DateOnly(2026, 9, 30), new DateOnly(2026, 10, 14))); // incl. Saturday 10-10
    }

    [Theory]
    [InlineData(2027, 1, 1)]
    [InlineData(2027, 6, 15)]
    [InlineData(2006, 6, 1)]
    [InlineData(2006, 12, 31)] // listed in 2007.json as an adjusted working day, yet 2006 has no notice of its own
    [InlineData(1999, 10, 1)]
    public void UnknownYearsThrow(int year, int month, int day)
    {
        var date = new DateOnly(year, month, day);
        var ex = Assert.Throws<CalendarUnknownException>(() => Calendar.IsWorkingDay(date));
        Assert.Equal(year, ex.Year);
        Assert.Contains($"{year} 年的法定节假日安排尚未收录", ex.Message, StringComparison.Ordinal);
        Assert.Contains($"holiday calendar for {year} is not loaded", ex.Message, StringComparison.Ordinal);
        Assert.Throws<CalendarUnknownException>(() => Calendar.Describe(date));
        Assert.Throws<CalendarUnknownException>(() => Calendar.AddWorkingDays(date, 0));
        Assert.Throws<CalendarUnknownException>(() => Calendar.WorkingDaysBetween(new DateOnly(2026, 12, 1), date));
    }

    [Fact]
    public void AddWorkingDaysThatWalksIntoAnUnknownYearThrows()
    {
        var forward = Assert.Throws<CalendarUnknownException>(() => Calendar.AddWorkingDays(new DateOnly(2026, 12, 28), 5));
        Assert.Equal(2027, forward.Year);
        var backward = Assert.Throws<CalendarUnknownException>(() => Calendar.AddWorkingDays(new DateOnly(2007, 1, 4), -1));
        Assert.Equal(2006, backward.Year);

        // Staying inside the known range right up to the edge is fine.
        Assert.Equal(new DateOnly(2026, 12, 31), Calendar.AddWorkingDays(new DateOnly(2026, 12, 28), 3));
    }

    [Fact]
    public void PlaceholderFileDoesNotMakeAYearKnown()
    {
        var dir = Directory.CreateTempSubdirectory("holidays-");
        try
        {
            File.WriteAllText(Path.Combine(dir.FullName, "2027.json"), """{ "year": 2027, "papers": [], "days": [] }""");
            File.WriteAllText(Path.Combine(dir.FullName, "schema.json"), """{ "title": "not a year" }""");
            var calendar = WorkingDayCalendar.LoadFromDirectory(dir.FullName);
            Assert.Empty(calendar.KnownYears);
            Assert.Throws<CalendarUnknownException>(() => calendar.IsWorkingDay(new DateOnly(2027, 3, 1)));
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }
}
