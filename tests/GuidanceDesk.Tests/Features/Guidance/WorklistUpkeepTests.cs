using System.Text.Json.Nodes;
using GuidanceDesk.Tests.Support;
using Microsoft.Extensions.Time.Testing;
using static GuidanceDesk.Tests.Features.Guidance.GuidanceKit;
using static GuidanceDesk.Tests.Features.Guidance.GuidanceSteps;

namespace GuidanceDesk.Tests.Features.Guidance;

/// <summary>
/// The worklist reads its due lines through what the database keeps beside each case (the due plan's end, the
/// worker's groups, the follow-ups' counselor). These follow the plan, the stage, the worker and the assignment as
/// they change, so that a line appears, moves and leaves when the counselor expects it to.
/// </summary>
public abstract class WorklistUpkeepTests(AppFixture app)
{
    [Fact, Trait("Clause", "6.1.6")]
    public async Task A_plan_ending_soon_is_listed_then_listed_as_expired_under_review_and_leaves_when_re_planning_starts()
    {
        using var staff = await app.ClientAsAsync("counselor");
        var (ending, _) = await CaseInFollowUpAsync(staff, await NewWorkerAsync(staff, "计划将到期", Target), Today, Day(5), 1);
        var (later, _) = await CaseInFollowUpAsync(staff, await NewWorkerAsync(staff, "计划未到期", Target), Today, Day(60), 14);
        var plans = await PlansSectionAsync(staff);
        Assert.Equal("计划即将到期", plans.GetValueOrDefault(ending));
        Assert.False(plans.ContainsKey(later));

        // The night after its last day the plan expires and the case goes to review: still listed, now as expired.
        var fake = new FakeTimeProvider(DateTimeOffset.UtcNow.AddDays(6));
        await app.ExpirePlansAsync(fake);
        fake.Advance(TimeSpan.FromHours(1));
        await using var then = app.HostAt(fake);
        using var counselor = await then.ClientAsAsync("counselor");
        plans = await PlansSectionAsync(counselor);
        Assert.Equal("计划已到期，待评估调整", plans.GetValueOrDefault(ending));
        Assert.False(plans.ContainsKey(later));

        // Analysed, re-guided and back to planning: the expired plan is no longer waiting for anyone.
        await counselor.PostOkAsync($"/api/v1/cases/{ending}/review", new JsonObject { ["analysis"] = "目标岗位竞争激烈，需调整方向" });
        var again = Record();
        again["date"] = Day(6);
        await counselor.PostOkAsync($"/api/v1/cases/{ending}/records", again);
        await MoveAsync(counselor, ending, "Planning", "已共同分析原因并再次指导").OkAsync();
        Assert.False((await PlansSectionAsync(counselor)).ContainsKey(ending));
    }

    [Fact, Trait("Clause", "6.1.5")]
    public async Task A_reassigned_case_takes_its_due_follow_ups_to_the_new_counselors_worklist()
    {
        using var staff = await app.ClientAsAsync("counselor");
        var (id, _) = await CaseInFollowUpAsync(staff, await NewWorkerAsync(staff, "改派跟进", Target), Day(-10), Today, 7);
        Assert.Contains(id, await FollowUpSectionAsync(staff));

        // The manager takes the case over (one of the unit's staff doing guidance work): their own list has it now.
        using var manager = await app.ClientAsAsync("manager");
        var managerId = await StaffIdAsync(app, "manager");
        await manager.PostOkAsync($"/api/v1/cases/{id}/assign",
            new JsonObject { ["counselorId"] = managerId, ["reason"] = "工作量调整", ["override"] = true });
        Assert.Contains(id, Ids((await manager.GetFromJsonOkAsync($"{Targets}&counselorId={managerId}"))["overdueFollowUps"]!));
        Assert.DoesNotContain(id, await FollowUpSectionAsync(staff));
    }

    [Fact, Trait("Clause", "7.1.11")]
    public async Task A_worker_who_becomes_an_employment_assistance_target_is_listed_first_under_that_filter()
    {
        using var staff = await app.ClientAsAsync("counselor");
        var (workerId, form) = await RegisterWorkerAsync(staff, "后认定援助对象");
        var (id, _) = await CaseInFollowUpAsync(staff, workerId, Day(-10), Today, 7);
        Assert.DoesNotContain(id, await FollowUpSectionAsync(staff));

        var worker = await staff.GetFromJsonOkAsync($"/api/v1/workers/{workerId}");
        form["specialGroups"] = new JsonArray("EmploymentAssistanceTarget");
        form["assistanceCategory"] = "LongTermUnemployed";
        form["counselorId"] = worker["counselorId"]?.DeepClone();
        form["version"] = (int)worker["version"]!;
        await staff.PutJsonOkAsync($"/api/v1/workers/{workerId}", form);

        var line = (await staff.GetFromJsonOkAsync(Targets))["overdueFollowUps"]!["items"].Objects().Single(i => (long)i["caseId"]! == id);
        Assert.True((bool)line["isPriority"]!);
    }

    // Lines of employment assistance targets only: the fixture's other tests leave many due lines on the same
    // counselors, and a section shows its first 50.
    private const string Target = "EmploymentAssistanceTarget";
    private const string Targets = "/api/v1/worklist?group=" + Target;

    private static async Task<Dictionary<long, string>> PlansSectionAsync(HttpClient staff) =>
        (await staff.GetFromJsonOkAsync(Targets))["plansEnding"]!["items"].Objects()
            .ToDictionary(i => (long)i["caseId"]!, i => (string)i["detail"]!);

    private static async Task<List<long>> FollowUpSectionAsync(HttpClient staff) =>
        Ids((await staff.GetFromJsonOkAsync(Targets))["overdueFollowUps"]!);

    private static List<long> Ids(JsonNode section) => [.. section["items"].Objects().Select(i => (long)i["caseId"]!)];
}

[Collection(OnSqlite.Name)]
public sealed class WorklistUpkeepSqliteTests(SqliteApp app) : WorklistUpkeepTests(app);

[Collection(OnPostgres.Name)]
public sealed class WorklistUpkeepPostgresTests(PostgresApp app) : WorklistUpkeepTests(app);
