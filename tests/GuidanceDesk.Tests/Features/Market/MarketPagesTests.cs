using System.Net;
using System.Text.Json.Nodes;
using GuidanceDesk.Tests.Features.Guidance;
using GuidanceDesk.Tests.Support;
using static GuidanceDesk.Tests.Features.Market.MarketKit;

namespace GuidanceDesk.Tests.Features.Market;

/// <summary>The market and employer-guidance pages render for the roles that use them (charts inline, no script).</summary>
public abstract class MarketPagesTests(AppFixture app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static async Task<string> PageAsync(HttpClient client, string url)
    {
        var response = await client.GetAsync(url, Ct);
        var html = await response.Content.ReadAsStringAsync(Ct);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{url}: {(int)response.StatusCode} {html[..Math.Min(400, html.Length)]}");
        return html;
    }

    [Fact, Trait("Clause", "5.1a"), Trait("Clause", "6.2.1")]
    public async Task The_market_page_shows_figures_an_svg_trend_and_the_demo_wage_table()
    {
        using var counselor = await app.ClientAsAsync("counselor");
        var html = await PageAsync(counselor, "/Market?code=4-01-02");
        Assert.Contains("求人倍率", html, StringComparison.Ordinal);
        Assert.Contains("<svg class=\"chart\"", html, StringComparison.Ordinal);
        Assert.Contains("指导价中位数", html, StringComparison.Ordinal);
        var bad = await counselor.GetAsync("/Market?code=9-99", Ct);
        Assert.Equal(HttpStatusCode.OK, bad.StatusCode);
        Assert.Contains("职业代码不在", await bad.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        // The demo table is this year's; other tests import later years, which the page would show first.
        var wages = await PageAsync(counselor, $"/Market/Wages?Year={DateTime.UtcNow.AddHours(8).Year}&Code=4-01-02");
        Assert.Contains("4-01-02-01", wages, StringComparison.Ordinal);
        Assert.DoesNotContain("导入年度价位表", wages, StringComparison.Ordinal); // counselors read, managers import
        using var manager = await app.ClientAsAsync("manager");
        Assert.Contains("导入年度价位表", await PageAsync(manager, "/Market/Wages"), StringComparison.Ordinal);
        Assert.Contains("工资指导价位", await PageAsync(counselor, "/Reference/Occupations?q=营销员"), StringComparison.Ordinal);
        await PageAsync(counselor, "/Market/HardToFill");
    }

    [Fact, Trait("Clause", "6.2.1"), Trait("Clause", "6.2.5")]
    public async Task The_case_page_analyses_a_vacancy_and_the_employer_reads_the_advice_in_the_portal()
    {
        var vacancyId = await AddVacancyAsync(app, "4-03-02-01", "500103", posts: 2, payMin: 3000, payMax: 3800, ageDays: 40);
        using var counselor = await app.ClientAsAsync("counselor");
        var c = await counselor.PostOkAsync("/api/v1/employer-cases", new JsonObject
        {
            ["employerId"] = await EmployerIdAsync(app), ["situation"] = "连锁餐饮企业", ["needs"] = "中式烹调师2人",
        });
        var id = (long)c["id"]!;
        var body = Record("RecruitmentServices", vacancyId, "Online", null, "JobFair");
        body["advice"] = "建议参加本月餐饮专场招聘会";
        await counselor.PostOkAsync($"/api/v1/employer-cases/{id}/records", body);

        var details = await PageAsync(counselor, $"/EmployerCases/Details/{id}?vacancyId={vacancyId}");
        Assert.Contains("该岗位属于招聘困难岗位", details, StringComparison.Ordinal);
        Assert.Contains("建议参加本月餐饮专场招聘会", details, StringComparison.Ordinal);
        Assert.Contains($"/EmployerCases/Details/{id}\"", await PageAsync(counselor, "/EmployerCases"), StringComparison.Ordinal);

        using var employer = await app.ClientAsAsync("employer");
        var portal = await PageAsync(employer, "/Portal/Employer/Guidance");
        Assert.Contains("建议参加本月餐饮专场招聘会", portal, StringComparison.Ordinal);
        Assert.Contains("线上", portal, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, (await employer.GetAsync("/Market", Ct)).StatusCode);
    }
}

[Collection(OnSqlite.Name)]
public sealed class MarketPagesSqliteTests(SqliteApp app) : MarketPagesTests(app);

[Collection(OnPostgres.Name)]
public sealed class MarketPagesPostgresTests(PostgresApp app) : MarketPagesTests(app);
