using System.Diagnostics;
using System.Globalization;
using System.Security.Claims;
using GuidanceDesk.Web.Data;
using GuidanceDesk.Web.Features.Surveys;
using GuidanceDesk.Web.Infrastructure.Security;
using GuidanceDesk.Web.Infrastructure.Startup;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace GuidanceDesk.Bench.Measure;

/// <summary>
/// <c>surveyindex [--setup] [--responses 1000000] --provider postgres --connection C</c> (or <c>--provider sqlite --db F</c>;
/// its setup is <see cref="SqliteSurveySetup"/>) (issue 8): the satisfaction
/// index (9.2.1) over a year of responses, for the city and for the largest unit (target: 1,000,000 responses in &lt; 2 s).
/// <c>--setup</c> inserts the invitations and their responses by server-side multi-row INSERT … SELECT over
/// generate_series on PostgreSQL, spread over the last 365 days, the units and their staff, with made-up answers:
/// per response a level b (3–8) and each item b + a shift per latent ± 1.5 (co1 the wrong way round), the latent columns
/// the item means. The "+ 0 * s.Id" makes the lateral subqueries depend on the row: without it PostgreSQL evaluated
/// random() once for all rows: every response had the same answers and the same scores but for satisfaction, so
/// estimated weights (regression or PLS) had nothing to go on and fell back to the configured ones. Only a fresh
/// setup gets the new answers (setup is skipped when responses exist).
/// Then the full report (grouped cells, invitations, four trend quarters, comments) is timed five times for each, also
/// with regression and with PLS weights (PLS adds one read of a systematic sample of ≤ 20,000 responses' answers).
/// </summary>
internal static class SurveyIndexRun
{
    public static async Task RunAsync(Options o)
    {
        var target = BenchTarget.FromOptions(o, newKeys: false);
        await using var app = AppHost.Build(target, demoData: false, log: o.Get("log"));
        await app.Services.InitializeDatabaseAsync(app.Configuration, CancellationToken.None);
        if (o.Flag("setup"))
        {
            var n = int.Parse(o.Get("responses", "1000000"), CultureInfo.InvariantCulture);
            if (target.Provider == DatabaseProvider.Sqlite)
                await SqliteSurveySetup.RunAsync(target.ConnectionString, n);
            else
                await SetupAsync(app.Services, n);
        }

        long unit;
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            unit = await db.SatisfactionResponses.GroupBy(r => r.ServiceUnitId).OrderByDescending(g => g.Count()).Select(g => g.Key).FirstAsync();
            var count = await db.SatisfactionResponses.CountAsync();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"responses: {count:N0}"));
        }

        var to = DateOnly.FromDateTime(DateTime.UtcNow);
        var year = new IndexFilter(to.AddYears(-1).AddDays(1), to);
        foreach (var (label, filter) in new[] { ("city, year", year), ($"unit {unit}, year", year with { UnitId = unit }),
            ("city, year, by unit", year with { GroupBy = IndexGrouping.Unit }),
            ("city, year, regression weights", year with { WeightMethod = WeightMethod.Regression }),
            ("city, year, PLS weights", year with { WeightMethod = WeightMethod.Pls }) })
        {
            for (var run = 1; run <= 5; run++)
                await TimeAsync(app.Services, filter, $"{label} run {run}");
        }
    }

    private static async Task TimeAsync(IServiceProvider services, IndexFilter filter, string label)
    {
        await using var scope = services.CreateAsyncScope();
        // A city-level administrator: the report is scoped to the current user like any request.
        scope.ServiceProvider.GetRequiredService<IHttpContextAccessor>().HttpContext = new DefaultHttpContext
        {
            User = new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.NameIdentifier, "bench"), new Claim(ClaimTypes.Role, Roles.Admin)], "bench")),
        };
        var index = scope.ServiceProvider.GetRequiredService<SatisfactionIndex>();
        var watch = Stopwatch.StartNew();
        var report = await index.ReportAsync(filter, CancellationToken.None);
        watch.Stop();
        var model = report.Model is { } m ? string.Create(CultureInfo.InvariantCulture, $" (PLS on {m.Responses:N0} responses, {m.Iterations} iterations)") : "";
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"RESULT survey index {label}: n={report.Overall.Responses:N0}, index {report.Overall.Index:F1} [{report.Overall.CiLow:F2}, {report.Overall.CiHigh:F2}], groups {report.Groups.Count}, weights {report.WeightMethod}{model} {report.WeightsNote}, {watch.Elapsed.TotalMilliseconds:F0} ms"));
    }

    private static async Task SetupAsync(IServiceProvider services, int n)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        db.Database.SetCommandTimeout(TimeSpan.FromHours(1));
        if (await db.SatisfactionResponses.AnyAsync())
        {
            Console.WriteLine("responses exist already; setup skipped");
            return;
        }

        var watch = Stopwatch.StartNew();
        // Workers numbered 1…W (a sample of up to 200,000), each with a counselor of their unit when the unit has one.
        var invitations = (n * 10 / 9).ToString(CultureInfo.InvariantCulture);
        var sql = """
            CREATE TEMP TABLE bench_w AS
              SELECT row_number() OVER (ORDER BY w."Id") AS rn, w."Id", w."ServiceUnitId",
                     (SELECT s."Id" FROM "StaffMembers" s WHERE s."ServiceUnitId" = w."ServiceUnitId" ORDER BY s."Id" LIMIT 1) AS "CounselorId"
              FROM (SELECT "Id", "ServiceUnitId" FROM "Workers" ORDER BY "Id" LIMIT 200000) w;
            INSERT INTO "SatisfactionSurveys" ("Occasion", "OccasionKey", "ServiceUnitId", "WorkerId", "CounselorId", "Service", "Channel",
                "InvitedAt", "ExpiresAt", "RespondedAt", "Version")
            SELECT 3, 'bench:' || i, w."ServiceUnitId", w."Id", w."CounselorId", 1 + i % 3, 1 + i % 2,
                   now() - (i % 365) * interval '1 day' - interval '2 days', now() - (i % 365) * interval '1 day' + interval '28 days',
                   CASE WHEN i % 10 = 0 THEN NULL ELSE now() - (i % 365) * interval '1 day' END, 0
            FROM generate_series(1, @@N@@) i JOIN bench_w w ON w.rn = 1 + i % (SELECT count(*) FROM bench_w);
            INSERT INTO "SatisfactionResponses" ("SurveyId", "ServiceUnitId", "CounselorId", "Service", "Channel", "Occasion", "IsEmployer", "Mode",
                "RespondedAt", "Answers", "Comment", "Image", "Expectation", "Quality", "Value", "Satisfaction", "Complaint", "Loyalty")
            SELECT s."Id", s."ServiceUnitId", s."CounselorId", s."Service", s."Channel", 3, false, 1, s."RespondedAt",
                   a.v, CASE WHEN s."Id" % 50 = 0 THEN '示例意见' END,
                   (a.v[1] + a.v[2]) / 2.0, (a.v[3] + a.v[4]) / 2.0, (a.v[5] + a.v[6] + a.v[7]) / 3.0, (a.v[8] + a.v[9]) / 2.0,
                   (a.v[10] + a.v[11]) / 2.0, 11 - a.v[12], (a.v[13] + a.v[14]) / 2.0
            FROM "SatisfactionSurveys" s
            CROSS JOIN LATERAL (SELECT 3 + floor(random() * 6) + 0 * s."Id" AS b) x
            CROSS JOIN LATERAL (SELECT ARRAY(
                SELECT CASE WHEN d.i = 12 THEN 11 - n.q ELSE n.q END
                FROM unnest(ARRAY[0.5, 0.5, -1, -1, 1, 1, 1, -1.5, -1.5, 0, 0, 0, 0, 0]) WITH ORDINALITY d(shift, i)
                CROSS JOIN LATERAL (SELECT least(10, greatest(1, round(x.b + d.shift + (random() - 0.5) * 3 + 0 * s."Id")))::int AS q) n
                ORDER BY d.i) AS v) a
            WHERE s."RespondedAt" IS NOT NULL AND s."OccasionKey" LIKE 'bench:%';
            ANALYZE "SatisfactionSurveys"; ANALYZE "SatisfactionResponses";
            """.Replace("@@N@@", invitations, StringComparison.Ordinal);
        // The only value put into the SQL is a count this method formatted itself.
#pragma warning disable EF1002
        await db.Database.ExecuteSqlRawAsync(sql);
#pragma warning restore EF1002
        var responses = await db.SatisfactionResponses.CountAsync();
        var surveys = await db.SatisfactionSurveys.CountAsync();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"setup: {responses:N0} responses, {surveys:N0} invitations in {watch.Elapsed.TotalSeconds:F0} s"));
    }
}
