using System.Net;
using GuidanceDesk.Tests.Features.Guidance;
using GuidanceDesk.Tests.Support;
using GuidanceDesk.Web.Data;
using GuidanceDesk.Web.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static GuidanceDesk.Tests.Features.Guidance.GuidanceSteps;
using static GuidanceDesk.Tests.Features.Placements.PlacementKit;

namespace GuidanceDesk.Tests.Features.Placements;

/// <summary>Ranked vacancies for a worker and ranked candidates for a vacancy, with the reasons, over the HTTP API.</summary>
public abstract class MatchingTests(AppFixture app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact, Trait("Clause", "7.1.4")]
    public async Task A_worker_gets_open_vacancies_ranked_with_the_reasons_and_never_a_closed_one()
    {
        using var staff = await app.ClientAsAsync("counselor");
        var worker = await NewWorkerAsync(staff, "匹配测试", change: Wants("2-02-10-03", "500103", 5000));
        var exact = await VacancyAsync(app, "测试工程师（同职业）", "2-02-10-03", "500103", 4500, 6500);
        var minor = await VacancyAsync(app, "测试工程师（同小类）", "2-02-10-01", "500105", 4500, 6500);
        var filled = await VacancyAsync(app, "测试工程师（已招满）", "2-02-10-03", "500103", 4500, 6500, status: VacancyStatus.Filled);

        var body = await staff.GetFromJsonOkAsync($"/api/v1/matching/workers/{worker}/vacancies?limit=50");
        var items = body["items"]!.AsArray();
        var ids = items.Select(i => (long)i!["vacancyId"]!).ToList();
        Assert.DoesNotContain(filled, ids);
        Assert.True(ids.IndexOf(exact) >= 0 && ids.IndexOf(exact) < ids.IndexOf(minor), string.Join(",", ids));
        var top = items.First(i => (long)i!["vacancyId"]! == exact)!;
        var why = top["components"]!.AsArray().Select(c => (string)c!["explanation"]!).ToList();
        Assert.Contains(why, w => w.StartsWith("同一职业（2-02-10-03", StringComparison.Ordinal));
        Assert.Contains("期望月薪 5,000 元 ≤ 岗位上限 6,500 元", why);
        Assert.Equal("渝中区", (string?)top["districtName"]);
    }

    [Fact, Trait("Clause", "7.1.4")]
    public async Task A_vacancy_gets_ranked_candidates_shown_without_identifiers()
    {
        using var staff = await app.ClientAsAsync("counselor");
        var near = await NewWorkerAsync(staff, "候选近", change: Wants("6-20-01-01", "500103", 4000));
        var far = await NewWorkerAsync(staff, "候选远", change: Wants("6-20-01-01", "500101", 9000));
        var vacancy = await VacancyAsync(app, "候选测试岗位", "6-20-01-01", "500103", 4500, 6000);

        var response = await staff.GetAsync($"/api/v1/matching/vacancies/{vacancy}/candidates?limit=100", Ct);
        var text = await response.Content.ReadAsStringAsync(Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain("idNumber", text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("phone", text, StringComparison.OrdinalIgnoreCase);
        var ids = System.Text.Json.Nodes.JsonNode.Parse(text)!["items"]!.AsArray().Select(i => (long)i!["workerId"]!).ToList();
        Assert.True(ids.IndexOf(near) >= 0 && ids.IndexOf(near) < ids.IndexOf(far), string.Join(",", ids));
    }

    [Fact, Trait("Clause", "7.1.4"), Trait("Clause", "4.4")]
    public async Task A_worker_who_refused_automated_recommendations_gets_none_and_is_no_candidate_but_may_be_placed_by_hand()
    {
        using var staff = await app.ClientAsAsync("counselor");
        var worker = await NewWorkerAsync(staff, "拒绝推荐", change: Wants("6-20-01-02", "500103", 4000));
        var vacancy = await VacancyAsync(app, "拒绝测试岗位", "6-20-01-02", "500103", 4500, 6000);
        Assert.Equal(HttpStatusCode.NoContent, (await staff.PutAsync($"/api/v1/matching/workers/{worker}/choice",
            System.Net.Http.Json.JsonContent.Create(new { refuses = true }), Ct)).StatusCode);

        var mine = await staff.GetFromJsonOkAsync($"/api/v1/matching/workers/{worker}/vacancies");
        Assert.True((bool)mine["refused"]!);
        Assert.Empty(mine["items"]!.AsArray());
        var candidates = await staff.GetFromJsonOkAsync($"/api/v1/matching/vacancies/{vacancy}/candidates?limit=100");
        Assert.DoesNotContain(worker, candidates["items"]!.AsArray().Select(i => (long)i!["workerId"]!));

        var refused = await staff.PostJsonAsync("/api/v1/placements", Placement(worker, vacancy)).ProblemAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Contains("第二十四条", (string)refused["title"]!, StringComparison.Ordinal);
        var noNote = await staff.PostJsonAsync("/api/v1/placements", Placement(worker, vacancy, manual: true)).ProblemAsync(HttpStatusCode.BadRequest);
        Assert.NotNull(noNote["errors"]!["note"]);
        var manual = await staff.PostJsonAsync("/api/v1/placements", Placement(worker, vacancy, true, "劳动者本人指定要求推荐此岗位"));
        Assert.Equal(HttpStatusCode.Created, manual.StatusCode);
        Assert.True((bool)(await manual.BodyAsync())["isManual"]!);

        await using var scope = app.Scope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var consent = await db.ConsentRecords.SingleAsync(c => c.WorkerId == worker && c.Kind == ConsentKind.AutomatedRecommendations, Ct);
        Assert.Equal("拒绝自动化推荐", consent.Note);
    }
}

[Collection(OnSqlite.Name)]
public sealed class MatchingSqliteTests(SqliteApp app) : MatchingTests(app);

[Collection(OnPostgres.Name)]
public sealed class MatchingPostgresTests(PostgresApp app) : MatchingTests(app);
