using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using GuidanceDesk.Tests.Features.Guidance;
using GuidanceDesk.Tests.Support;
using static GuidanceDesk.Tests.Features.Guidance.GuidanceKit;
using static GuidanceDesk.Tests.Features.Projects.ProjectKit;
using static GuidanceDesk.Tests.Features.Safety.SafetyKit;

namespace GuidanceDesk.Tests.Features.Projects;

/// <summary>What a guidance project refuses: links before it runs, stale edits, the wrong people, bad designs (4.6.1a, 4.4b).</summary>
public abstract class ProjectRuleTests(AppFixture app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact, Trait("Clause", "4.6.1")]
    public async Task Only_a_running_project_takes_cases_and_a_case_belongs_to_one_project()
    {
        using var manager = await app.ClientAsAsync("manager");
        using var counselor = await app.ClientAsAsync("counselor");
        var draft = (long)(await manager.PostOkAsync(Api, Design(await StaffIdAsync(app, "manager"), "草案项目")))["id"]!;
        var (_, caseId) = await CaseWithRecordAsync(counselor, "草案关联");
        var refused = await LinkCaseAsync(manager, draft, caseId).ProblemAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Contains("尚未启动", (string)refused["title"]!, StringComparison.Ordinal);

        var first = (long)(await ActiveProjectAsync(app, manager, "项目一"))["id"]!;
        var second = (long)(await ActiveProjectAsync(app, manager, "项目二"))["id"]!;
        await ExpectAsync(LinkCaseAsync(counselor, first, caseId), HttpStatusCode.NoContent);
        var twice = await LinkCaseAsync(manager, second, caseId).ProblemAsync(HttpStatusCode.UnprocessableEntity);
        Assert.NotNull(twice["errors"]!["caseId"]);
        // Another unit's case is not found, neither by a counselor nor by the manager.
        using var counselor2 = await app.ClientAsAsync("counselor2");
        var (_, foreign) = await CaseWithRecordAsync(counselor2, "江北个案");
        await ExpectAsync(LinkCaseAsync(counselor, first, foreign), HttpStatusCode.NotFound);
        await ExpectAsync(LinkCaseAsync(manager, first, foreign), HttpStatusCode.NotFound);
    }

    [Fact, Trait("Clause", "4.6.1")]
    public async Task A_stale_update_gets_409_and_a_current_one_replaces_the_design()
    {
        using var manager = await app.ClientAsAsync("manager");
        var design = Design(await StaffIdAsync(app, "manager"), "版本项目");
        var created = await manager.PostJsonAsync(Api, design);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var id = (long)(await created.BodyAsync())["id"]!;
        var etag = created.Headers.ETag!.Tag;

        design["title"] = "版本项目（修订）";
        var first = await PutAsync(manager, id, design, etag);
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal("版本项目（修订）", (string?)(await first.BodyAsync())["title"]);
        Assert.NotEqual(etag, first.Headers.ETag!.Tag);
        design["title"] = "另一人的修改";
        var stale = await PutAsync(manager, id, design, etag).ProblemAsync(HttpStatusCode.Conflict);
        Assert.Equal("urn:guidancedesk:concurrency", (string?)stale["type"]);
    }

    [Fact, Trait("Clause", "4.6.1")]
    public async Task A_counselor_reads_the_units_projects_but_cannot_design_one()
    {
        using var manager = await app.ClientAsAsync("manager");
        using var counselor = await app.ClientAsAsync("counselor");
        var id = (long)(await ActiveProjectAsync(app, manager, "指导人员可见项目"))["id"]!;
        await ExpectAsync(counselor.PostJsonAsync(Api, Design(await StaffIdAsync(app, "manager"), "指导人员设计")), HttpStatusCode.Forbidden);
        await ExpectAsync(counselor.PostJsonAsync($"{Api}/{id}/evaluation", new JsonObject { ["rating"] = "Good", ["conclusions"] = "x" }), HttpStatusCode.Forbidden);
        var list = await counselor.GetFromJsonOkAsync($"{Api}?status=Active&pageSize=200");
        Assert.Contains(list["items"].Objects(), p => (long)p["id"]! == id);
        Assert.Equal("指导人员可见项目", (string?)(await counselor.GetFromJsonOkAsync($"{Api}/{id}"))["title"]);
        using var worker = await app.ClientAsAsync("worker");
        await ExpectAsync(worker.GetAsync($"{Api}/{id}", Ct), HttpStatusCode.Forbidden);
    }

    [Fact, Trait("Clause", "4.4")]
    public async Task Another_units_manager_does_not_find_the_project()
    {
        using var manager = await app.ClientAsAsync("manager");
        var id = (long)(await ActiveProjectAsync(app, manager, "渝中单位项目"))["id"]!;
        using var other = await app.ClientAsAsync(await OtherUnitManagerAsync(app));
        await ExpectAsync(other.GetAsync($"{Api}/{id}", Ct), HttpStatusCode.NotFound);
        await ExpectAsync(other.GetAsync($"{Api}/{id}/progress", Ct), HttpStatusCode.NotFound);
        await ExpectAsync(other.GetAsync($"{Api}/{id}/export.pdf", Ct), HttpStatusCode.NotFound);
        await ExpectAsync(other.PostJsonAsync($"{Api}/{id}/activate", new JsonObject()), HttpStatusCode.NotFound);
        var list = await other.GetFromJsonOkAsync($"{Api}?pageSize=200");
        Assert.DoesNotContain(list["items"].Objects(), p => (long)p["id"]! == id);
    }

    [Fact, Trait("Clause", "4.6.1")]
    public async Task A_bad_design_is_refused_field_by_field_and_a_project_starts_only_with_indicators()
    {
        using var manager = await app.ClientAsAsync("manager");
        var lead = await StaffIdAsync(app, "manager");
        var backwards = Design(lead, "日期颠倒");
        (backwards["periodStart"], backwards["periodEnd"]) = (GuidanceSteps.Day(10), GuidanceSteps.Day(1));
        backwards["indicators"]!.AsArray().Add(new JsonObject { ["kind"] = "Custom", ["target"] = 3 });
        var invalid = await manager.PostJsonAsync(Api, backwards).ProblemAsync(HttpStatusCode.BadRequest);
        Assert.NotNull(invalid["errors"]!["periodEnd"]);
        Assert.NotNull(invalid["errors"]!["indicators[5].name"]);

        var bare = Design(lead, "无指标项目");
        bare["indicators"] = new JsonArray();
        var id = (long)(await manager.PostOkAsync(Api, bare))["id"]!;
        var notReady = await manager.PostJsonAsync($"{Api}/{id}/activate", new JsonObject()).ProblemAsync(HttpStatusCode.UnprocessableEntity);
        Assert.NotNull(notReady["errors"]!["indicators"]);
        var counselorLead = Design(await StaffIdAsync(app, "counselor"), "负责人不符");
        var wrongLead = await manager.PostJsonAsync(Api, counselorLead).ProblemAsync(HttpStatusCode.UnprocessableEntity);
        Assert.NotNull(wrongLead["errors"]!["leadStaffId"]);
    }

    private static Task<HttpResponseMessage> PutAsync(HttpClient client, long id, JsonObject body, string etag)
    {
        var request = new HttpRequestMessage(HttpMethod.Put, $"{Api}/{id}") { Content = JsonContent.Create(body, options: TestData.Json) };
        request.Headers.IfMatch.Add(new System.Net.Http.Headers.EntityTagHeaderValue(etag));
        return client.SendAsync(request, Ct);
    }
}

[Collection(OnSqlite.Name)]
public sealed class ProjectRuleSqliteTests(SqliteApp app) : ProjectRuleTests(app);

[Collection(OnPostgres.Name)]
public sealed class ProjectRulePostgresTests(PostgresApp app) : ProjectRuleTests(app);
