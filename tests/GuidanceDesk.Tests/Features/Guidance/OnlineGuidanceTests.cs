using System.Net;
using System.Text.Json.Nodes;
using GuidanceDesk.Tests.Support;
using static GuidanceDesk.Tests.Features.Guidance.GuidanceKit;
using static GuidanceDesk.Tests.Features.Guidance.GuidanceSteps;

namespace GuidanceDesk.Tests.Features.Guidance;

/// <summary>
/// 6.1.7: the demo worker follows 6.1.1–6.1.6 online — sees their own case without the counselor's working notes,
/// confirms goals, agrees to the plan, answers a check-in and messages the counselor. The only test that gives the
/// demo worker a case (a worker has one open case, and the fixture is shared).
/// </summary>
public abstract class OnlineGuidanceTests(AppFixture app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact, Trait("Clause", "6.1.7")]
    public async Task The_worker_follows_their_case_online_from_goals_to_check_in_and_messages()
    {
        using var staff = await app.ClientAsAsync("counselor");
        using var worker = await app.ClientAsAsync("worker");
        var me = await worker.GetFromJsonOkAsync("/api/v1/me/worker");
        var name = (string)me["name"]!;
        var opened = await OpenCaseAsync(staff, (long)me["id"]!);
        var id = (long)opened["id"]!;
        await staff.PostOkAsync($"/api/v1/cases/{id}/intake", new JsonObject
        {
            ["situation"] = "内部笔记：求职焦虑", ["difficulties"] = new JsonArray("Confidence"), ["version"] = (int)opened["version"]!,
        });
        var moved = await MoveAsync(staff, id, "NeedsAssessment", "内部原因").OkAsync();
        await staff.PostOkAsync($"/api/v1/cases/{id}/needs", new JsonObject
        {
            ["needed"] = new JsonArray("CareerGuidance"), ["analysis"] = "内部分析：需增强信心", ["version"] = (int)moved["version"]!,
        });
        await staff.PostOkAsync($"/api/v1/cases/{id}/records", Record());
        await staff.PostOkAsync($"/api/v1/cases/{id}/goals", new JsonObject { ["text"] = "两个月内找到行政岗位" });

        var seen = await worker.GetFromJsonOkAsync($"/api/v1/cases/{id}");
        Assert.Null(seen["intake"]);
        Assert.Null(seen["needsAnalysis"]);
        Assert.Empty(seen["assignments"]!.AsArray());
        Assert.All(seen["records"].Objects(), r => Assert.Equal("", (string?)r["content"]));
        Assert.Equal("参加本周招聘会", (string?)seen["records"]![0]!["advice"]);
        Assert.All(seen["transitions"].Objects(), t => Assert.Equal("", (string?)t["reason"]));
        Assert.DoesNotContain(seen["timeline"].Objects(), e => (string?)e["kind"] == "Stage");
        Assert.Equal("两个月内找到行政岗位", (string?)seen["goals"]![0]!["text"]);
        Assert.NotNull((await staff.GetFromJsonOkAsync($"/api/v1/cases/{id}"))["intake"]);

        var stranger = (long)(await OpenCaseAsync(staff, await NewWorkerAsync(staff, "别人的个案")))["id"]!;
        Assert.Equal(HttpStatusCode.NotFound, (await worker.GetAsync($"/api/v1/cases/{stranger}", Ct)).StatusCode);

        var confirmed = await worker.PostOkAsync($"/api/v1/cases/{id}/goals/confirm", new JsonObject { ["confirmedBy"] = "冒名" });
        var goal = confirmed["goals"]![0]!;
        Assert.Equal("Confirmed", (string?)goal["status"]);
        Assert.Equal("Online", (string?)goal["confirmedChannel"]);
        Assert.Equal(name, (string?)goal["confirmedBy"]);

        await MoveAsync(staff, id, "Guidance").OkAsync();
        await MoveAsync(staff, id, "Planning").OkAsync();
        var planId = (long)(await staff.PostOkAsync($"/api/v1/cases/{id}/plans", Plan(Today, Day(30), 1)))["plans"]![0]!["id"]!;
        Assert.Equal("Draft", (string?)(await worker.GetFromJsonOkAsync($"/api/v1/cases/{id}"))["plans"]![0]!["status"]);
        var agreed = await worker.PostOkAsync($"/api/v1/cases/{id}/plans/{planId}/agree", new JsonObject());
        Assert.Equal("FollowUp", (string?)agreed["stage"]);
        var agreement = agreed["plans"]![0]!["agreement"]!;
        Assert.Equal("ConfirmedOnline", (string?)agreement["method"]);
        Assert.Equal("Online", (string?)agreement["channel"]);
        Assert.Equal(name, (string?)agreement["agreedBy"]);

        var followUpId = (long)agreed["followUps"]![0]!["id"]!;
        var checkIn = new JsonObject { ["answer"] = "已投递10份简历，有2个面试", ["reportedStatus"] = "Unemployed" };
        // A check-in opens the day before its follow-up (when the reminder comes), not weeks ahead.
        var last = (long)agreed["followUps"]!.AsArray()[^1]!["id"]!;
        await worker.PostJsonAsync($"/api/v1/cases/{id}/follow-ups/{last}/check-in", checkIn).ProblemAsync(HttpStatusCode.UnprocessableEntity);
        var answered = await worker.PostOkAsync($"/api/v1/cases/{id}/follow-ups/{followUpId}/check-in", checkIn);
        Assert.Equal("已投递10份简历，有2个面试", (string?)answered["followUps"]![0]!["checkIn"]);
        Assert.Contains(answered["timeline"].Objects(), e => (string?)e["kind"] == "CheckIn" && (string?)e["channel"] == "Online");
        await worker.PostJsonAsync($"/api/v1/cases/{id}/follow-ups/{followUpId}/check-in", checkIn).ProblemAsync(HttpStatusCode.UnprocessableEntity);

        var sent = await worker.PostOkAsync($"/api/v1/cases/{id}/messages", new JsonObject { ["body"] = "请问下次面谈是哪天？" });
        Assert.True((bool)sent["fromWorker"]!);
        Assert.Equal(name, (string?)sent["senderName"]);
        Assert.Equal(1, (int)(await staff.GetFromJsonOkAsync($"/api/v1/cases/{id}"))["unreadMessages"]!);
        Assert.Single(await staff.GetAsync($"/api/v1/cases/{id}/messages", Ct).OkArrayAsync());
        Assert.Equal(0, (int)(await staff.GetFromJsonOkAsync($"/api/v1/cases/{id}"))["unreadMessages"]!);
        await staff.PostOkAsync($"/api/v1/cases/{id}/messages", new JsonObject { ["body"] = "下周三上午十点，线上视频。" });
        Assert.Equal(1, (int)(await worker.GetFromJsonOkAsync($"/api/v1/cases/{id}"))["unreadMessages"]!);
        var thread = (await worker.GetAsync($"/api/v1/cases/{id}/messages", Ct).OkArrayAsync()).Objects().ToList();
        Assert.Equal([true, false], thread.Select(m => (bool)m["fromWorker"]!));
        Assert.Equal(0, (int)(await worker.GetFromJsonOkAsync($"/api/v1/cases/{id}"))["unreadMessages"]!);

        // What only staff do is refused, and nothing is recorded.
        Assert.Equal(HttpStatusCode.Forbidden, (await worker.PostJsonAsync($"/api/v1/workers/{me["id"]}/records", Record())).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await worker.PostJsonAsync($"/api/v1/cases/{id}/records", Record())).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await MoveAsync(worker, id, "PlanReview")).StatusCode);
        var after = await staff.GetFromJsonOkAsync($"/api/v1/cases/{id}");
        Assert.Single(after["records"]!.AsArray());
        Assert.Equal("FollowUp", (string?)after["stage"]);
    }
}

[Collection(OnSqlite.Name)]
public sealed class OnlineGuidanceSqliteTests(SqliteApp app) : OnlineGuidanceTests(app);

[Collection(OnPostgres.Name)]
public sealed class OnlineGuidancePostgresTests(PostgresApp app) : OnlineGuidanceTests(app);
