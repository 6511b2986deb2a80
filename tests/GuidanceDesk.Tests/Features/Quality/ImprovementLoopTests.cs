using System.Net;
using System.Text.Json.Nodes;
using GuidanceDesk.Tests.Features.Guidance;
using GuidanceDesk.Tests.Support;
using GuidanceDesk.Web.Domain;
using GuidanceDesk.Web.Infrastructure;
using static GuidanceDesk.Tests.Features.Quality.ConformanceKit;
using static GuidanceDesk.Tests.Features.Quality.QualityKit;
using static GuidanceDesk.Tests.Features.Surveys.SurveyKit;

namespace GuidanceDesk.Tests.Features.Quality;

/// <summary>
/// The improvement loop (9.1.3): a failing conformance row, a low satisfaction driver and a third-party finding each
/// become a corrective action that cites its source and leads back to it; and the 9.1.1 row judges complaint replies.
/// Each test works in a unit of its own, in 2025, as a city-level head.
/// </summary>
public abstract class ImprovementLoopTests(AppFixture app)
{
    private const string Period = "from=2025-01-01&to=2025-12-31";
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>Three complaints received on <see cref="ConformanceKit.Day0"/>, due a week later: answered in time, late, never.</summary>
    private static async Task ComplaintsAsync(ConformanceKit kit)
    {
        await kit.SeedAsync(async (db, _) =>
        {
            var due = Day0.AddDays(7);
            Complaint New() => new(kit.UnitId, ComplaintChannel.PublicForm, ComplaintCategory.WaitingTime, "等候时间过长，没有人说明。", Day0,
                new Complainant(null, true, null, null, null), due, At(Day0), "公众");
            var (onTime, late, never) = (New(), New(), New());
            db.Complaints.AddRange(onTime, late, never);
            await db.SaveChangesAsync(Ct);
            foreach (var c in new[] { onTime, late, never })
                c.AssignTrackingNumber(2025);
            onTime.Assign(kit.CounselorId, "测试指导员", "测试", At(Day0.AddDays(1)));
            late.Assign(kit.CounselorId, "测试指导员", "测试", At(Day0.AddDays(1)));
            onTime.Respond("查看叫号记录。", "增设提示屏。", "已改进，感谢监督。", "测试", At(Day0.AddDays(3)));
            late.Respond("查看叫号记录。", "增设提示屏。", "已改进，感谢监督。", "测试", At(Day0.AddDays(10)));
        });
    }

    [Fact, Trait("Clause", "9.1.1"), Trait("Clause", "9.2.2"), Trait("Clause", "9.1.3")]
    public async Task Complaints_answered_late_or_never_fail_9_1_1_and_the_failing_row_becomes_an_action_that_leads_back_to_it()
    {
        var kit = await new ConformanceKit(app).NewUnitAsync();
        await ComplaintsAsync(kit);
        using var head = await app.ClientAsAsync(await CityHeadAsync(app));

        var report = await head.GetFromJsonOkAsync($"/api/v1/quality/conformance?unitId={kit.UnitId}&{Period}");
        var row = report["rows"]!.Objects().Single(r => (string?)r["key"] == "complaint-reply");
        Assert.Equal(("9.1.1", "Fail", 3, 2), ((string?)row["clause"], (string?)row["level"], (int)row["total"]!, (int)row["failing"]!));
        var records = await head.GetAsync($"/api/v1/quality/conformance/complaint-reply/records?unitId={kit.UnitId}&{Period}", Ct).OkArrayAsync();
        Assert.Equal([true, true, false], records.Objects().Select(r => (bool)r["failing"]!));
        Assert.Contains(records.Objects(), r => ((string)r["detail"]!).EndsWith("尚未答复", StringComparison.Ordinal));

        var url = $"/api/v1/quality/conformance/complaint-reply/actions?unitId={kit.UnitId}&{Period}";
        var missing = await head.PostJsonAsync(url, new JsonObject { ["kind"] = "Corrective", ["problem"] = "投诉答复超期" })
            .ProblemAsync(HttpStatusCode.BadRequest);
        Assert.NotNull(missing["errors"]!["ownerStaffId"]);
        var action = await head.PostJsonAsync(url, RaiseBody(kit.CounselorId, Today.AddDays(14), "三件投诉中两件未按期答复。"))
            .ProblemAsync(HttpStatusCode.Created);
        Assert.Equal(("ConformanceRow", "Open", kit.UnitId), ((string?)action["source"], (string?)action["status"], (long)action["serviceUnitId"]!));
        Assert.Contains("9.1.1", (string)action["sourceText"]!, StringComparison.Ordinal);
        Assert.Equal($"/Quality/Conformance/Row?key=complaint-reply&unit={kit.UnitId}&{Period}", (string?)action["sourceLink"]);

        // The row's page lists the action; a row with nothing to judge cannot raise one.
        var page = await head.GetStringAsync($"/Quality/Conformance/Row?key=complaint-reply&unit={kit.UnitId}&{Period}", Ct);
        Assert.Contains($"/Quality/Action?id={(long)action["id"]!}", page, StringComparison.Ordinal);
        var noData = await head.PostJsonAsync($"/api/v1/quality/conformance/referral/actions?unitId={kit.UnitId}&{Period}",
            RaiseBody(kit.CounselorId, Today.AddDays(14))).ProblemAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Contains("不符合或警示", (string)noData["title"]!, StringComparison.Ordinal);
        using var counselor = await app.ClientAsAsync("counselor");
        await ExpectAsync(counselor.PostJsonAsync(url, RaiseBody(kit.CounselorId, Today.AddDays(14))), HttpStatusCode.Forbidden);
    }

    [Fact, Trait("Clause", "9.2.1"), Trait("Clause", "9.1.3")]
    public async Task A_low_satisfaction_driver_becomes_an_action_and_a_driver_that_scores_well_does_not()
    {
        var kit = await new ConformanceKit(app).NewUnitAsync();
        long worker = 0;
        await kit.SeedAsync(async (db, protector) => worker = (await kit.WorkerAsync(db, protector)).Id);
        // Perceived value (3rd driver, 'value') far below the others in every answer.
        int[][] answers = [Answers(9, 8, 9, 3, 8, 2, 8), Answers(8, 8, 8, 2, 7, 2, 8), Answers(9, 9, 9, 4, 9, 1, 9),
            Answers(8, 7, 8, 3, 7, 3, 7), Answers(9, 8, 9, 2, 8, 2, 8), Answers(7, 7, 8, 3, 6, 4, 7)];
        for (var i = 0; i < answers.Length; i++)
            await RespondedAsync(app, worker, At(Day0.AddDays(i)), answers[i], kit.CounselorId);
        using var head = await app.ClientAsAsync(await CityHeadAsync(app));

        var index = await head.GetFromJsonOkAsync($"/api/v1/surveys/index?unitId={kit.UnitId}&{Period}");
        Assert.Equal(6, (int)index["overall"]!["responses"]!);
        // The head's dashboard shows the same index from its lighter sum.
        var statistics = await head.GetFromJsonOkAsync($"/api/v1/statistics?unitId={kit.UnitId}&{Period}");
        Assert.Equal(((double?)index["overall"]!["index"], 6L), ((double?)statistics["satisfactionIndex"], (long)statistics["satisfactionResponses"]!));
        var good = await head.PostJsonAsync($"/api/v1/surveys/drivers/Quality/actions?unitId={kit.UnitId}&{Period}",
            RaiseBody(kit.CounselorId, Today.AddDays(30))).ProblemAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Contains("偏低", (string)good["title"]!, StringComparison.Ordinal);
        var action = await head.PostJsonAsync($"/api/v1/surveys/drivers/Value/actions?unitId={kit.UnitId}&{Period}",
            RaiseBody(kit.CounselorId, Today.AddDays(30), "劳动者认为服务价值不高。")).ProblemAsync(HttpStatusCode.Created);
        Assert.Equal(("SatisfactionDriver", kit.UnitId), ((string?)action["source"], (long)action["serviceUnitId"]!));
        Assert.Contains("有效问卷 6 份", (string)action["sourceText"]!, StringComparison.Ordinal);
        Assert.Equal($"/Surveys?UnitId={kit.UnitId}&From=2025-01-01&To=2025-12-31", (string?)action["sourceLink"]);

        // The dashboard shows the action beside the driver and offers to raise one only for low drivers.
        var dashboard = await head.GetStringAsync($"/Surveys?UnitId={kit.UnitId}&From=2025-01-01&To=2025-12-31", Ct);
        Assert.Contains($"/Quality/Action?id={(long)action["id"]!}", dashboard, StringComparison.Ordinal);
        Assert.Contains("data-raise=\"Value\"", dashboard, StringComparison.Ordinal);
        Assert.DoesNotContain("data-raise=\"Quality\"", dashboard, StringComparison.Ordinal);
        var raisePage = await head.GetStringAsync($"/Surveys/Raise?Latent=Value&UnitId={kit.UnitId}&From=2025-01-01&To=2025-12-31", Ct);
        Assert.Contains("data-form=\"raise\"", raisePage, StringComparison.Ordinal);
    }

    [Fact, Trait("Clause", "9.2.3"), Trait("Clause", "9.1.3")]
    public async Task A_third_party_finding_becomes_one_action_raised_by_the_unit_not_by_the_evaluator()
    {
        var kit = await new ConformanceKit(app).NewUnitAsync();
        using var head = await app.ClientAsAsync(await CityHeadAsync(app));
        using var evaluator = await app.ClientAsAsync("evaluator");
        const string Api = "/api/v1/third-party-evaluations";
        var grant = await head.PostOkAsync(Api, new JsonObject
        {
            ["evaluatorUserId"] = (await DemoUsers.FindAsync(app, "evaluator")).Id, ["serviceUnitId"] = kit.UnitId,
            ["periodFrom"] = "2025-01-01", ["periodTo"] = "2025-12-31", ["accessUntil"] = GuidanceSteps.Day(30), ["purpose"] = "年度第三方评价",
        });
        var id = (long)grant["id"]!;
        await evaluator.PostOkAsync($"{Api}/{id}/findings", new JsonObject
        {
            ["clause"] = "7.2.1", ["text"] = "抽查的个案中有服务协议缺失。", ["severity"] = "MinorNonconformity",
        });

        await ExpectAsync(evaluator.PostJsonAsync($"{Api}/{id}/findings/1/actions", RaiseBody(kit.CounselorId, Today.AddDays(20))), HttpStatusCode.Forbidden);
        var action = await head.PostJsonAsync($"{Api}/{id}/findings/1/actions", RaiseBody(kit.CounselorId, Today.AddDays(20), "补齐服务协议。"))
            .ProblemAsync(HttpStatusCode.Created);
        Assert.Equal(("ThirdPartyFinding", kit.UnitId, $"/Evaluation/Details/{id}"),
            ((string?)action["source"], (long)action["serviceUnitId"]!, (string?)action["sourceLink"]));
        Assert.Equal((long)action["id"]!, (long)(await head.GetFromJsonOkAsync($"{Api}/{id}"))["findings"]![0]!["correctiveActionId"]!);
        var twice = await head.PostJsonAsync($"{Api}/{id}/findings/1/actions", RaiseBody(kit.CounselorId, Today.AddDays(20)))
            .ProblemAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Contains("已提出措施", (string)twice["title"]!, StringComparison.Ordinal);
        await head.PostJsonAsync($"{Api}/{id}/findings/9/actions", RaiseBody(kit.CounselorId, Today.AddDays(20))).ProblemAsync(HttpStatusCode.NotFound);
    }
}

[Collection(OnSqlite.Name)]
public sealed class ImprovementLoopSqliteTests(SqliteApp app) : ImprovementLoopTests(app);

[Collection(OnPostgres.Name)]
public sealed class ImprovementLoopPostgresTests(PostgresApp app) : ImprovementLoopTests(app);
