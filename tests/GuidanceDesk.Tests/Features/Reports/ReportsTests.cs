using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using GuidanceDesk.Tests.Features.Guidance;
using GuidanceDesk.Tests.Features.Quality;
using GuidanceDesk.Tests.Support;
using GuidanceDesk.Web.Domain;
using MiniExcelLibs;
using static GuidanceDesk.Tests.Features.Quality.ConformanceKit;

namespace GuidanceDesk.Tests.Features.Reports;

/// <summary>
/// The head's statistics and the quarterly summary of guidance experience (9.2.1), on a unit of its own filled straight
/// through the domain, over the HTTP API and the public page (both databases).
/// </summary>
public abstract class ReportsTests(AppFixture app)
{
    private const string Api = "/api/v1";
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static long Figure(JsonObject s, string list, string key) =>
        (long)s[list].Objects().Single(f => (string)f["key"]! == key)["value"]!;

    [Fact, Trait("Clause", "9.2.1")]
    public async Task The_statistics_move_when_a_record_and_a_case_are_added()
    {
        var kit = await new ConformanceKit(app).NewUnitAsync();
        using var head = await app.ClientAsAsync(await CityHeadAsync(app));
        var query = kit.Query(Day0, Day0.AddDays(30));
        var before = await head.GetFromJsonOkAsync($"{Api}/statistics?{query}");
        Assert.Equal((0L, 0L, 0L), ((long)before["records"]!, (long)before["openCases"]!, (long)before["workersServed"]!));

        await kit.SeedAsync(async (db, protector) =>
        {
            var worker = await kit.WorkerAsync(db, protector);
            var c = new GuidanceCase(kit.UnitId, worker.Id, Channel.Offline, new Actor("test", "测试"), "测试", At(Day0.AddDays(1)));
            db.GuidanceCases.Add(c);
            await db.SaveChangesAsync();
            db.GuidanceRecords.Add(new GuidanceRecord(kit.UnitId, worker.Id, c.Id, kit.CounselorId, new GuidanceRecordDetails(ServiceKind.Guidance,
                At(Day0.AddDays(2)), 30, Channel.Online, ServiceItems.CareerGuidance, "职业指导", null, null, null), "test", At(Day0.AddDays(2)), ServedAs.Of(worker)));
        });

        var after = await head.GetFromJsonOkAsync($"{Api}/statistics?{query}");
        Assert.Equal(1L, (long)after["records"]! - (long)before["records"]!);
        Assert.Equal(1L, Figure(after, "recordsByKind", "Guidance") - Figure(before, "recordsByKind", "Guidance"));
        Assert.Equal(1L, Figure(after, "recordsByChannel", "Online") - Figure(before, "recordsByChannel", "Online"));
        Assert.Equal(1L, (long)after["workersServed"]! - (long)before["workersServed"]!);
        Assert.Equal(1L, (long)after["casesOpened"]! - (long)before["casesOpened"]!);
        Assert.Equal(1L, Figure(after, "openCasesByStage", "Intake") - Figure(before, "openCasesByStage", "Intake"));
        // Outside the period the record does not count; the open case does (it is open now).
        var later = await head.GetFromJsonOkAsync($"{Api}/statistics?{kit.Query(Day0.AddDays(100), Day0.AddDays(120))}");
        Assert.Equal((0L, 1L), ((long)later["records"]!, (long)later["openCases"]!));
    }

    [Fact, Trait("Clause", "9.2.1")]
    public async Task A_counselor_is_refused_another_unit_is_not_found_and_the_export_is_a_workbook()
    {
        var kit = await new ConformanceKit(app).NewUnitAsync();
        using var counselor = await app.ClientAsAsync("counselor");
        Assert.Equal(HttpStatusCode.Forbidden, (await counselor.GetAsync($"{Api}/statistics", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await counselor.GetAsync($"{Api}/quarterly-summaries", Ct)).StatusCode);
        using var manager = await app.ClientAsAsync("manager");
        Assert.Equal(HttpStatusCode.NotFound, (await manager.GetAsync($"{Api}/statistics?unitId={kit.UnitId}", Ct)).StatusCode);
        var own = await manager.GetFromJsonOkAsync($"{Api}/statistics");
        Assert.Equal("重庆市渝中区就业和人才服务中心", (string?)own["unitName"]);

        var xlsx = await manager.GetAsync($"{Api}/statistics/export.xlsx", Ct);
        Assert.Equal(HttpStatusCode.OK, xlsx.StatusCode);
        var rows = (await xlsx.Content.ReadAsStreamAsync(Ct)).Query(useHeaderRow: true, sheetName: "服务类别").ToList();
        Assert.Contains(rows, r => (string)((IDictionary<string, object>)r)["服务类别"] == "职业指导");
        var page = await manager.GetAsync("/Reports", Ct);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("<svg", await page.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
    }

    [Fact, Trait("Clause", "9.2.1")]
    public async Task A_summary_is_drafted_once_edited_with_its_version_published_by_the_head_only_and_shown_to_the_public()
    {
        var kit = await new ConformanceKit(app).NewUnitAsync();
        using var head = await app.ClientAsAsync(await CityHeadAsync(app));
        var draft = new JsonObject { ["unitId"] = kit.UnitId, ["year"] = 2025, ["quarter"] = 1 };
        var created = await head.PostJsonAsync($"{Api}/quarterly-summaries", draft);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var summary = await created.BodyAsync();
        var id = (long)summary["id"]!;
        Assert.Contains("本季度共提供服务 0 次", (string?)summary["sections"]!["work"]);
        Assert.Equal("", (string?)summary["sections"]!["improvements"]);
        var again = await head.PostJsonAsync($"{Api}/quarterly-summaries", draft);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Equal(id, (long)(await again.BodyAsync())["id"]!);

        var sections = new JsonObject
        {
            ["work"] = "开展职业指导", ["outcomes"] = "结案 0 个", ["satisfaction"] = "问卷不足", ["problems"] = "跟进不及时", ["improvements"] = "",
        };
        Assert.Equal(HttpStatusCode.OK, (await Put(head, id, sections, 0)).StatusCode);
        var stale = await Put(head, id, sections, 0);
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);

        var problem = await head.PostJsonAsync($"{Api}/quarterly-summaries/{id}/publish", new JsonObject()).ProblemAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Contains(problem["errors"]!.AsObject(), e => e.Key.Equals("improvements", StringComparison.OrdinalIgnoreCase));

        sections["improvements"] = "每周抽查跟进记录";
        Assert.Equal(HttpStatusCode.OK, (await Put(head, id, sections, 1)).StatusCode);
        using var manager = await app.ClientAsAsync("manager");
        Assert.Equal(HttpStatusCode.Forbidden, (await manager.PostJsonAsync($"{Api}/quarterly-summaries/{id}/publish", new JsonObject())).StatusCode);
        var published = await head.PostJsonAsync($"{Api}/quarterly-summaries/{id}/publish", new JsonObject());
        Assert.Equal(HttpStatusCode.OK, published.StatusCode);
        Assert.Equal("Published", (string?)(await published.BodyAsync())["status"]);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, (await Put(head, id, sections, 3)).StatusCode);

        using var anyone = app.Anonymous();
        var html = await anyone.GetStringAsync("/Public/Summaries", Ct);
        Assert.Contains($"data-public-summary=\"{id}\"", html, StringComparison.Ordinal);
        Assert.Contains("每周抽查跟进记录", html, StringComparison.Ordinal);
        Assert.DoesNotContain("市级负责人", html, StringComparison.Ordinal);
    }

    private static Task<HttpResponseMessage> Put(HttpClient client, long id, JsonObject sections, int version)
    {
        var request = new HttpRequestMessage(HttpMethod.Put, $"{Api}/quarterly-summaries/{id}") { Content = JsonContent.Create(sections) };
        request.Headers.IfMatch.Add(new EntityTagHeaderValue($"\"{version}\""));
        return client.SendAsync(request, Ct);
    }
}

[Collection(OnSqlite.Name)]
public sealed class ReportsSqliteTests(SqliteApp app) : ReportsTests(app);

[Collection(OnPostgres.Name)]
public sealed class ReportsPostgresTests(PostgresApp app) : ReportsTests(app);
