using System.Net;
using System.Text.Json.Nodes;
using GuidanceDesk.Tests.Features.Guidance;
using GuidanceDesk.Tests.Support;
using GuidanceDesk.Web.Data;
using GuidanceDesk.Web.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using static GuidanceDesk.Tests.Features.Guidance.GuidanceSteps;
using static GuidanceDesk.Tests.Features.Training.TrainingKit;

namespace GuidanceDesk.Tests.Features.Training;

/// <summary>Training guidance (5.1d): recommending only providers that may be recommended (7.1.5), on both databases.</summary>
public abstract class TrainingRecommendationTests(AppFixture app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact, Trait("Clause", "5.1d"), Trait("Clause", "7.1.5")]
    public async Task Recommending_a_course_records_a_training_guidance_record_on_the_case()
    {
        using var manager = await app.ClientAsAsync("manager");
        var provider = await ProviderAsync(manager, "测试推荐养老培训学校");
        var course = await CourseAsync(manager, provider, "养老护理员推荐测试班");
        using var counselor = await app.ClientAsAsync("counselor");
        var caseId = await CaseInGuidanceAsync(counselor, await NewWorkerAsync(counselor, "培训推荐"));

        var created = await counselor.PostJsonAsync($"/api/v1/cases/{caseId}/training-recommendations", Recommend(course));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var made = await created.BodyAsync();
        Assert.Equal("养老护理员推荐测试班", (string?)made["courseTitle"]);
        Assert.Equal("测试推荐养老培训学校", (string?)made["providerName"]);

        var view = await counselor.GetFromJsonOkAsync($"/api/v1/cases/{caseId}");
        var record = view["records"].Objects().Single(r => (long)r["id"]! == (long)made["guidanceRecordId"]!);
        Assert.Contains("养老护理员推荐测试班", (string)record["content"]!, StringComparison.Ordinal);
        Assert.Contains("测试推荐养老培训学校", (string)record["content"]!, StringComparison.Ordinal);
        Assert.Equal(["TrainingGuidance"], record["serviceItems"]!.AsArray().Select(i => (string)i!));
        Assert.Equal("劳动者有意从事养老护理", (string?)record["advice"]);
        var listed = await counselor.GetAsync($"/api/v1/cases/{caseId}/training-recommendations", Ct).OkArrayAsync();
        Assert.Equal((long)made["id"]!, (long)listed.Objects().Single()["id"]!);

        // Only on cases the counselor may act on: another unit's counselor does not even see this one.
        using var other = await app.ClientAsAsync("counselor2");
        Assert.Equal(HttpStatusCode.NotFound, (await other.PostJsonAsync($"/api/v1/cases/{caseId}/training-recommendations", Recommend(course))).StatusCode);
        using var admin = await app.ClientAsAsync("admin");
        Assert.Equal(HttpStatusCode.Forbidden, (await admin.PostJsonAsync($"/api/v1/cases/{caseId}/training-recommendations", Recommend(course))).StatusCode);

        await using var scope = app.Scope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        Assert.True(await db.AuditEntries.AnyAsync(a => a.EntityType == "TrainingRecommendation" && a.EntityId == made["id"]!.ToString(), Ct));
        var page = await (await counselor.GetAsync($"/Cases/Details/{caseId}", Ct)).Content.ReadAsStringAsync(Ct);
        Assert.Contains("养老护理员推荐测试班", page, StringComparison.Ordinal);
        Assert.Contains($"/Training/Recommend?caseId={caseId}", page, StringComparison.Ordinal);
    }

    [Fact, Trait("Clause", "7.1.5")]
    public async Task A_provider_that_is_expired_failed_a_check_is_outdated_or_retired_is_refused_with_the_reason()
    {
        using var manager = await app.ClientAsAsync("manager");
        var expired = await ProviderAsync(manager, "测试过期培训学校", licenceDays: -1);
        var failed = await ProviderAsync(manager, "测试安检未过培训学校", safetyPassed: false);
        var outdated = await ProviderAsync(manager, "测试检查过期培训学校", checkDaysAgo: 400);
        var retired = await ProviderAsync(manager, "测试停用培训学校");
        var good = await ProviderAsync(manager, "测试课程结束培训学校");
        (long Provider, string Why)[] cases = [(expired, "资质已过期"), (failed, "安全检查未通过"), (outdated, "已超过有效期"), (retired, "已停用")];
        var courses = new List<(long Course, string Why)>();
        foreach (var (provider, why) in cases)
            courses.Add((await CourseAsync(manager, provider, "拒绝测试课程 " + why), why));
        courses.Add((await CourseAsync(manager, good, "已结束的课程", startDays: -60, endDays: -1), "课程已结束"));
        await manager.PostOkAsync($"/api/v1/training-providers/{retired}/retire", new JsonObject { ["reason"] = "办学许可被吊销" });

        using var counselor = await app.ClientAsAsync("counselor");
        var caseId = await CaseInGuidanceAsync(counselor, await NewWorkerAsync(counselor, "培训拒绝"));
        foreach (var (course, why) in courses)
        {
            var refused = await counselor.PostJsonAsync($"/api/v1/cases/{caseId}/training-recommendations", Recommend(course))
                .ProblemAsync(HttpStatusCode.UnprocessableEntity);
            Assert.Contains(why, (string)refused["title"]!, StringComparison.Ordinal);
            Assert.NotNull(refused["errors"]!["courseId"]);
        }
        var view = await counselor.GetFromJsonOkAsync($"/api/v1/cases/{caseId}");
        Assert.Empty(view["records"]!.AsArray());
        Assert.Empty(await counselor.GetAsync($"/api/v1/cases/{caseId}/training-recommendations", Ct).OkArrayAsync());

        // The recommend page shows such a course greyed, with its reason and no button.
        var page = await (await counselor.GetAsync($"/Training/Recommend?caseId={caseId}&Occupation=4-10-01-05", Ct)).Content.ReadAsStringAsync(Ct);
        Assert.Contains("拒绝测试课程 安全检查未通过", page, StringComparison.Ordinal);
        Assert.Contains("最近一次安全检查未通过", page, StringComparison.Ordinal);
    }

    [Fact, Trait("Clause", "7.1.5")]
    public async Task A_qualification_ending_within_30_days_is_flagged_and_once_it_lapses_the_provider_is_refused()
    {
        using var manager = await app.ClientAsAsync("manager");
        var soon = await ProviderAsync(manager, "测试20天到期培训学校", licenceDays: 20);
        var later = await ProviderAsync(manager, "测试60天到期培训学校", licenceDays: 60);
        var course = await CourseAsync(manager, soon, "到期测试课程", startDays: 5, endDays: 60);

        var flagged = (await manager.GetAsync("/api/v1/training-providers?alert=true", Ct).OkArrayAsync()).Objects().ToList();
        var item = flagged.Single(p => (long)p["id"]! == soon);
        Assert.Equal("ExpiringSoon", (string?)item["alert"]);
        Assert.True((bool)item["recommendable"]!);
        Assert.DoesNotContain(flagged, p => (long)p["id"]! == later);
        var home = await (await manager.GetAsync("/", Ct)).Content.ReadAsStringAsync(Ct);
        Assert.Contains("data-stat=\"training\"", home, StringComparison.Ordinal);
        Assert.Contains("资质即将到期", await (await manager.GetAsync("/Training?Alert=true", Ct)).Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);

        // 25 days on, the licence has lapsed: the same course is refused.
        await using var host = app.HostAt(new FakeTimeProvider(DateTimeOffset.UtcNow.AddDays(25)));
        using var counselor = await host.ClientAsAsync("counselor");
        using var here = await app.ClientAsAsync("counselor");
        var caseId = await CaseInGuidanceAsync(here, await NewWorkerAsync(here, "培训到期"));
        var refused = await counselor.PostJsonAsync($"/api/v1/cases/{caseId}/training-recommendations", Recommend(course))
            .ProblemAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Contains("资质已过期", (string)refused["title"]!, StringComparison.Ordinal);
        using var laterManager = await host.ClientAsAsync("manager");
        var expired = (await laterManager.GetAsync("/api/v1/training-providers?alert=true", Ct).OkArrayAsync()).Objects();
        Assert.Equal("Expired", (string?)expired.Single(p => (long)p["id"]! == soon)["alert"]);
        // Today it still goes.
        Assert.Equal(HttpStatusCode.Created, (await here.PostJsonAsync($"/api/v1/cases/{caseId}/training-recommendations", Recommend(course))).StatusCode);
    }
}

[Collection(OnSqlite.Name)]
public sealed class TrainingRecommendationSqliteTests(SqliteApp app) : TrainingRecommendationTests(app);

[Collection(OnPostgres.Name)]
public sealed class TrainingRecommendationPostgresTests(PostgresApp app) : TrainingRecommendationTests(app);
