using System.Net;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using GuidanceDesk.Tests.Features.Guidance;
using GuidanceDesk.Tests.Support;
using static GuidanceDesk.Tests.Features.Assessments.AssessmentKit;

namespace GuidanceDesk.Tests.Features.Assessments;

/// <summary>The career-tendency analysis report (7.1.7): drafted from the results, evaluated, issued, fed back, compared on a re-test.</summary>
public abstract class ReportFlowTests(AppFixture app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static async Task<JsonObject> PutAsync(HttpClient client, string url, JsonNode body, int? ifMatch = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Put, url) { Content = System.Net.Http.Json.JsonContent.Create(body) };
        if (ifMatch is { } v)
            request.Headers.IfMatch.Add(new EntityTagHeaderValue($"\"{v}\""));
        return await client.SendAsync(request, Ct).OkAsync();
    }

    private async Task<(long Report, long Plan)> CompletedPlanWithReportAsync(HttpClient staff, HttpClient worker, IReadOnlyDictionary<char, int> answers)
    {
        var (plan, assessments) = await AgreedPlanAsync(staff, worker, await WorkerIdAsync(app), await InstrumentAsync(staff, "riasec-48"));
        await CompleteRiasecAsync(worker, assessments.Single(), answers);
        var created = await staff.PostJsonAsync("/api/v1/reports", new JsonObject { ["planId"] = plan });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        return ((long)(await created.BodyAsync())["id"]!, plan);
    }

    [Fact, Trait("Clause", "7.1.7")]
    public async Task A_report_needs_the_counselors_evaluation_suggests_occupations_with_reasons_and_records_the_feedback()
    {
        using var staff = await app.ClientAsAsync("counselor");
        using var worker = await app.ClientAsAsync("worker");
        var (id, plan) = await CompletedPlanWithReportAsync(staff, worker, Sea);
        var draft = await staff.GetFromJsonOkAsync($"/api/v1/reports/{id}");
        Assert.Equal("Draft", (string?)draft["status"]);
        var suggestions = draft["suggestions"]!.AsArray();
        Assert.InRange(suggestions.Count, 5, 10);
        Assert.All(suggestions, s => Assert.Contains("兴趣契合：您的兴趣代码为 SEA", (string)s!["reasons"]!, StringComparison.Ordinal));
        Assert.All(suggestions, s => Assert.Contains("市场：", (string)s!["reasons"]!, StringComparison.Ordinal));
        Assert.All(suggestions, s => Assert.Contains((string)s!["hollandCode"]!, c => c is 'S' or 'E'));
        await staff.PostJsonAsync("/api/v1/reports", new JsonObject { ["planId"] = plan }).ProblemAsync(HttpStatusCode.Conflict);
        // The counselor's home page counts the report waiting to be finished.
        var home = System.Net.WebUtility.HtmlDecode(await (await staff.GetAsync("/", Ct)).Content.ReadAsStringAsync(Ct));
        Assert.Contains("职业测评：完成并出具报告", home, StringComparison.Ordinal);

        // The worker sees no draft; issuing without the comprehensive evaluation is refused (7.1.7).
        Assert.Equal(HttpStatusCode.NotFound, (await worker.GetAsync($"/api/v1/reports/{id}", Ct)).StatusCode);
        var refused = await staff.PostJsonAsync($"/api/v1/reports/{id}/issue", new JsonObject()).ProblemAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Contains("职业能力综合评价", (string)refused["title"]!, StringComparison.Ordinal);

        var keep = new JsonArray([.. suggestions.Take(3).Select(s => (JsonNode)(string)s!["code"]!)]);
        var version = (int)draft["version"]!;
        var edited = await PutAsync(staff, $"/api/v1/reports/{id}", new JsonObject
        {
            ["evaluation"] = "测评显示其社会型与企业型兴趣突出，面谈中表达清楚、乐于与人交流，具备从事服务与销售类工作的基础能力。",
            ["nextSteps"] = "参加客户服务岗位的就业技能培训；两周内推荐三个相关岗位。",
            ["occupations"] = keep,
        }, version);
        Assert.Equal(3, edited["suggestions"]!.AsArray().Count);
        // The same edit with the old version is a stale write.
        using (var stale = new HttpRequestMessage(HttpMethod.Put, $"/api/v1/reports/{id}") { Content = System.Net.Http.Json.JsonContent.Create(new { evaluation = "x" }) })
        {
            stale.Headers.IfMatch.Add(new EntityTagHeaderValue($"\"{version}\""));
            Assert.Equal(HttpStatusCode.Conflict, (await staff.SendAsync(stale, Ct)).StatusCode);
        }
        var issued = await staff.PostOkAsync($"/api/v1/reports/{id}/issue", new JsonObject());
        Assert.Equal("Issued", (string?)issued["status"]);
        var late = await System.Net.Http.Json.HttpClientJsonExtensions.PutAsJsonAsync(staff, $"/api/v1/reports/{id}", new { evaluation = "改" }, Ct)
            .ProblemAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Contains("已出具", (string)late["title"]!, StringComparison.Ordinal);
        var frozen = await staff.GetFromJsonOkAsync($"/api/v1/reports/{id}");
        Assert.StartsWith("测评显示", (string)frozen["evaluation"]!, StringComparison.Ordinal);

        var pdf = await staff.GetAsync($"/api/v1/reports/{id}/report.pdf", Ct);
        Assert.Equal("application/pdf", pdf.Content.Headers.ContentType?.MediaType);
        Assert.StartsWith("%PDF", System.Text.Encoding.ASCII.GetString(await pdf.Content.ReadAsByteArrayAsync(Ct), 0, 4), StringComparison.Ordinal);

        // The worker reads the issued report and comments online; staff record the feedback session too.
        var mine = await worker.GetFromJsonOkAsync($"/api/v1/reports/{id}");
        Assert.Equal("Issued", (string?)mine["status"]);
        var commented = await worker.PostOkAsync($"/api/v1/reports/{id}/feedback", new JsonObject { ["comments"] = "建议很实用" });
        Assert.Equal("Online", (string?)commented["feedbackChannel"]);
        var future = await staff.PostJsonAsync($"/api/v1/reports/{id}/feedback", new JsonObject { ["on"] = "2099-01-01", ["channel"] = "Offline" })
            .ProblemAsync(HttpStatusCode.UnprocessableEntity);
        Assert.NotNull(future["errors"]!["feedbackOn"]);
    }

    [Fact, Trait("Clause", "7.1.7")]
    public async Task A_retest_report_shows_the_change_since_the_last_report()
    {
        using var staff = await app.ClientAsAsync("counselor");
        using var worker = await app.ClientAsAsync("worker");
        var (first, _) = await CompletedPlanWithReportAsync(staff, worker, Sea);
        await PutAsync(staff, $"/api/v1/reports/{first}", new JsonObject
        {
            ["evaluation"] = "首次测评：社会型兴趣突出，沟通表达能力较好，适合与人打交道的工作。", ["nextSteps"] = "三个月后复测。",
        });
        await staff.PostOkAsync($"/api/v1/reports/{first}/issue", new JsonObject());

        var retest = new Dictionary<char, int> { ['R'] = 4, ['I'] = 2, ['A'] = 1, ['S'] = 3, ['E'] = 2, ['C'] = 5 };
        var (second, _) = await CompletedPlanWithReportAsync(staff, worker, retest);
        var view = await staff.GetFromJsonOkAsync($"/api/v1/reports/{second}");
        Assert.Equal(first, (long)view["previousReportId"]!);
        var page = await staff.GetAsync($"/Assessments/Report/{second}", Ct);
        var html = await page.Content.ReadAsStringAsync(Ct);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("与上次报告比较", html, StringComparison.Ordinal);
        Assert.Contains("霍兰德代码 SEA，本次 CRS", System.Net.WebUtility.HtmlDecode(html), StringComparison.Ordinal);
    }
}

[Collection(OnSqlite.Name)]
public sealed class ReportFlowSqliteTests(SqliteApp app) : ReportFlowTests(app);

[Collection(OnPostgres.Name)]
public sealed class ReportFlowPostgresTests(PostgresApp app) : ReportFlowTests(app);
