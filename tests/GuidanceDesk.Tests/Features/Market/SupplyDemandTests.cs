using System.Net;
using GuidanceDesk.Tests.Features.Guidance;
using GuidanceDesk.Tests.Support;
using GuidanceDesk.Web.Domain;
using GuidanceDesk.Web.Features.Market;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using MiniExcelLibs;
using static GuidanceDesk.Tests.Features.Market.MarketKit;

namespace GuidanceDesk.Tests.Features.Market;

/// <summary>5.1a, 6.2.1: supply and demand by occupation group and district, its trend, snapshots and the quarterly report.</summary>
public abstract class SupplyDemandTests(AppFixture app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact, Trait("Clause", "6.2.1"), Trait("Clause", "5.1a")]
    public async Task Posts_seekers_ratio_and_median_offer_for_a_group_and_district_at_every_level()
    {
        using var counselor = await app.ClientAsAsync("counselor");
        // 2-02-07 (机械工程技术人员) in 渝北 (500112): nothing of the demo data is there.
        await AddVacancyAsync(app, "2-02-07-01", "500112", posts: 3, payMin: 6000, payMax: 8000);               // midpoint 7000
        await AddVacancyAsync(app, "2-02-07-02", "500112", posts: 2, payMin: 5000, payMax: 6000, ageDays: 45); // midpoint 5500
        await AddVacancyAsync(app, "2-02-07-01", "500112", posts: 9, payMin: 5000, payMax: 6000, draft: true);  // a draft: not on the market
        await AddVacancyAsync(app, "2-02-07-01", "500112", posts: 7, payMin: 5000, payMax: 6000, ageDays: 200, ended: true); // ended before this quarter
        await AddVacancyAsync(app, "2-02-07-01", "500103", posts: 4, payMin: 9000, payMax: 9000);               // another district
        await SeekerAsync(counselor, "2-02-07-01", "500112");
        await SeekerAsync(counselor, "2-02-07-03", "500112");
        await SeekerAsync(counselor, "2-02-07-01", "500105");

        var minor = await counselor.GetFromJsonOkAsync("/api/v1/market/supply-demand?code=2-02-07&district=500112");
        var t = minor["totals"]!;
        Assert.Equal(2, (int)t["vacancies"]!);
        Assert.Equal(5, (int)t["posts"]!);
        Assert.Equal(2, (int)t["seekers"]!);
        Assert.Equal(2.5m, (decimal)t["ratio"]!);                 // 5 posts / 2 seekers
        Assert.Equal(6250, (int)t["medianOffer"]!);               // median of 7000 and 5500
        Assert.Equal("live", (string?)minor["source"]);
        Assert.Equal("机械工程技术人员", (string?)minor["codeName"]);

        // The same group in padded catalog form, at occupation level, and for the whole city.
        var padded = await counselor.GetFromJsonOkAsync("/api/v1/market/supply-demand?code=2-02-07-00&district=500112");
        Assert.Equal(5, (int)padded["totals"]!["posts"]!);
        var occupation = await counselor.GetFromJsonOkAsync("/api/v1/market/supply-demand?code=2-02-07-01&district=500112");
        Assert.Equal(3, (int)occupation["totals"]!["posts"]!);
        Assert.Equal(3m, (decimal)occupation["totals"]!["ratio"]!); // 3 posts / 1 seeker
        var city = await counselor.GetFromJsonOkAsync("/api/v1/market/supply-demand?code=2-02-07");
        Assert.Equal(9, (int)city["totals"]!["posts"]!);
        Assert.Equal(3, (int)city["totals"]!["seekers"]!);
        var districts = city["byDistrict"]!.AsArray();
        Assert.Equal("渝北区", (string?)districts.Single(d => (string?)d!["code"] == "500112")!["name"]);
        var major = await counselor.GetFromJsonOkAsync("/api/v1/market/supply-demand?code=2&district=500112");
        Assert.Contains(major["byGroup"]!.AsArray(), g => (string?)g!["code"] == "2-02" && (int)g["figures"]!["posts"]! >= 5);
        Assert.Equal(8, city["trend"]!.AsArray().Count);
    }

    [Fact, Trait("Clause", "6.2.1")]
    public async Task A_group_with_posts_and_no_seekers_has_no_ratio_and_bad_filters_are_refused_field_by_field()
    {
        // A group of its own (the test above counts 2-02-07 city-wide, and the tests share a database).
        await AddVacancyAsync(app, "2-02-11-03", "500113", posts: 2, payMin: 5000, payMax: 7000);
        using var counselor = await app.ClientAsAsync("counselor");
        var view = await counselor.GetFromJsonOkAsync("/api/v1/market/supply-demand?code=2-02-11-03&district=500113");
        Assert.Null(view["totals"]!["ratio"]);
        Assert.Equal(0, (int)view["totals"]!["seekers"]!);

        foreach (var (query, field) in new[] { ("code=9-99", "code"), ("district=110101", "district"), ("quarter=2026Q7", "quarter"),
            ("from=2026-05-01&to=2026-04-01", "to") })
        {
            var problem = await counselor.GetAsync("/api/v1/market/supply-demand?" + query, Ct).ProblemAsync(HttpStatusCode.UnprocessableEntity);
            Assert.True(problem["errors"]!.AsObject().ContainsKey(field), problem.ToJsonString());
        }
    }

    [Fact, Trait("Clause", "6.2.1"), Trait("Clause", "5.1a")]
    public async Task A_quarter_is_snapshotted_frozen_after_it_ends_and_then_read_from_the_snapshot()
    {
        await AddVacancyAsync(app, "6-20-01-02", "500115", posts: 4, payMin: 4000, payMax: 5000);
        using var counselor = await app.ClientAsAsync("counselor");
        await SeekerAsync(counselor, "6-20-01-02", "500115");
        using var manager = await app.ClientAsAsync("manager");
        Assert.Equal(HttpStatusCode.Forbidden, (await counselor.PostAsync("/api/v1/market/snapshots/2026Q1/rebuild", null, Ct)).StatusCode);
        var current = Quarter.Of(DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8)));
        var rebuilt = await manager.PostAsync($"/api/v1/market/snapshots/{current}/rebuild", null, Ct).OkAsync();
        Assert.True((int)rebuilt["cells"]! > 0);
        Assert.False((bool)rebuilt["frozen"]!);

        // The next quarter's first night: this quarter is frozen as last counted.
        var later = new FakeTimeProvider(new DateTimeOffset(current.Next.Start.ToDateTime(new TimeOnly(3, 0)), TimeSpan.FromHours(8)).ToUniversalTime());
        await using var host = app.HostAt(later);
        await using (var scope = host.Services.CreateAsyncScope())
            await scope.ServiceProvider.GetRequiredService<NightlyMarketJob>().RunAsync(Ct);
        using var laterClient = await host.ClientAsAsync("manager");
        var past = await laterClient.GetFromJsonOkAsync($"/api/v1/market/supply-demand?quarter={current}&code=6-20-01&district=500115");
        Assert.Equal("snapshot", (string?)past["source"]);
        Assert.Equal(4, (int)past["totals"]!["posts"]!);
        Assert.Equal(1, (int)past["totals"]!["seekers"]!);
        Assert.Equal(4500, (int)past["totals"]!["medianOffer"]!);
        var refused = await laterClient.PostAsync($"/api/v1/market/snapshots/{current}/rebuild", null, Ct).ProblemAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Contains("冻结", (string?)refused["title"], StringComparison.Ordinal);
    }

    [Fact, Trait("Clause", "5.1a")]
    public async Task The_quarterly_report_has_the_published_sections_and_exports_as_xlsx_and_pdf()
    {
        await AddVacancyAsync(app, "4-07-02-03", "500116", posts: 6, payMin: 4000, payMax: 6000);
        using var evaluator = await app.ClientAsAsync("evaluator");
        var report = await evaluator.GetFromJsonOkAsync("/api/v1/market/supply-demand/report");
        Assert.True((int)report["totals"]!["posts"]! >= 6);
        Assert.InRange(report["topDemand"]!.AsArray().Count, 1, 10);
        Assert.InRange(report["topShortage"]!.AsArray().Count, 1, 10);
        Assert.Contains(report["byDistrict"]!.AsArray(), d => (string?)d!["code"] == "500116");

        var xlsx = await evaluator.GetAsync("/api/v1/market/supply-demand/report.xlsx", Ct);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", xlsx.Content.Headers.ContentType?.MediaType);
        await using (var stream = new MemoryStream(await xlsx.Content.ReadAsByteArrayAsync(Ct)))
        {
            Assert.Equal(["总体情况", "需求前十职业", "供不应求前十", "供过于求前十", "分区县", "职业×区县", "口径说明"], stream.GetSheetNames());
        }
        var pdf = await evaluator.GetAsync("/api/v1/market/supply-demand/report.pdf", Ct);
        Assert.Equal("application/pdf", pdf.Content.Headers.ContentType?.MediaType);
        Assert.StartsWith("%PDF", System.Text.Encoding.ASCII.GetString((await pdf.Content.ReadAsByteArrayAsync(Ct))[..4]), StringComparison.Ordinal);
    }
}

[Collection(OnSqlite.Name)]
public sealed class SupplyDemandSqliteTests(SqliteApp app) : SupplyDemandTests(app);

[Collection(OnPostgres.Name)]
public sealed class SupplyDemandPostgresTests(PostgresApp app) : SupplyDemandTests(app);
