using System.Net;
using System.Text.Json.Nodes;
using GuidanceDesk.Tests.Features.Guidance;
using GuidanceDesk.Tests.Support;
using static GuidanceDesk.Tests.Features.Market.MarketKit;

namespace GuidanceDesk.Tests.Features.Market;

/// <summary>6.2: an employer's guidance case, its records typed by 5.2a–b with channel, and the employer's view in the portal.</summary>
public abstract class EmployerCaseTests(AppFixture app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task<JsonObject> OpenAsync(HttpClient staff) =>
        await staff.PostOkAsync("/api/v1/employer-cases", new JsonObject
        {
            ["employerId"] = await EmployerIdAsync(app), ["situation"] = "制造企业，员工约120人，主要靠熟人介绍招工", ["needs"] = "急需数控车工3人",
        });

    [Fact, Trait("Clause", "6.2.1"), Trait("Clause", "6.2.2"), Trait("Clause", "6.2.4"), Trait("Clause", "7.1.9"), Trait("Clause", "5.2")]
    public async Task Guidance_records_carry_the_market_evidence_of_the_post_and_the_local_workforce()
    {
        using var counselor = await app.ClientAsAsync("counselor");
        var vacancyId = await AddVacancyAsync(app, "6-18-01-01", "500103", posts: 3, payMin: 3600, payMax: 4400);
        var c = await OpenAsync(counselor);
        var id = (long)c["id"]!;
        Assert.Equal("Open", (string?)c["status"]);

        var analysed = await counselor.PostOkAsync($"/api/v1/employer-cases/{id}/records", Record("VacancyAnalysis", vacancyId));
        var evidence = (string)analysed["records"]![0]!["evidence"]!;
        Assert.Contains("市场供求（6-18-01 机械冷加工人员）", evidence, StringComparison.Ordinal);
        Assert.Contains("求人倍率", evidence, StringComparison.Ordinal);
        Assert.Contains("工资指导价位", evidence, StringComparison.Ordinal);
        Assert.Contains("本岗位月薪中位 4,000 元", evidence, StringComparison.Ordinal);

        var services = await counselor.PostOkAsync($"/api/v1/employer-cases/{id}/records",
            Record("RecruitmentServices", vacancyId, "Online", null, "JobFair", "TargetedReferral", "TrainingToHire"));
        var rec = services["records"]!.AsArray().First(r => (string?)r!["kind"] == "RecruitmentServices")!;
        Assert.Equal(["JobFair", "TargetedReferral", "TrainingToHire"], rec["recommendedServices"]!.AsArray().Select(s => (string)s!));
        Assert.Equal("Online", (string?)rec["channel"]);

        var hr = await counselor.PostOkAsync($"/api/v1/employer-cases/{id}/records", Record("HrAdvice"));
        var hrEvidence = (string)hr["records"]!.AsArray().First(r => (string?)r!["kind"] == "HrAdvice")!["evidence"]!;
        Assert.Contains("学历结构", hrEvidence, StringComparison.Ordinal);
        Assert.Contains("工资指导价位", hrEvidence, StringComparison.Ordinal);
        Assert.Equal(["EmployerPolicyConsultation", "RecruitmentGuidance"], hr["records"]![0]!["serviceItems"]!.AsArray().Select(s => (string)s!));
    }

    [Fact, Trait("Clause", "6.2.5"), Trait("Clause", "5.2")]
    public async Task The_employer_sees_online_and_offline_guidance_addressed_to_it_in_the_portal()
    {
        using var counselor = await app.ClientAsAsync("counselor");
        var id = (long)(await OpenAsync(counselor))["id"]!;
        var body = Record("RecruitmentServices", null, "Online", null, "OnlinePosting");
        body["advice"] = "建议在线上招聘平台发布并开通直播带岗";
        await counselor.PostOkAsync($"/api/v1/employer-cases/{id}/records", body);

        using var employer = await app.ClientAsAsync("employer");
        var mine = await employer.GetFromJsonOkArrayAsync("/api/v1/me/employer-guidance");
        var online = mine.First(r => (string?)r!["advice"] == "建议在线上招聘平台发布并开通直播带岗")!;
        Assert.Equal("Online", (string?)online["channel"]);
        Assert.Equal(HttpStatusCode.Forbidden, (await employer.GetAsync($"/api/v1/employer-cases/{id}", Ct)).StatusCode);
        using var other = await app.ClientAsAsync("counselor2");
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/api/v1/employer-cases/{id}", Ct)).StatusCode);
    }

    [Fact, Trait("Clause", "5.2")]
    public async Task Worker_service_items_and_missing_fields_are_refused_field_by_field_and_stale_writes_get_409()
    {
        using var counselor = await app.ClientAsAsync("counselor");
        var c = await OpenAsync(counselor);
        var id = (long)c["id"]!;
        var wrong = Record("HrAdvice");
        wrong["serviceItems"] = new JsonArray("CareerGuidance");
        var problem = await counselor.PostJsonAsync($"/api/v1/employer-cases/{id}/records", wrong).ProblemAsync(HttpStatusCode.UnprocessableEntity);
        Assert.True(problem["errors"]!.AsObject().ContainsKey("serviceItems"), problem.ToJsonString());
        var empty = Record("RecruitmentServices");
        empty["content"] = "";
        var missing = await counselor.PostJsonAsync($"/api/v1/employer-cases/{id}/records", empty).ProblemAsync(HttpStatusCode.BadRequest);
        Assert.True(missing["errors"]!.AsObject().ContainsKey("content"), missing.ToJsonString());
        var noServices = await counselor.PostJsonAsync($"/api/v1/employer-cases/{id}/records", Record("RecruitmentServices"))
            .ProblemAsync(HttpStatusCode.UnprocessableEntity);
        Assert.True(noServices["errors"]!.AsObject().ContainsKey("recommendedServices"), noServices.ToJsonString());

        var change = new JsonObject { ["employerId"] = c["employerId"]!.DeepClone(), ["situation"] = "员工约150人", ["needs"] = "急需数控车工5人", ["version"] = (int)c["version"]! };
        var updated = await counselor.PutJsonOkAsync($"/api/v1/employer-cases/{id}", change);
        Assert.Equal("员工约150人", (string?)updated["situation"]);
        var stale = await System.Net.Http.Json.HttpClientJsonExtensions.PutAsJsonAsync(counselor, $"/api/v1/employer-cases/{id}", change, TestData.Json, Ct);
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
    }
}

[Collection(OnSqlite.Name)]
public sealed class EmployerCaseSqliteTests(SqliteApp app) : EmployerCaseTests(app);

[Collection(OnPostgres.Name)]
public sealed class EmployerCasePostgresTests(PostgresApp app) : EmployerCaseTests(app);
