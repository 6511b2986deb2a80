using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using GuidanceDesk.Tests.Features.Guidance;
using GuidanceDesk.Tests.Support;
using static GuidanceDesk.Tests.Features.Training.TrainingKit;

namespace GuidanceDesk.Tests.Features.Training;

/// <summary>The registry of training providers and courses (7.1.5) through the HTTP API, on both databases.</summary>
public abstract class TrainingRegistryTests(AppFixture app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact, Trait("Clause", "7.1.5")]
    public async Task A_manager_keeps_a_provider_with_versions_and_a_stale_write_gets_409()
    {
        using var manager = await app.ClientAsAsync("manager");
        var body = ProviderBody("测试版本职业培训学校");
        var created = await manager.PostJsonAsync("/api/v1/training-providers", body);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var id = (long)(await created.BodyAsync())["id"]!;
        var etag = (await manager.GetAsync($"/api/v1/training-providers/{id}", Ct)).Headers.ETag!.Tag;

        body["phone"] = "023-62223333";
        using (var put = new HttpRequestMessage(HttpMethod.Put, $"/api/v1/training-providers/{id}") { Content = JsonContent.Create(body, options: TestData.Json) })
        {
            put.Headers.IfMatch.Add(new EntityTagHeaderValue(etag));
            var updated = await manager.SendAsync(put, Ct);
            Assert.Equal(HttpStatusCode.OK, updated.StatusCode);
            Assert.Equal("023-62223333", (string?)(await updated.BodyAsync())["phone"]);
        }
        body["phone"] = "023-69999999";
        using (var stale = new HttpRequestMessage(HttpMethod.Put, $"/api/v1/training-providers/{id}") { Content = JsonContent.Create(body, options: TestData.Json) })
        {
            stale.Headers.IfMatch.Add(new EntityTagHeaderValue(etag));
            var refused = await manager.SendAsync(stale, Ct).ProblemAsync(HttpStatusCode.Conflict);
            Assert.Equal("urn:guidancedesk:concurrency", (string?)refused["type"]);
        }
        // The same credit code twice is one provider.
        var twice = await manager.PostJsonAsync("/api/v1/training-providers", body).ProblemAsync(HttpStatusCode.Conflict);
        Assert.Equal(id, (long)twice["existingId"]!);

        // Qualifications and checks make it recommendable; a renewal keeps the old line; retiring hides it from the list.
        var withLicence = await manager.PostOkAsync($"/api/v1/training-providers/{id}/qualifications", Qualification(100));
        Assert.False((bool)withLicence["recommendable"]!);
        Assert.Contains(withLicence["reasons"].Objects(), r => (string?)r["code"] == "SafetyCheckMissing");
        await manager.PostOkAsync($"/api/v1/training-providers/{id}/checks", Check("Management", true));
        var ok = await manager.PostOkAsync($"/api/v1/training-providers/{id}/checks", Check("Safety", true));
        Assert.True((bool)ok["recommendable"]!);
        var line = (int)ok["qualifications"]![0]!["line"]!;
        var renewed = await manager.PutJsonOkAsync($"/api/v1/training-providers/{id}/qualifications/{line}", Qualification(800));
        Assert.Equal(2, renewed["qualifications"]!.AsArray().Count);
        Assert.Single(renewed["qualifications"].Objects(), q => (bool)q["isCurrent"]!);
        Assert.Equal(D(800), (string?)renewed["qualifiedUntil"]);
        Assert.Equal(2, renewed["checks"]!.AsArray().Count);

        var retired = await manager.PostOkAsync($"/api/v1/training-providers/{id}/retire", new JsonObject { ["reason"] = "机构注销" });
        Assert.True((bool)retired["isRetired"]!);
        Assert.Contains(retired["reasons"].Objects(), r => (string?)r["code"] == "Retired");
        Assert.DoesNotContain((await manager.GetAsync("/api/v1/training-providers", Ct).OkArrayAsync()).Objects(), p => (long)p["id"]! == id);
        Assert.Contains((await manager.GetAsync("/api/v1/training-providers?all=true", Ct).OkArrayAsync()).Objects(), p => (long)p["id"]! == id);
    }

    [Fact, Trait("Clause", "7.1.5")]
    public async Task A_counselor_reads_the_registry_but_cannot_change_it()
    {
        using var manager = await app.ClientAsAsync("manager");
        var id = await ProviderAsync(manager, "测试只读培训中心");
        var courseId = await CourseAsync(manager, id, "只读测试课程");
        using var counselor = await app.ClientAsAsync("counselor");
        Assert.Contains((await counselor.GetAsync("/api/v1/training-providers", Ct).OkArrayAsync()).Objects(), p => (long)p["id"]! == id);
        Assert.Equal(HttpStatusCode.OK, (await counselor.GetAsync($"/api/v1/training-courses/{courseId}", Ct)).StatusCode);

        Assert.Equal(HttpStatusCode.Forbidden, (await counselor.PostJsonAsync("/api/v1/training-providers", ProviderBody("越权机构"))).StatusCode);
        var put = await counselor.PutAsJsonAsync($"/api/v1/training-providers/{id}", ProviderBody("越权修改"), TestData.Json, Ct);
        Assert.Equal(HttpStatusCode.Forbidden, put.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await counselor.PostJsonAsync($"/api/v1/training-providers/{id}/checks", Check("Safety", false))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await counselor.PostJsonAsync($"/api/v1/training-providers/{id}/retire", new JsonObject { ["reason"] = "x" })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await counselor.PostJsonAsync("/api/v1/training-courses", CourseBody(id, "越权课程"))).StatusCode);
        // The pages agree: the registry opens, the forms that change it do not.
        Assert.Equal(HttpStatusCode.OK, (await counselor.GetAsync("/Training", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await counselor.GetAsync("/Training/Provider", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await counselor.GetAsync($"/Training/Course?id={courseId}", Ct)).StatusCode);
        using var worker = await app.ClientAsAsync("worker");
        Assert.Equal(HttpStatusCode.Forbidden, (await worker.GetAsync("/api/v1/training-providers", Ct)).StatusCode);
    }

    [Fact, Trait("Clause", "7.1.5")]
    public async Task Invalid_input_is_refused_field_by_field()
    {
        using var manager = await app.ClientAsAsync("manager");
        var id = await ProviderAsync(manager, "测试校验培训学校");
        var backwards = Qualification(-30, validFromDays: 10);
        var bad = await manager.PostJsonAsync($"/api/v1/training-providers/{id}/qualifications", backwards).ProblemAsync(HttpStatusCode.BadRequest);
        Assert.NotNull(bad["errors"]!["validTo"]);

        var badProvider = ProviderBody("错误代码机构");
        badProvider["creditCode"] = "915001030000000000";
        badProvider["districtCode"] = "110101";
        var refused = await manager.PostJsonAsync("/api/v1/training-providers", badProvider).ProblemAsync(HttpStatusCode.BadRequest);
        Assert.NotNull(refused["errors"]!["creditCode"]);
        Assert.NotNull(refused["errors"]!["districtCode"]);

        var failedWithoutNote = Check("Safety", false);
        failedWithoutNote["note"] = null;
        var noNote = await manager.PostJsonAsync($"/api/v1/training-providers/{id}/checks", failedWithoutNote).ProblemAsync(HttpStatusCode.BadRequest);
        Assert.NotNull(noNote["errors"]!["note"]);

        var backwardsCourse = await manager.PostJsonAsync("/api/v1/training-courses", CourseBody(id, "日期颠倒课程", startDays: 20, endDays: 10))
            .ProblemAsync(HttpStatusCode.BadRequest);
        Assert.NotNull(backwardsCourse["errors"]!["endsOn"]);
        var course = CourseBody(id, "职业代码错误课程");
        course["occupationCode"] = "9-99-99-99";
        var badCode = await manager.PostJsonAsync("/api/v1/training-courses", course).ProblemAsync(HttpStatusCode.BadRequest);
        Assert.NotNull(badCode["errors"]!["occupationCode"]);
    }

    [Fact, Trait("Clause", "7.1.5"), Trait("Clause", "5.1d")]
    public async Task Courses_filter_by_occupation_level_subsidy_and_start_and_say_whether_they_can_be_recommended()
    {
        using var manager = await app.ClientAsAsync("manager");
        var good = await ProviderAsync(manager, "测试筛选培训学校");
        var failed = await ProviderAsync(manager, "测试筛选安全未过学校", safetyPassed: false);
        var a = await CourseAsync(manager, good, "筛选电工班", "6-31-01-03", startDays: 50, endDays: 90);
        var b = await CourseAsync(manager, failed, "筛选电工班（未过）", "6-31-01-03", startDays: 50, endDays: 90);
        var early = await CourseAsync(manager, good, "筛选电工早班", "6-31-01-03", startDays: 5, endDays: 30);
        using var counselor = await app.ClientAsAsync("counselor");

        var list = (await counselor.GetAsync($"/api/v1/training-courses?occupation=6-31&level=Junior&subsidy=true&startingAfter={D(40)}", Ct)
            .OkArrayAsync()).Objects().ToList();
        Assert.Contains(list, c => (long)c["id"]! == a && (bool)c["recommendable"]!);
        var greyed = list.Single(c => (long)c["id"]! == b);
        Assert.False((bool)greyed["recommendable"]!);
        Assert.Contains(greyed["reasons"].Objects(), r => (string?)r["code"] == "SafetyCheckFailed");
        Assert.DoesNotContain(list, c => (long)c["id"]! == early);
        var only = (await counselor.GetAsync("/api/v1/training-courses?occupation=6-31-01-03&recommendable=true", Ct).OkArrayAsync()).Objects();
        Assert.DoesNotContain(only, c => (long)c["id"]! == b);

        var providers = (await counselor.GetAsync("/api/v1/training-providers?district=500103&occupation=6-31&recommendable=false", Ct)
            .OkArrayAsync()).Objects().ToList();
        Assert.Contains(providers, p => (long)p["id"]! == failed);
        Assert.DoesNotContain(providers, p => (long)p["id"]! == good);
        var page = await (await counselor.GetAsync("/Training?Occupation=6-31&District=500103", Ct)).Content.ReadAsStringAsync(Ct);
        Assert.Contains("测试筛选安全未过学校", page, StringComparison.Ordinal);
        Assert.Contains("检查未通过", page, StringComparison.Ordinal);
        Assert.Contains("可推荐", page, StringComparison.Ordinal);
    }
}

[Collection(OnSqlite.Name)]
public sealed class TrainingRegistrySqliteTests(SqliteApp app) : TrainingRegistryTests(app);

[Collection(OnPostgres.Name)]
public sealed class TrainingRegistryPostgresTests(PostgresApp app) : TrainingRegistryTests(app);
