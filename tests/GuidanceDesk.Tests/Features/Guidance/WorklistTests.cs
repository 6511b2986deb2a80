using System.Net;
using System.Text.Json.Nodes;
using GuidanceDesk.Tests.Support;
using Microsoft.Extensions.Time.Testing;
using static GuidanceDesk.Tests.Features.Guidance.GuidanceKit;
using static GuidanceDesk.Tests.Features.Guidance.GuidanceSteps;

namespace GuidanceDesk.Tests.Features.Guidance;

/// <summary>The counselor's worklist: preventive checklists (7.1.8), follow-ups due (6.1.5) with targets first (7.1.11), caseload, saved filters.</summary>
public abstract class WorklistTests(AppFixture app)
{
    [Fact, Trait("Clause", "7.1.8")]
    public async Task A_graduates_case_lists_the_preventive_topics_and_stays_on_the_worklist_until_all_are_done()
    {
        using var staff = await app.ClientAsAsync("counselor");
        // The section shows the first 50 cases (targets first, then the oldest); the shared fixture holds more graduates'
        // cases than that, so a new one is seen in the section's total rather than among the lines shown.
        var before = await ChecklistTotalAsync(staff);
        var view = await OpenCaseAsync(staff, await NewWorkerAsync(staff, "预防性指导"));
        var id = (long)view["id"]!;
        var items = view["checklist"].Objects().ToList();
        Assert.Equal(5, items.Count);
        Assert.All(items, i => Assert.Equal("CollegeGraduate", (string?)i["group"]));
        Assert.All(items, i => Assert.False((bool)i["done"]!));
        Assert.Contains(items, i => (string?)i["title"] == "劳动合同、就业协议与试用期权益");
        Assert.Equal(before + 1, await ChecklistTotalAsync(staff));

        foreach (var code in items.Select(i => (string)i["code"]!))
            view = await staff.PostOkAsync($"/api/v1/cases/{id}/checklist", new JsonObject { ["itemCode"] = code, ["note"] = "已讲解" });
        Assert.All(view["checklist"].Objects(), i => Assert.True((bool)i["done"]!));
        Assert.Equal(before, await ChecklistTotalAsync(staff));
        Assert.DoesNotContain(id, await ChecklistSectionAsync(staff));
        await staff.PostJsonAsync($"/api/v1/cases/{id}/checklist", new JsonObject { ["itemCode"] = "no-such-topic" })
            .ProblemAsync(HttpStatusCode.UnprocessableEntity);
    }

    [Fact, Trait("Clause", "6.1.5"), Trait("Clause", "7.1.11")]
    public async Task Follow_ups_due_and_overdue_are_listed_with_employment_assistance_targets_first()
    {
        using var staff = await app.ClientAsAsync("counselor");
        // Plans that began ten days ago and end today: their one follow-up is due today.
        var (ordinary, _) = await CaseInFollowUpAsync(staff, await NewWorkerAsync(staff, "今日跟进"), Day(-10), Today, 7);
        var (target, _) = await CaseInFollowUpAsync(staff, await NewWorkerAsync(staff, "今日跟进援助对象", "EmploymentAssistanceTarget"), Day(-10), Today, 7);

        var due = (await staff.GetFromJsonOkAsync("/api/v1/worklist"))["overdueFollowUps"]!;
        AssertTargetsFirst(due, target, ordinary, "今日应跟进");

        // The next day, unrecorded, they are overdue.
        await using var tomorrow = app.HostAt(new FakeTimeProvider(DateTimeOffset.UtcNow.AddDays(1)));
        using var later = await tomorrow.ClientAsAsync("counselor");
        var overdue = (await later.GetFromJsonOkAsync("/api/v1/worklist"))["overdueFollowUps"]!;
        AssertTargetsFirst(overdue, target, ordinary, "逾期未跟进");
    }

    [Fact, Trait("Clause", "6.1.5")]
    public async Task The_manager_sees_the_caseload_of_each_counselor()
    {
        using var staff = await app.ClientAsAsync("counselor");
        await OpenCaseAsync(staff, await NewWorkerAsync(staff, "工作量"));
        using var manager = await app.ClientAsAsync("manager");
        var counselorId = await StaffIdAsync(app, "counselor");
        var worklist = await manager.GetFromJsonOkAsync("/api/v1/worklist");
        var row = worklist["caseload"].Objects().Single(r => (long)r["counselorId"]! == counselorId);
        Assert.Equal("李明", (string?)row["name"]);
        Assert.True((int)row["openCases"]! >= 1);
        Assert.True((int)row["priorityCases"]! <= (int)row["openCases"]!);
        Assert.Empty((await staff.GetFromJsonOkAsync("/api/v1/worklist"))["caseload"]!.AsArray()); // a counselor's own list has none
    }

    [Fact, Trait("Clause", "6.1.5")]
    public async Task The_manager_narrows_the_units_worklist_to_a_counselor_a_stage_or_a_group_and_never_sees_another_units_cases()
    {
        using var staff = await app.ClientAsAsync("counselor");
        var (mine, _) = await CaseInFollowUpAsync(staff, await NewWorkerAsync(staff, "筛选跟进", "EmploymentAssistanceTarget"), Day(-10), Today, 7);
        using var other = await app.ClientAsAsync("counselor2");
        var (theirs, _) = await CaseInFollowUpAsync(other, await NewWorkerAsync(other, "筛选跟进", "EmploymentAssistanceTarget"), Day(-10), Today, 7);
        using var manager = await app.ClientAsAsync("manager");
        var counselor = await StaffIdAsync(app, "counselor");

        var unit = await DueAsync(manager, "?unit=true");
        Assert.Contains(mine, unit);
        Assert.DoesNotContain(theirs, unit);
        Assert.Contains(mine, await DueAsync(manager, $"?counselorId={counselor}&stage=FollowUp&group=EmploymentAssistanceTarget"));
        Assert.DoesNotContain(mine, await DueAsync(manager, $"?counselorId={counselor}&stage=Planning"));
        Assert.DoesNotContain(mine, await DueAsync(manager, $"?counselorId={counselor}&group=Veteran"));
        Assert.DoesNotContain(mine, await DueAsync(manager, $"?counselorId={await StaffIdAsync(app, "counselor2")}"));

        var theirOwn = await DueAsync(other, "");
        Assert.Contains(theirs, theirOwn);
        Assert.DoesNotContain(mine, theirOwn);
        // A counselor's list is their own whatever they ask for.
        Assert.DoesNotContain(mine, await DueAsync(other, $"?counselorId={counselor}&unit=true"));
    }

    private static async Task<List<long>> DueAsync(HttpClient client, string query) =>
        [.. (await client.GetFromJsonOkAsync("/api/v1/worklist" + query))["overdueFollowUps"]!["items"].Objects().Select(i => (long)i["caseId"]!)];

    [Fact, Trait("Clause", "6.1.5")]
    public async Task A_saved_filter_is_listed_and_its_name_is_unique()
    {
        using var staff = await app.ClientAsAsync("counselor");
        var name = "援助对象" + Guid.NewGuid().ToString("N")[..6];
        var saved = await staff.PostOkAsync("/api/v1/worklist/filters", new JsonObject { ["name"] = name, ["query"] = "?group=EmploymentAssistanceTarget" });
        Assert.Equal("group=EmploymentAssistanceTarget", (string?)saved["query"]);
        var listed = (await staff.GetFromJsonOkAsync("/api/v1/worklist"))["savedFilters"].Objects();
        Assert.Contains(listed, f => (string?)f["name"] == name && (long)f["id"]! == (long)saved["id"]!);

        var twice = await staff.PostJsonAsync("/api/v1/worklist/filters", new JsonObject { ["name"] = $" {name} ", ["query"] = "stage=Intake" })
            .ProblemAsync(HttpStatusCode.Conflict);
        Assert.True(twice["errors"]!.AsObject().ContainsKey("name"));
        using var manager = await app.ClientAsAsync("manager");
        Assert.DoesNotContain((await manager.GetFromJsonOkAsync("/api/v1/worklist"))["savedFilters"].Objects(), f => (string?)f["name"] == name);
    }

    private static async Task<int> ChecklistTotalAsync(HttpClient staff) =>
        (int)(await staff.GetFromJsonOkAsync("/api/v1/worklist"))["checklistIncomplete"]!["total"]!;

    private static async Task<List<long>> ChecklistSectionAsync(HttpClient staff) =>
        [.. (await staff.GetFromJsonOkAsync("/api/v1/worklist"))["checklistIncomplete"]!["items"].Objects().Select(i => (long)i["caseId"]!)];

    private static void AssertTargetsFirst(JsonNode section, long target, long ordinary, string detail)
    {
        var items = section["items"].Objects().ToList();
        var ids = items.Select(i => (long)i["caseId"]!).ToList();
        Assert.True(ids.Contains(target) && ids.Contains(ordinary), string.Join(",", ids));
        Assert.True(ids.IndexOf(target) < ids.IndexOf(ordinary));
        Assert.Equal(detail, (string?)items.First(i => (long)i["caseId"]! == ordinary)["detail"]);
        Assert.True((bool)items.First(i => (long)i["caseId"]! == target)["isPriority"]!);
        var priority = items.Select(i => (bool)i["isPriority"]!).ToList();
        Assert.Equal(priority.OrderByDescending(p => p), priority);
    }
}

[Collection(OnSqlite.Name)]
public sealed class WorklistSqliteTests(SqliteApp app) : WorklistTests(app);

[Collection(OnPostgres.Name)]
public sealed class WorklistPostgresTests(PostgresApp app) : WorklistTests(app);
