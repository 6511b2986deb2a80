using System.Net;
using System.Text.Json.Nodes;
using GuidanceDesk.Tests.Features.Guidance;
using GuidanceDesk.Tests.Support;
using GuidanceDesk.Web.Domain;
using static GuidanceDesk.Tests.Features.Market.MarketKit;

namespace GuidanceDesk.Tests.Features.Market;

/// <summary>6.2.3: hard-to-fill vacancies are found, the adjustments proposed with evidence, and the agreement recorded.</summary>
public abstract class HardToFillTests(AppFixture app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact, Trait("Clause", "6.2.3")]
    public async Task A_long_open_underpaid_post_is_flagged_with_adjustments_and_the_agreed_change_is_recorded()
    {
        // 营销员: demo guidance (this year) low 3,300, median 5,300; offered 3,400–4,000 (midpoint 3,700), open 45 days.
        var id = await AddVacancyAsync(app, "4-01-02-01", "500106", posts: 3, payMin: 3400, payMax: 4000, ageDays: 45,
            education: Education.Master, years: 8);
        using var counselor = await app.ClientAsAsync("counselor");
        var analysis = await counselor.GetFromJsonOkAsync($"/api/v1/market/vacancies/{id}/analysis");
        Assert.True((bool)analysis["isHardToFill"]!);
        var reasons = (string)analysis["reasons"]!;
        Assert.Contains("OpenTooLong", reasons, StringComparison.Ordinal);
        Assert.Contains("OfferBelowGuidanceMedian", reasons, StringComparison.Ordinal);
        var findings = analysis["findings"]!.AsArray();
        Assert.Contains(findings, f => ((string)f!["evidence"]!).StartsWith("月薪中位 3,700 元 < ", StringComparison.Ordinal)
            && (string?)f["suggestion"] == "建议上调至 5,000–5,600 元，使月薪中位达到指导价中位数");
        // The demo seekers of 营销员 have no recorded work experience: 8 years shuts all of them out.
        Assert.Contains(findings, f => ((string)f!["evidence"]!).StartsWith("要求8年经验将排除 100% 的意向求职者", StringComparison.Ordinal));

        using var manager = await app.ClientAsAsync("manager");
        Assert.Equal(HttpStatusCode.Forbidden, (await counselor.PostAsync("/api/v1/market/hard-to-fill/scan", null, Ct)).StatusCode);
        var scan = await manager.PostAsync("/api/v1/market/hard-to-fill/scan", null, Ct).OkAsync();
        Assert.True((int)scan["flagged"]! >= 1);
        var list = await counselor.GetFromJsonOkArrayAsync("/api/v1/market/hard-to-fill");
        Assert.Contains(list, f => (long)f!["vacancyId"]! == id);

        var c = await counselor.PostOkAsync("/api/v1/employer-cases", new JsonObject
        {
            ["employerId"] = await EmployerIdAsync(app), ["situation"] = "连锁零售企业", ["needs"] = "营销员3人，45天未招满",
        });
        var caseId = (long)c["id"]!;
        var noOutcome = await counselor.PostJsonAsync($"/api/v1/employer-cases/{caseId}/records", Record("RequirementAdjustment", id))
            .ProblemAsync(HttpStatusCode.UnprocessableEntity);
        Assert.True(noOutcome["errors"]!.AsObject().ContainsKey("outcome"), noOutcome.ToJsonString());
        var agreed = await counselor.PostOkAsync($"/api/v1/employer-cases/{caseId}/records", Record("RequirementAdjustment", id, outcome: "Agreed"));
        var record = agreed["records"]![0]!;
        Assert.Equal("Agreed", (string?)record["outcome"]);
        Assert.Equal("月薪上调至4300–5900元", (string?)record["agreedChanges"]);
        Assert.Equal(id, (long)record["vacancyId"]!);
        Assert.Contains("建议上调至", (string?)record["evidence"], StringComparison.Ordinal);
    }

    [Fact, Trait("Clause", "6.2.3")]
    public async Task A_fresh_fairly_paid_post_is_not_flagged_and_another_units_vacancy_is_out_of_reach()
    {
        var id = await AddVacancyAsync(app, "4-01-02-01", "500107", posts: 1, payMin: 6000, payMax: 8000, ageDays: 2);
        using var counselor = await app.ClientAsAsync("counselor");
        var analysis = await counselor.GetFromJsonOkAsync($"/api/v1/market/vacancies/{id}/analysis");
        Assert.DoesNotContain("OpenTooLong", (string?)analysis["reasons"] ?? "", StringComparison.Ordinal);
        Assert.DoesNotContain("Offer", (string?)analysis["reasons"] ?? "", StringComparison.Ordinal);
        using var other = await app.ClientAsAsync("counselor2");
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/api/v1/market/vacancies/{id}/analysis", Ct)).StatusCode);
    }
}

[Collection(OnSqlite.Name)]
public sealed class HardToFillSqliteTests(SqliteApp app) : HardToFillTests(app);

[Collection(OnPostgres.Name)]
public sealed class HardToFillPostgresTests(PostgresApp app) : HardToFillTests(app);
