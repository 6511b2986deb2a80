using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using GuidanceDesk.Tests.Features.Guidance;
using GuidanceDesk.Tests.Support;
using GuidanceDesk.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace GuidanceDesk.Tests.Features.Calendar;

/// <summary>
/// Working-day calendar upkeep through the HTTP API, on both databases. The tests load 2031 (a year no other test
/// relies on being unknown) so that the shared fixture keeps 2027 unknown for the tests that say so.
/// </summary>
public abstract class CalendarUpkeepTests(AppFixture app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>A plausible 2031 notice: New Year, Spring Festival with two adjusted weekend working days.</summary>
    public static string Notice2031(string? firstDate = null) => $$"""
        {
          "$schema": "https://raw.githubusercontent.com/NateScarlet/holiday-cn/master/schema.json",
          "year": 2031, "papers": ["https://www.gov.cn/example"],
          "days": [
            { "name": "元旦", "date": "{{firstDate ?? "2031-01-01"}}", "isOffDay": true },
            { "name": "春节", "date": "2031-01-19", "isOffDay": false },
            { "name": "春节", "date": "2031-01-22", "isOffDay": true },
            { "name": "春节", "date": "2031-01-23", "isOffDay": true },
            { "name": "春节", "date": "2031-01-24", "isOffDay": true },
            { "name": "春节", "date": "2031-01-27", "isOffDay": true },
            { "name": "春节", "date": "2031-01-28", "isOffDay": true },
            { "name": "春节", "date": "2031-02-08", "isOffDay": false }
          ]
        }
        """;

    private static Task<HttpResponseMessage> UploadAsync(HttpClient client, string content) =>
        client.PostAsync("/api/v1/calendar/years", new StringContent(content, Encoding.UTF8, "application/json"), Ct);

    [Fact, Trait("Clause", "7.1.2")]
    public async Task The_working_days_api_answers_is_add_and_between_around_national_day_for_other_systems()
    {
        using var client = await app.ClientAsAsync("counselor");
        var day = await (await client.GetAsync("/api/v1/calendar/working-days/2026-10-10", Ct)).BodyAsync();
        Assert.Equal((true, "AdjustedWorkday"), ((bool)day["isWorkingDay"]!, (string?)day["kind"]));
        var holiday = await (await client.GetAsync("/api/v1/calendar/working-days/2026-10-05", Ct)).BodyAsync();
        Assert.Equal((false, "国庆节"), ((bool)holiday["isWorkingDay"]!, (string?)holiday["holidayName"]));

        var added = await (await client.GetAsync("/api/v1/calendar/working-days/add?date=2026-09-30&days=1", Ct)).BodyAsync();
        Assert.Equal("2026-10-08", (string?)added["result"]);
        var back = await (await client.GetAsync("/api/v1/calendar/working-days/add?date=2026-10-12&days=-2", Ct)).BodyAsync();
        Assert.Equal("2026-10-09", (string?)back["result"]);
        var between = await (await client.GetAsync("/api/v1/calendar/working-days/between?from=2026-09-30&to=2026-10-12", Ct)).BodyAsync();
        Assert.Equal(4, (int)between["workingDays"]!); // 10-08, 10-09, 10-10 (adjusted Saturday), 10-12

        var unknown = await client.GetAsync("/api/v1/calendar/working-days/add?date=2030-12-30&days=5", Ct);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, unknown.StatusCode);
        Assert.Equal("urn:guidancedesk:calendar-unknown", (string?)(await unknown.BodyAsync())["type"]);
        using var anonymous = app.Anonymous();
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync("/api/v1/calendar/working-days/2026-10-10", Ct)).StatusCode);
    }

    [Fact, Trait("Clause", "7.1.2")]
    public async Task An_admin_loads_a_new_year_which_counts_at_once_and_survives_a_restart()
    {
        using var admin = await app.ClientAsAsync("admin");
        var response = await UploadAsync(admin, Notice2031());
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);

        using var counselor = await app.ClientAsAsync("counselor");
        // Friday 17 January 2031 + 1 working day: the adjusted Sunday 19 January; + 2: Monday 20 January.
        var added = await (await counselor.GetAsync("/api/v1/calendar/working-days/add?date=2031-01-17&days=2", Ct)).BodyAsync();
        Assert.Equal("2031-01-20", (string?)added["result"]);
        var years = await (await counselor.GetAsync("/api/v1/calendar/years", Ct)).BodyAsync();
        var loaded = years["years"]!.AsArray().Single(y => (int)y!["year"]! == 2031)!;
        Assert.Equal((true, 6, 2), ((bool)loaded["uploaded"]!, (int)loaded["daysOff"]!, (int)loaded["adjustedWorkdays"]!));

        // Another instance (or the next start) reads the uploaded year from the database.
        await using var other = app.HostAt(new FakeTimeProvider(DateTimeOffset.UtcNow));
        using var client = await other.ClientAsAsync("counselor");
        var day = await (await client.GetAsync("/api/v1/calendar/working-days/2031-01-27", Ct)).BodyAsync();
        Assert.Equal((false, "春节"), ((bool)day["isWorkingDay"]!, (string?)day["holidayName"]));
    }

    [Fact, Trait("Clause", "7.1.2")]
    public async Task A_wrong_file_is_refused_field_by_field_and_nothing_of_it_is_loaded()
    {
        using var admin = await app.ClientAsAsync("admin");
        var broken = Notice2031(firstDate: "2031-13-01").Replace("\"year\": 2031", "\"year\": 2032", StringComparison.Ordinal);
        var response = await UploadAsync(admin, broken);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var errors = (await response.BodyAsync())["errors"]!.AsObject();
        Assert.Contains("days[0].date", errors.Select(e => e.Key));   // not a date
        Assert.Contains("days[1].date", errors.Select(e => e.Key));   // a 2031 date in a 2032 notice

        var notJson = await UploadAsync(admin, "{ \"year\": 2032, \"days\": [");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, notJson.StatusCode);
        var empty = await UploadAsync(admin, """{ "year": 2032, "papers": [], "days": [] }""");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, empty.StatusCode);

        await using var scope = app.Scope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        Assert.False(await db.HolidayYearUploads.AnyAsync(u => u.Year == 2032, Ct));
        using var counselor = await app.ClientAsAsync("counselor");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, (await counselor.GetAsync("/api/v1/calendar/working-days/2032-03-01", Ct)).StatusCode);
    }

    [Fact, Trait("Clause", "7.1.2")]
    public async Task Only_the_admin_loads_notice_years()
    {
        using var head = await app.ClientAsAsync("head");
        Assert.Equal(HttpStatusCode.Forbidden, (await UploadAsync(head, Notice2031())).StatusCode);
        using var counselor = await app.ClientAsAsync("counselor");
        Assert.Equal(HttpStatusCode.Forbidden, (await UploadAsync(counselor, Notice2031())).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await counselor.GetAsync("/api/v1/calendar/years", Ct)).StatusCode);
    }
}

[Collection(OnSqlite.Name)]
public sealed class CalendarUpkeepSqliteTests(SqliteApp app) : CalendarUpkeepTests(app);

[Collection(OnPostgres.Name)]
public sealed class CalendarUpkeepPostgresTests(PostgresApp app) : CalendarUpkeepTests(app);
