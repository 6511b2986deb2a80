using System.Net;
using System.Text.Json.Nodes;
using GuidanceDesk.Tests.Support;
using Microsoft.Extensions.Time.Testing;
using static GuidanceDesk.Tests.Features.Guidance.GuidanceKit;
using static GuidanceDesk.Tests.Features.Guidance.GuidanceSteps;

namespace GuidanceDesk.Tests.Features.Guidance;

/// <summary>6.1.6: a plan that ran out without employment is reviewed, the worker re-guided and a new plan made.</summary>
public abstract class PlanReviewTests(AppFixture app)
{
    [Fact, Trait("Clause", "6.1.6")]
    public async Task An_expired_plan_opens_a_review_that_needs_analysis_and_re_guidance_before_a_linked_new_plan()
    {
        using var staff = await app.ClientAsAsync("counselor");
        var (id, oldPlan) = await CaseInFollowUpAsync(staff, await NewWorkerAsync(staff, "计划到期"), Today, Day(3), 1);
        var followUps = (await staff.GetFromJsonOkAsync($"/api/v1/cases/{id}"))["followUps"].Objects().Select(f => (long)f["id"]!).ToList();
        Assert.Equal(3, followUps.Count);
        await staff.PostOkAsync($"/api/v1/cases/{id}/follow-ups/{followUps[0]}", new JsonObject { ["channel"] = "Online", ["whatWasDone"] = "视频跟进：投递8份简历" });

        var fake = new FakeTimeProvider(DateTimeOffset.UtcNow.AddDays(4)); // the night after the plan's last day
        var result = await app.ExpirePlansAsync(fake);
        Assert.True(result.Expired >= 1 && result.ReviewsOpened >= 1, result.ToString());

        var view = await staff.GetFromJsonOkAsync($"/api/v1/cases/{id}");
        Assert.Equal("Expired", (string?)view["plans"].Objects().Single(p => (long)p["id"]! == oldPlan)["status"]);
        Assert.Equal("PlanReview", (string?)view["stage"]);
        var opened = view["transitions"]!.AsArray()[^1]!;
        Assert.Equal("FollowUp", (string?)opened["from"]);
        Assert.Contains($"已于{Day(3)}到期，劳动者尚未就业（6.1.6）", (string)opened["reason"]!, StringComparison.Ordinal);
        var statuses = view["followUps"].Objects().ToDictionary(f => (long)f["id"]!, f => (string)f["status"]!);
        Assert.Equal("Done", statuses[followUps[0]]);
        Assert.All(followUps.Skip(1), f => Assert.Equal("Cancelled", statuses[f]));

        var noAnalysis = await MoveAsync(staff, id, "Planning").ProblemAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Contains("分析", (string)noAnalysis["title"]!, StringComparison.Ordinal);
        view = await staff.PostOkAsync($"/api/v1/cases/{id}/review", new JsonObject { ["analysis"] = "简历针对性不足，目标岗位竞争激烈" });
        Assert.Equal("简历针对性不足，目标岗位竞争激烈", (string?)view["reviewAnalysis"]);
        var noGuidance = await MoveAsync(staff, id, "Planning").ProblemAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Contains("再次指导", (string)noGuidance["title"]!, StringComparison.Ordinal);

        // Re-guidance is given after the review opened: on the later day, through the app as it runs then.
        fake.Advance(TimeSpan.FromHours(1));
        await using var later = app.HostAt(fake);
        using var counselor = await later.ClientAsAsync("counselor");
        var again = Record();
        again["date"] = Day(4);
        await counselor.PostOkAsync($"/api/v1/cases/{id}/records", again);
        Assert.Equal("Planning", (string?)(await MoveAsync(counselor, id, "Planning", "已共同分析原因并再次指导").OkAsync())["stage"]);

        view = await counselor.PostOkAsync($"/api/v1/cases/{id}/plans", Plan(Day(4), Day(60), 14));
        var plan = view["plans"]![0]!;
        Assert.Equal(2, (int)plan["sequence"]!);
        Assert.Equal(oldPlan, (long)plan["previousPlanId"]!);
        view = await counselor.PostOkAsync($"/api/v1/cases/{id}/plans/{plan["id"]}/agree", new JsonObject { ["signedBy"] = "劳动者本人" });
        Assert.Equal("FollowUp", (string?)view["stage"]);
        Assert.Equal("Active", (string?)view["plans"]![0]!["status"]);
    }

    [Fact, Trait("Clause", "6.1.6")]
    public async Task A_plan_that_runs_out_after_the_worker_found_work_is_completed_without_a_review()
    {
        using var staff = await app.ClientAsAsync("counselor");
        var (workerId, form) = await RegisterWorkerAsync(staff, "到期前已就业");
        var (id, planId) = await CaseInFollowUpAsync(staff, workerId, Today, Day(2), 1);
        var worker = await staff.GetFromJsonOkAsync($"/api/v1/workers/{workerId}");
        form["employmentStatus"] = "Employed";
        form["counselorId"] = worker["counselorId"]?.DeepClone();
        form["version"] = (int)worker["version"]!;
        Assert.Equal("Employed", (string?)(await staff.PutJsonOkAsync($"/api/v1/workers/{workerId}", form))["employmentStatus"]);

        var result = await app.ExpirePlansAsync(new FakeTimeProvider(DateTimeOffset.UtcNow.AddDays(3)));
        Assert.True(result.Completed >= 1, result.ToString());

        var view = await staff.GetFromJsonOkAsync($"/api/v1/cases/{id}");
        Assert.Equal("Completed", (string?)view["plans"].Objects().Single(p => (long)p["id"]! == planId)["status"]);
        Assert.Equal("FollowUp", (string?)view["stage"]);
        Assert.DoesNotContain(view["transitions"].Objects(), t => (string?)t["to"] == "PlanReview");
        Assert.All(view["followUps"].Objects(), f => Assert.Equal("Cancelled", (string?)f["status"]));
    }

    [Fact, Trait("Clause", "7.1.11")]
    public async Task An_employment_assistance_target_is_followed_up_at_least_every_fourteen_days()
    {
        using var staff = await app.ClientAsAsync("counselor");
        var id = await CaseInGuidanceAsync(staff, await NewWorkerAsync(staff, "援助对象计划", "EmploymentAssistanceTarget"));
        await staff.PostOkAsync($"/api/v1/cases/{id}/records", Record());
        await MoveAsync(staff, id, "Planning").OkAsync();

        var monthly = await staff.PostJsonAsync($"/api/v1/cases/{id}/plans", Plan(Today, Day(60), 30)).ProblemAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Contains("7.1.11", (string)monthly["title"]!, StringComparison.Ordinal);
        Assert.True(monthly["errors"]!.AsObject().ContainsKey("followUpEveryDays"));
        var view = await staff.PostOkAsync($"/api/v1/cases/{id}/plans", Plan(Today, Day(60), 14));
        Assert.Equal(14, (int)view["plans"]![0]!["followUpEveryDays"]!);

        // Anyone else may be seen monthly.
        var (other, _) = await CaseInFollowUpAsync(staff, await NewWorkerAsync(staff, "普通计划"), Today, Day(60), 30);
        Assert.Equal(30, (int)(await staff.GetFromJsonOkAsync($"/api/v1/cases/{other}"))["plans"]![0]!["followUpEveryDays"]!);
    }
}

[Collection(OnSqlite.Name)]
public sealed class PlanReviewSqliteTests(SqliteApp app) : PlanReviewTests(app);

[Collection(OnPostgres.Name)]
public sealed class PlanReviewPostgresTests(PostgresApp app) : PlanReviewTests(app);
