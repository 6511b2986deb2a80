using GuidanceDesk.Web.Infrastructure.Calendar;
using Xunit;

namespace GuidanceDesk.Tests.Infrastructure;

[Trait("Clause", "7.1.2")]
public sealed class WorkingDayCalendarTests
{
    private static WorkingDayCalendar Calendar => TestReferenceData.Set.Calendar;

    private static DateOnly D(string iso) => DateOnly.ParseExact(iso, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    [Theory]
    // Spring Festival 2024: 02-10 … 02-17 off; Sunday 02-04 and Sunday 02-18 are adjusted working days.
    [InlineData("2024-02-04", true)]
    [InlineData("2024-02-09", true)]
    [InlineData("2024-02-10", false)]
    [InlineData("2024-02-17", false)]
    [InlineData("2024-02-18", true)]
    [InlineData("2024-02-19", true)]
    // National Day 2024: 10-01 … 10-07 off; Sunday 09-29 and Saturday 10-12 working.
    [InlineData("2024-09-29", true)]
    [InlineData("2024-09-30", true)]
    [InlineData("2024-10-01", false)]
    [InlineData("2024-10-07", false)]
    [InlineData("2024-10-08", true)]
    [InlineData("2024-10-12", true)]
    [InlineData("2024-10-13", false)]
    // Spring Festival 2025: 01-28 … 02-04 off; Sunday 01-26 and Saturday 02-08 are adjusted working days.
    [InlineData("2025-01-26", true)]
    [InlineData("2025-01-27", true)]
    [InlineData("2025-01-28", false)]
    [InlineData("2025-02-01", false)]
    [InlineData("2025-02-04", false)]
    [InlineData("2025-02-05", true)]
    [InlineData("2025-02-08", true)]
    [InlineData("2025-02-09", false)]
    // National Day + Mid-Autumn 2025: 10-01 … 10-08 off; Sunday 09-28 and Saturday 10-11 working.
    [InlineData("2025-09-28", true)]
    [InlineData("2025-09-30", true)]
    [InlineData("2025-10-01", false)]
    [InlineData("2025-10-08", false)]
    [InlineData("2025-10-09", true)]
    [InlineData("2025-10-11", true)]
    [InlineData("2025-10-12", false)]
    // New Year 2026: 01-01 … 01-03 off, Sunday 01-04 working.
    [InlineData("2026-01-01", false)]
    [InlineData("2026-01-02", false)]
    [InlineData("2026-01-04", true)]
    // Spring Festival 2026 (per 2026.json): 02-15 … 02-23 off (9 days); Saturdays 02-14 and 02-28 working.
    [InlineData("2026-02-13", true)]
    [InlineData("2026-02-14", true)]
    [InlineData("2026-02-15", false)]
    [InlineData("2026-02-17", false)]
    [InlineData("2026-02-23", false)]
    [InlineData("2026-02-24", true)]
    [InlineData("2026-02-28", true)]
    [InlineData("2026-03-01", false)]
    // Mid-Autumn 2026 09-25 … 09-27 and National Day 2026 10-01 … 10-07 are separate blocks;
    // Sunday 09-20 and Saturday 10-10 are working days, 10-08 and 10-09 ordinary weekdays.
    [InlineData("2026-09-20", true)]
    [InlineData("2026-09-25", false)]
    [InlineData("2026-09-27", false)]
    [InlineData("2026-09-28", true)]
    [InlineData("2026-09-30", true)]
    [InlineData("2026-10-01", false)]
    [InlineData("2026-10-07", false)]
    [InlineData("2026-10-08", true)]
    [InlineData("2026-10-10", true)]
    [InlineData("2026-10-11", false)]
    // Ordinary weeks.
    [InlineData("2025-03-01", false)]
    [InlineData("2025-03-02", false)]
    [InlineData("2025-03-03", true)]
    [InlineData("2025-03-07", true)]
    // December dates listed only in the next year's file.
    [InlineData("2007-12-29", true)]
    [InlineData("2007-12-31", false)]
    [InlineData("2018-12-29", true)]
    [InlineData("2018-12-31", false)]
    public void KnowsWorkingDays(string date, bool expected) => Assert.Equal(expected, Calendar.IsWorkingDay(D(date)));

    [Theory]
    [InlineData("2025-01-28", DayKind.StatutoryHoliday, "春节")]
    [InlineData("2025-02-01", DayKind.StatutoryHoliday, "春节")] // a Saturday inside the block
    [InlineData("2025-01-26", DayKind.AdjustedWorkday, "春节")]
    [InlineData("2025-10-11", DayKind.AdjustedWorkday, "国庆节、中秋节")]
    [InlineData("2026-09-20", DayKind.AdjustedWorkday, "国庆节")]
    [InlineData("2026-02-18", DayKind.StatutoryHoliday, "春节")]
    [InlineData("2025-03-01", DayKind.Weekend, null)]
    [InlineData("2025-03-03", DayKind.Workday, null)]
    [InlineData("2020-02-03", DayKind.Workday, null)] // upstream lists this Monday as "working"; it is ordinary
    public void DescribesDays(string date, DayKind kind, string? name)
    {
        var info = Calendar.Describe(D(date));
        Assert.Equal(D(date), info.Date);
        Assert.Equal(kind, info.Kind);
        Assert.Equal(name, info.HolidayName);
        Assert.Equal(kind is DayKind.Workday or DayKind.AdjustedWorkday, info.IsWorkingDay);
    }

    [Theory]
    [InlineData("2024-02-08", 2, "2024-02-18")] // Thursday → Friday → the adjusted Sunday after the holiday
    [InlineData("2024-02-18", -1, "2024-02-09")]
    [InlineData("2024-09-27", 2, "2024-09-30")] // Friday → adjusted Sunday 09-29 → Monday 09-30
    [InlineData("2024-09-30", 1, "2024-10-08")]
    [InlineData("2024-10-11", 1, "2024-10-12")]
    [InlineData("2025-01-24", 1, "2025-01-26")] // Friday → adjusted Sunday
    [InlineData("2025-01-26", 2, "2025-02-05")]
    [InlineData("2025-01-27", 1, "2025-02-05")]
    [InlineData("2025-02-05", -1, "2025-01-27")]
    [InlineData("2025-02-05", -2, "2025-01-26")]
    [InlineData("2025-02-07", 1, "2025-02-08")]
    [InlineData("2025-01-29", 1, "2025-02-05")] // start on a holiday
    [InlineData("2025-01-29", -1, "2025-01-27")]
    [InlineData("2025-09-30", 1, "2025-10-09")]
    [InlineData("2025-09-30", 5, "2025-10-14")]
    [InlineData("2025-10-09", -1, "2025-09-30")]
    [InlineData("2025-10-13", -3, "2025-10-09")]
    [InlineData("2025-12-31", 1, "2026-01-04")] // across the year boundary onto an adjusted Sunday
    [InlineData("2026-01-05", -2, "2025-12-31")]
    [InlineData("2026-02-13", 1, "2026-02-14")]
    [InlineData("2026-02-14", 1, "2026-02-24")]
    [InlineData("2026-02-24", -2, "2026-02-13")]
    [InlineData("2026-02-27", 1, "2026-02-28")]
    [InlineData("2026-09-18", 1, "2026-09-20")]
    [InlineData("2026-09-24", 1, "2026-09-28")]
    [InlineData("2026-09-30", 1, "2026-10-08")]
    [InlineData("2026-10-08", -1, "2026-09-30")]
    [InlineData("2026-10-09", 1, "2026-10-10")]
    [InlineData("2025-03-07", 1, "2025-03-10")] // ordinary weekend
    [InlineData("2025-03-01", 0, "2025-03-01")]
    public void AddsWorkingDays(string start, int n, string expected) =>
        Assert.Equal(D(expected), Calendar.AddWorkingDays(D(start), n));

    [Fact]
    public void CountsWorkingDaysPerYear()
    {
        // 2024 has 251 working days; 2025 and 2026 have 248 (two extra statutory days from 2025 on).
        Assert.Equal(251, Calendar.WorkingDaysBetween(D("2023-12-31"), D("2024-12-31")));
        Assert.Equal(248, Calendar.WorkingDaysBetween(D("2024-12-31"), D("2025-12-31")));
        Assert.Equal(248, Calendar.WorkingDaysBetween(D("2025-12-31"), D("2026-12-31")));
    }

    [Fact]
    public void KnownYearsAre2007To2026()
    {
        Assert.Equal(Enumerable.Range(2007, 20), Calendar.KnownYears);
    }
}
