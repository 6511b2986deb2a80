using System.Net;
using System.Text.Json.Nodes;
using GuidanceDesk.Tests.Features.Guidance;
using GuidanceDesk.Tests.Support;
using MiniExcelLibs;
using static GuidanceDesk.Tests.Features.Guidance.GuidanceKit;
using static GuidanceDesk.Tests.Features.Guidance.GuidanceSteps;
using static GuidanceDesk.Tests.Features.Projects.ProjectKit;
using static GuidanceDesk.Tests.Features.Safety.SafetyKit;

namespace GuidanceDesk.Tests.Features.Projects;

/// <summary>A guidance project from design to evaluation and export (4.6.1a, 4.4b), through the HTTP API on both databases.</summary>
public abstract class ProjectFlowTests(AppFixture app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact, Trait("Clause", "4.6.1"), Trait("Clause", "4.4")]
    public async Task A_manager_designs_starts_links_work_sees_live_progress_evaluates_and_exports_the_project()
    {
        using var manager = await app.ClientAsAsync("manager");
        using var counselor = await app.ClientAsAsync("counselor");
        const string title = "2026届毕业生求职能力提升项目（测试）";
        var created = await manager.PostOkAsync(Api, Design(await StaffIdAsync(app, "manager"), title, await StaffIdAsync(app, "counselor")));
        var id = (long)created["id"]!;
        Assert.Equal("Draft", (string?)created["status"]);
        Assert.Equal("陈晓梅", (string?)created["lead"]!["name"]);
        Assert.Equal(["PeopleReached", "ServicesGiven", "EmploymentOutcomes", "Satisfaction", "Custom"],
            created["indicators"].Objects().Select(i => (string)i["kind"]!));
        Assert.Equal("人次", (string?)created["indicators"]![1]!["unit"]);
        var started = await manager.PostOkAsync($"{Api}/{id}/activate", new JsonObject());
        Assert.Equal("Active", (string?)started["status"]);

        // Two cases of the counselor with three guidance records between them; the counselor links their own case.
        var (worker1, case1) = await CaseWithRecordAsync(counselor, "项目甲");
        await counselor.PostOkAsync($"/api/v1/cases/{case1}/records", RecordAnHourAgo());
        var (_, case2) = await CaseWithRecordAsync(counselor, "项目乙");
        await ExpectAsync(LinkCaseAsync(counselor, id, case1), HttpStatusCode.NoContent);
        await ExpectAsync(LinkCaseAsync(manager, id, case2), HttpStatusCode.NoContent);
        await ExpectAsync(LinkCaseAsync(manager, id, case2), HttpStatusCode.NoContent); // linking again changes nothing

        var progress = await ProgressAsync(manager, id);
        Assert.Equal((2, 3, 0, 2), ((int)progress["peopleReached"]!, (int)progress["servicesGiven"]!, (int)progress["employmentOutcomes"]!, (int)progress["linkedCases"]!));
        Assert.Equal(100m, (decimal)Indicator(progress, "PeopleReached")["percent"]!);
        Assert.Equal(37.5m, (decimal)Indicator(progress, "ServicesGiven")["percent"]!);
        Assert.Null(progress["satisfaction"]);
        Assert.Equal("暂无数据（尚无满意度反馈）", (string?)progress["satisfactionNote"]);
        Assert.Equal("暂无数据（尚无满意度反馈）", (string?)Indicator(progress, "Satisfaction")["note"]);

        // An interview-only assessment plan of the first worker: one more service, no one more person reached.
        var plan = (long)(await counselor.PostOkAsync("/api/v1/assessments/plans", new JsonObject
        {
            ["workerId"] = worker1, ["purpose"] = "访谈评估求职能力", ["mode"] = "Interview", ["plannedOn"] = Today, ["instrumentIds"] = new JsonArray(),
        }))["id"]!;
        await counselor.PostOkAsync($"/api/v1/assessments/plans/{plan}/agree", new JsonObject { ["consent"] = true, ["channel"] = "Offline" });
        await ExpectAsync(counselor.PostJsonAsync($"{Api}/{id}/assessment-plans", new JsonObject { ["planId"] = plan }), HttpStatusCode.NoContent);
        // The second worker finds a job: the case closes as employed.
        await counselor.PostOkAsync($"/api/v1/cases/{case2}/close", new JsonObject
        {
            ["outcome"] = "Employed", ["employerName"] = "重庆某公司", ["occupationCode"] = "4-01-02-01", ["startedOn"] = Today,
            ["monthlyPay"] = 5200, ["reason"] = "已入职",
        });
        progress = await ProgressAsync(counselor, id);
        Assert.Equal((2, 4, 1, 1), ((int)progress["peopleReached"]!, (int)progress["servicesGiven"]!, (int)progress["employmentOutcomes"]!, (int)progress["linkedAssessmentPlans"]!));
        Assert.Equal([("GuidanceRecords", 3), ("Assessments", 1), ("GroupSessions", 0)], progress["servicesBySource"].Objects().Select(s => ((string)s["code"]!, (int)s["count"]!)));
        var linked = await counselor.GetAsync($"{Api}/{id}/cases", Ct).OkArrayAsync();
        Assert.Equal([case1, case2], linked.Objects().Select(c => (long)c["caseId"]!).Order());

        // 考核评估: counted figures are frozen, the custom one is entered; the project is completed and takes no more links.
        var evaluated = await manager.PostOkAsync($"{Api}/{id}/evaluation", new JsonObject
        {
            ["rating"] = "Good", ["conclusions"] = "目标基本达成，服务人次偏低。", ["improvements"] = "增加团体指导场次。",
            ["achieved"] = new JsonArray(new JsonObject { ["line"] = 5, ["value"] = 2 }),
        });
        Assert.Equal("Completed", (string?)evaluated["status"]);
        Assert.Equal("Good", (string?)evaluated["evaluation"]!["rating"]);
        Assert.Equal([2m, 4m, 1m, null, 2m], evaluated["indicators"].Objects().Select(i => (decimal?)i["achieved"]));
        var (_, case3) = await CaseWithRecordAsync(counselor, "项目丙");
        await ExpectAsync(LinkCaseAsync(manager, id, case3), HttpStatusCode.UnprocessableEntity);
        await counselor.PostOkAsync($"/api/v1/cases/{case1}/records", RecordAnHourAgo());
        var frozen = await ProgressAsync(manager, id);
        Assert.Equal(5, (int)frozen["servicesGiven"]!);
        Assert.Equal((4m, true), ((decimal)Indicator(frozen, "ServicesGiven")["actual"]!, (bool)Indicator(frozen, "ServicesGiven")["frozen"]!));

        var xlsx = await manager.GetAsync($"{Api}/{id}/export.xlsx", Ct);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", xlsx.Content.Headers.ContentType?.MediaType);
        await using (var stream = new MemoryStream(await xlsx.Content.ReadAsByteArrayAsync(Ct)))
        {
            Assert.Equal(["项目概况", "考核指标", "日程安排", "考核评估"], stream.GetSheetNames());
            var first = stream.Query(useHeaderRow: true, sheetName: "项目概况").Cast<IDictionary<string, object?>>().First();
            Assert.Equal(title, first["内容"]);
        }
        var pdf = await PdfAsync(manager, $"{Api}/{id}/export.pdf");
        if (PdfText(pdf) is { } text)
        {
            Assert.Contains(title, text, StringComparison.Ordinal);
            Assert.Contains("指导项目考核评估表", text, StringComparison.Ordinal);
            Assert.Contains("良好", text, StringComparison.Ordinal);
        }
    }

    [Fact, Trait("Clause", "4.6.1")]
    public async Task Open_cases_whose_worker_meets_the_target_criteria_are_suggested_for_linking()
    {
        using var manager = await app.ClientAsAsync("manager");
        using var counselor = await app.ClientAsAsync("counselor");
        var id = (long)(await ActiveProjectAsync(app, manager, "建议个案测试项目"))["id"]!;
        var graduate = await NewWorkerAsync(counselor, "应届建议", change: w => w["graduationYear"] = 2026);
        var fits = await OpenCaseOfAsync(counselor, graduate);
        var older = await NewWorkerAsync(counselor, "往届建议", change: w => w["graduationYear"] = 2022);
        var other = await OpenCaseOfAsync(counselor, older);

        var suggested = await counselor.GetAsync($"{Api}/{id}/case-candidates", Ct).OkArrayAsync();
        var line = suggested.Objects().Single(c => (long)c["caseId"]! == fits);
        Assert.Equal(["居住区县符合", "高校毕业生", "毕业年份符合"], line["reasons"]!.AsArray().Select(r => (string)r!));
        Assert.DoesNotContain(suggested.Objects(), c => (long)c["caseId"]! == other);
        var byName = await counselor.GetAsync($"{Api}/{id}/case-candidates?q=" + Uri.EscapeDataString("往届建议"), Ct).OkArrayAsync();
        Assert.Contains(byName.Objects(), c => (long)c["caseId"]! == other);

        await ExpectAsync(LinkCaseAsync(counselor, id, fits), HttpStatusCode.NoContent);
        var after = await counselor.GetAsync($"{Api}/{id}/case-candidates", Ct).OkArrayAsync();
        Assert.DoesNotContain(after.Objects(), c => (long)c["caseId"]! == fits);
        await ExpectAsync(counselor.DeleteAsync($"{Api}/{id}/cases/{fits}", Ct), HttpStatusCode.NoContent);
        Assert.Equal(0, (int)(await ProgressAsync(counselor, id))["linkedCases"]!);
    }
}

[Collection(OnSqlite.Name)]
public sealed class ProjectFlowSqliteTests(SqliteApp app) : ProjectFlowTests(app);

[Collection(OnPostgres.Name)]
public sealed class ProjectFlowPostgresTests(PostgresApp app) : ProjectFlowTests(app);
