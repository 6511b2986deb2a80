using System.Net;
using System.Text.Json.Nodes;
using GuidanceDesk.Tests.Support;
using GuidanceDesk.Web.Data;
using GuidanceDesk.Web.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static GuidanceDesk.Tests.Features.Guidance.GuidanceSteps;

namespace GuidanceDesk.Tests.Features.Guidance;

/// <summary>A case through the stages of 6.1 over the HTTP API: order, conditions, reasons, agreement, outcome.</summary>
public abstract class CaseFlowTests(AppFixture app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact, Trait("Clause", "6.1.1")]
    public async Task Intake_records_situation_and_difficulties_and_a_stage_cannot_be_skipped()
    {
        using var staff = await app.ClientAsAsync("counselor");
        var opened = await OpenCaseAsync(staff, await NewWorkerAsync(staff));
        var id = (long)opened["id"]!;

        var skip = await MoveAsync(staff, id, "Guidance").ProblemAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Contains("不能从", (string)skip["title"]!, StringComparison.Ordinal);
        var early = await MoveAsync(staff, id, "NeedsAssessment").ProblemAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Contains("6.1.1", (string)early["title"]!, StringComparison.Ordinal);

        var view = await staff.PostOkAsync($"/api/v1/cases/{id}/intake", new JsonObject
        {
            ["situation"] = "失业半年，做过收银", ["experience"] = "超市收银3年", ["intentions"] = "行政文员",
            ["difficulties"] = new JsonArray("LackOfSkills"), ["difficultyNote"] = "不会办公软件", ["version"] = (int)opened["version"]!,
        });
        Assert.Equal("不会办公软件", (string?)view["intake"]!["difficultyNote"]);
        view = await MoveAsync(staff, id, "NeedsAssessment", "信息已搜集完整").OkAsync();
        Assert.Equal("NeedsAssessment", (string?)view["stage"]);
        var last = view["transitions"]!.AsArray()[^1]!;
        Assert.Equal("信息已搜集完整", (string?)last["reason"]);
        Assert.Equal("Intake", (string?)last["from"]);
    }

    [Fact, Trait("Clause", "6.1.2")]
    public async Task Goals_count_only_once_the_worker_confirms_them()
    {
        using var staff = await app.ClientAsAsync("counselor");
        var opened = await OpenCaseAsync(staff, await NewWorkerAsync(staff));
        var id = (long)opened["id"]!;
        await staff.PostOkAsync($"/api/v1/cases/{id}/intake", new JsonObject
        {
            ["situation"] = "待业", ["difficulties"] = new JsonArray("Confidence"), ["version"] = (int)opened["version"]!,
        });
        var moved = await MoveAsync(staff, id, "NeedsAssessment").OkAsync();
        await staff.PostOkAsync($"/api/v1/cases/{id}/needs", new JsonObject
        {
            ["needed"] = new JsonArray("CareerAssessment"), ["version"] = (int)moved["version"]!,
        });
        await staff.PostOkAsync($"/api/v1/cases/{id}/goals", new JsonObject { ["text"] = "完成职业测评并确定方向" });

        var refused = await MoveAsync(staff, id, "Guidance").ProblemAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Contains("劳动者确认", (string)refused["title"]!, StringComparison.Ordinal);
        await staff.PostJsonAsync($"/api/v1/cases/{id}/goals/confirm", new JsonObject()).ProblemAsync(HttpStatusCode.UnprocessableEntity);

        var view = await staff.PostOkAsync($"/api/v1/cases/{id}/goals/confirm", new JsonObject { ["confirmedBy"] = "张三" });
        var goal = view["goals"]![0]!;
        Assert.Equal("Confirmed", (string?)goal["status"]);
        Assert.Equal("Offline", (string?)goal["confirmedChannel"]);
        Assert.Equal("张三", (string?)goal["confirmedBy"]);
        Assert.Equal("Guidance", (string?)(await MoveAsync(staff, id, "Guidance").OkAsync())["stage"]);
    }

    [Fact, Trait("Clause", "6.1.3")]
    public async Task Planning_needs_a_guidance_record_first()
    {
        using var staff = await app.ClientAsAsync("counselor");
        var id = await CaseInGuidanceAsync(staff, await NewWorkerAsync(staff));
        var refused = await MoveAsync(staff, id, "Planning").ProblemAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Contains("6.1.3", (string)refused["title"]!, StringComparison.Ordinal);
        await staff.PostOkAsync($"/api/v1/cases/{id}/records", Record());
        Assert.Equal("Planning", (string?)(await MoveAsync(staff, id, "Planning").OkAsync())["stage"]);
    }

    [Fact, Trait("Clause", "6.1.4")]
    public async Task A_plan_is_active_only_with_the_workers_agreement_and_then_schedules_follow_ups()
    {
        using var staff = await app.ClientAsAsync("counselor");
        var id = await CaseInGuidanceAsync(staff, await NewWorkerAsync(staff));
        await staff.PostOkAsync($"/api/v1/cases/{id}/records", Record());
        await MoveAsync(staff, id, "Planning").OkAsync();
        var view = await staff.PostOkAsync($"/api/v1/cases/{id}/plans", Plan(Day(0), Day(42), 14));
        var planId = (long)view["plans"]![0]!["id"]!;
        Assert.Equal("Draft", (string?)view["plans"]![0]!["status"]);

        var refused = await staff.PostJsonAsync($"/api/v1/cases/{id}/plans/{planId}/agree", new JsonObject())
            .ProblemAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Contains("同意", (string)refused["title"]!, StringComparison.Ordinal);
        await MoveAsync(staff, id, "FollowUp").ProblemAsync(HttpStatusCode.UnprocessableEntity);

        view = await staff.PostOkAsync($"/api/v1/cases/{id}/plans/{planId}/agree", new JsonObject { ["signedBy"] = "劳动者本人" });
        Assert.Equal("FollowUp", (string?)view["stage"]);
        var plan = view["plans"]![0]!;
        Assert.Equal("Active", (string?)plan["status"]);
        Assert.Equal("SignedInPerson", (string?)plan["agreement"]!["method"]);
        var dues = view["followUps"]!.AsArray().Select(f => (string)f!["dueOn"]!).ToList();
        Assert.Equal([Day(14), Day(28), Day(42)], dues);
    }

    [Fact, Trait("Clause", "6.1.5")]
    public async Task A_follow_up_records_what_was_done_and_plan_actions_can_be_adjusted()
    {
        using var staff = await app.ClientAsAsync("counselor");
        var (id, planId) = await CaseInFollowUpAsync(staff, await NewWorkerAsync(staff), Day(0), Day(30), 10);
        var view = await staff.GetFromJsonOkAsync($"/api/v1/cases/{id}");
        var followUpId = (long)view["followUps"]![0]!["id"]!;

        view = await staff.PostOkAsync($"/api/v1/cases/{id}/follow-ups/{followUpId}", new JsonObject
        {
            ["channel"] = "Offline", ["whatWasDone"] = "面谈：已投递12份简历，2个面试", ["whatChanged"] = "调整为同时投递前台岗位",
        });
        var done = view["followUps"]!.AsArray().First(f => (long)f!["id"]! == followUpId)!;
        Assert.Equal("Done", (string?)done["status"]);
        Assert.Equal("调整为同时投递前台岗位", (string?)done["whatChanged"]);

        view = await staff.PutJsonOkAsync($"/api/v1/cases/{id}/plans/{planId}/actions/1",
            new JsonObject { ["status"] = "Done", ["dueOn"] = Day(20), ["note"] = "已完成第一轮投递" });
        var plan = view["plans"]![0]!;
        Assert.Equal("Done", (string?)plan["actions"]![0]!["status"]);
        Assert.Contains("已完成", (string)plan["changes"]![0]!["text"]!, StringComparison.Ordinal);
    }

    [Fact, Trait("Clause", "6.1")]
    public async Task Closing_employed_needs_employer_occupation_date_and_pay_updates_the_worker_and_can_be_reopened()
    {
        using var staff = await app.ClientAsAsync("counselor");
        var workerId = await NewWorkerAsync(staff);
        var (id, _) = await CaseInFollowUpAsync(staff, workerId, Day(0), Day(30));
        var incomplete = await staff.PostJsonAsync($"/api/v1/cases/{id}/close", new JsonObject
        {
            ["outcome"] = "Employed", ["employerName"] = "重庆某公司", ["occupationCode"] = "4-01-02-01", ["startedOn"] = Day(0), ["reason"] = "已就业",
        }).ProblemAsync(HttpStatusCode.UnprocessableEntity);
        Assert.True(incomplete["errors"]!.AsObject().ContainsKey("monthlyPay"));

        var view = await staff.PostOkAsync($"/api/v1/cases/{id}/close", new JsonObject
        {
            ["outcome"] = "Employed", ["employerName"] = "重庆某公司", ["occupationCode"] = "4-01-02-01", ["startedOn"] = Day(0),
            ["monthlyPay"] = 5200, ["reason"] = "已在重庆某公司入职",
        });
        Assert.Equal("Closed", (string?)view["stage"]);
        Assert.Equal(5200, (int)view["outcome"]!["monthlyPay"]!);
        Assert.Equal("Completed", (string?)view["plans"]![0]!["status"]);
        Assert.All(view["followUps"]!.AsArray(), f => Assert.Equal("Cancelled", (string?)f!["status"]));
        Assert.Equal("Employed", (string?)(await staff.GetFromJsonOkAsync($"/api/v1/workers/{workerId}"))["employmentStatus"]);
        await staff.PostJsonAsync($"/api/v1/cases/{id}/records", Record()).ProblemAsync(HttpStatusCode.UnprocessableEntity);

        await staff.PostJsonAsync($"/api/v1/cases/{id}/reopen", new JsonObject { ["reason"] = "" }).ProblemAsync(HttpStatusCode.BadRequest);
        view = await staff.PostOkAsync($"/api/v1/cases/{id}/reopen", new JsonObject { ["reason"] = "试用期未通过，重新求职" });
        Assert.Equal("PlanReview", (string?)view["stage"]);
        Assert.Equal("试用期未通过，重新求职", (string?)view["transitions"]!.AsArray()[^1]!["reason"]);
    }

    [Fact, Trait("Clause", "6.1")]
    public async Task A_stale_version_is_409_and_a_second_open_case_for_the_worker_is_refused()
    {
        using var staff = await app.ClientAsAsync("counselor");
        var workerId = await NewWorkerAsync(staff);
        var opened = await OpenCaseAsync(staff, workerId);
        var id = (long)opened["id"]!;
        var version = (int)opened["version"]!;
        await staff.PostOkAsync($"/api/v1/cases/{id}/intake", new JsonObject { ["situation"] = "第一次", ["version"] = version });
        await staff.PostJsonAsync($"/api/v1/cases/{id}/intake", new JsonObject { ["situation"] = "基于旧版本", ["version"] = version })
            .ProblemAsync(HttpStatusCode.Conflict);
        await staff.PostJsonAsync("/api/v1/cases", new JsonObject { ["workerId"] = workerId }).ProblemAsync(HttpStatusCode.Conflict);

        await using var scope = app.Scope();
        var stored = await scope.ServiceProvider.GetRequiredService<AppDbContext>().GuidanceCases.AsNoTracking().SingleAsync(c => c.Id == id, Ct);
        Assert.Equal("第一次", stored.Intake!.Situation);
    }

    [Fact, Trait("Clause", "6.1")]
    public async Task Another_counselors_case_is_not_found_and_the_admin_sees_no_cases()
    {
        using var staff = await app.ClientAsAsync("counselor");
        var id = (long)(await OpenCaseAsync(staff, await NewWorkerAsync(staff)))["id"]!;
        using var other = await app.ClientAsAsync("counselor2");
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/api/v1/cases/{id}", Ct)).StatusCode);
        using var admin = await app.ClientAsAsync("admin");
        Assert.Equal(HttpStatusCode.Forbidden, (await admin.GetAsync($"/api/v1/cases/{id}", Ct)).StatusCode);
        using var manager = await app.ClientAsAsync("manager");
        Assert.Equal(HttpStatusCode.OK, (await manager.GetAsync($"/api/v1/cases/{id}", Ct)).StatusCode);
    }
}

[Collection(OnSqlite.Name)]
public sealed class CaseFlowSqliteTests(SqliteApp app) : CaseFlowTests(app);

[Collection(OnPostgres.Name)]
public sealed class CaseFlowPostgresTests(PostgresApp app) : CaseFlowTests(app);
