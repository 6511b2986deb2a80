using GuidanceDesk.Web.Infrastructure;
using GuidanceDesk.Web.Infrastructure.Calendar;
using Microsoft.Extensions.Time.Testing;

namespace GuidanceDesk.Tests.Infrastructure;

/// <summary>Checks of an uploaded notice year, the whole-year swap, and the November warning.</summary>
[Trait("Clause", "7.1.2")]
public sealed class HolidayYearFileTests
{
    private static string Shipped(int year) => File.ReadAllText(Path.Combine(TestReferenceData.Root, "holidays", $"{year}.json"));

    [Fact]
    public void Every_shipped_year_passes_the_upload_checks()
    {
        foreach (var year in Enumerable.Range(2007, 20))
        {
            var outcome = HolidayYearFile.Parse(Shipped(year));
            Assert.True(outcome.File is not null, $"{year}: {string.Join("; ", outcome.Errors.SelectMany(e => e.Value))}");
            Assert.Equal(year, outcome.File!.Year);
        }
    }

    [Theory]
    [InlineData("not json", "file")]
    [InlineData("""[1, 2]""", "file")]
    [InlineData("""{ "year": 1999, "days": [{ "name": "元旦", "date": "1999-01-01", "isOffDay": true }] }""", "year")]
    [InlineData("""{ "year": 2030, "days": [] }""", "days")]
    [InlineData("""{ "year": 2030 }""", "days")]
    [InlineData("""{ "year": 2030, "days": [{ "name": "元旦", "date": "2030/01/01", "isOffDay": true }] }""", "days[0].date")]
    [InlineData("""{ "year": 2030, "days": [{ "name": "", "date": "2030-01-01", "isOffDay": true }] }""", "days[0].name")]
    [InlineData("""{ "year": 2030, "days": [{ "name": "元旦", "date": "2030-01-01", "isOffDay": "yes" }] }""", "days[0].isOffDay")]
    [InlineData("""{ "year": 2030, "days": [{ "name": "国庆", "date": "2031-10-01", "isOffDay": true }] }""", "days[0].date")]
    [InlineData("""{ "year": 2030, "days": [{ "name": "元旦", "date": "2030-01-01", "isOffDay": true }, { "name": "元旦", "date": "2030-01-01", "isOffDay": true }] }""", "days[1].date")]
    [InlineData("""{ "year": 2030, "extra": 1, "days": [{ "name": "元旦", "date": "2030-01-01", "isOffDay": true }] }""", "file")]
    public void A_wrong_file_yields_no_year_and_names_the_field(string json, string field)
    {
        var outcome = HolidayYearFile.Parse(json);
        Assert.Null(outcome.File);
        Assert.Contains(field, outcome.Errors.Keys);
    }

    [Fact]
    public void The_turn_of_the_year_may_reach_into_the_neighbouring_months()
    {
        var outcome = HolidayYearFile.Parse("""{ "year": 2030, "days": [{ "name": "元旦", "date": "2029-12-30", "isOffDay": false }, { "name": "春节", "date": "2031-01-01", "isOffDay": true }] }""");
        Assert.NotNull(outcome.File);
    }

    [Fact]
    public void A_contradicting_year_replaces_nothing()
    {
        var calendar = WorkingDayCalendar.LoadFromDirectory(Path.Combine(TestReferenceData.Root, "holidays"));
        var years = HolidayFileReader.ReadYears(Path.Combine(TestReferenceData.Root, "holidays")).ToList();
        // A 2027 file that calls the 2026 New Year's Day (a day off in 2026.json) a working day.
        var contradiction = new HolidayYearFile(2027, [new HolidayNoticeDay("元旦", new DateOnly(2026, 1, 1), false)]);
        Assert.Throws<InvalidDataException>(() => calendar.Replace([.. years, contradiction]));
        Assert.Equal(Enumerable.Range(2007, 20), calendar.KnownYears);
        Assert.False(calendar.IsWorkingDay(new DateOnly(2026, 1, 1)));
    }

    [Fact]
    public void A_loaded_year_counts_at_once_and_a_gap_year_stays_unknown()
    {
        var calendar = WorkingDayCalendar.LoadFromDirectory(Path.Combine(TestReferenceData.Root, "holidays"));
        var years = HolidayFileReader.ReadYears(Path.Combine(TestReferenceData.Root, "holidays")).ToList();
        var y2028 = new HolidayYearFile(2028, [new HolidayNoticeDay("元旦", new DateOnly(2028, 1, 3), true)]);
        calendar.Replace([.. years, y2028]);
        Assert.Equal(new DateOnly(2028, 1, 4), calendar.AddWorkingDays(new DateOnly(2028, 1, 1), 1)); // Saturday → Tuesday
        var gap = Assert.Throws<CalendarUnknownException>(() => calendar.AddWorkingDays(new DateOnly(2026, 12, 31), 300));
        Assert.Equal(2027, gap.Year);
        Assert.Throws<CalendarUnknownException>(() => calendar.WorkingDaysBetween(new DateOnly(2026, 12, 1), new DateOnly(2028, 2, 1)));
    }

    [Theory]
    [InlineData("2026-10-31T15:00:00Z", null)]   // 31 October, Beijing: not yet
    [InlineData("2026-10-31T16:00:00Z", 2027)]   // 1 November 00:00 Beijing: warn
    [InlineData("2026-12-31T12:00:00Z", 2027)]
    [InlineData("2025-11-15T00:00:00Z", null)]   // 2026 was known by then
    [InlineData("2027-02-01T00:00:00Z", 2027)]   // this year itself missing
    public void From_the_first_of_november_a_missing_next_year_is_warned(string utc, int? missing)
    {
        var calendar = TestReferenceData.Set.Calendar;
        var status = new CalendarStatus(calendar, new AgencyClock(new FakeTimeProvider(DateTimeOffset.Parse(utc, System.Globalization.CultureInfo.InvariantCulture))));
        Assert.Equal(missing, status.MissingYear);
    }
}
