using System.Net;
using System.Text.Json.Nodes;
using GuidanceDesk.Tests.Support;
using static GuidanceDesk.Tests.Features.Guidance.GuidanceKit;
using static GuidanceDesk.Tests.Features.Guidance.GuidanceSteps;

namespace GuidanceDesk.Tests.Features.Guidance;

/// <summary>7.1.3 and 4.6.1: counselors who meet the clause and know the district and industry are proposed first; others only by override.</summary>
public abstract class AssignmentTests(AppFixture app)
{
    [Fact, Trait("Clause", "4.6.1"), Trait("Clause", "7.1.3")]
    public async Task Qualified_counselors_who_know_the_district_and_industry_come_first_and_others_need_a_managers_override()
    {
        using var manager = await app.ClientAsAsync("manager");
        using var staff = await app.ClientAsAsync("counselor");
        var unqualified = await manager.PostJsonAsync("/api/v1/staff", new JsonObject
        {
            ["name"] = "新入职指导员" + Guid.NewGuid().ToString("N")[..4], ["position"] = "Counselor", ["education"] = "Bachelor",
            ["yearsOfGuidance"] = 1, ["yearsOfConsulting"] = 4, ["yearsOfIndustry"] = 3,
            ["districtExpertise"] = new JsonArray("500103"), ["industryExpertise"] = new JsonArray("I"),
        }).OkAsync();
        var newcomer = (long)unqualified["id"]!;
        Assert.False((bool)unqualified["qualification"]!["meetsClause461"]!);

        var workerId = await NewWorkerAsync(staff, "指派测试", change: w => w["jobIntentions"]![0]!["industry"] = "I");
        var caseId = (long)(await OpenCaseAsync(staff, workerId))["id"]!;
        var proposals = (await staff.GetAsync($"/api/v1/cases/{caseId}/counselors", TestContext.Current.CancellationToken).OkArrayAsync())
            .Objects().ToList();
        var meets = proposals.Select(p => (bool)p["meetsClause461"]!).ToList();
        Assert.Equal(meets.OrderByDescending(m => m), meets); // everyone who meets 4.6.1 before anyone who does not
        var first = proposals[0];
        Assert.Equal(await StaffIdAsync(app, "counselor"), (long)first["staffId"]!);
        Assert.True((bool)first["districtMatch"]! && (bool)first["industryMatch"]!);
        Assert.Contains("熟悉渝中区", (string)first["reason"]!, StringComparison.Ordinal);
        Assert.Contains("熟悉信息传输、软件和信息技术服务业", (string)first["reason"]!, StringComparison.Ordinal);
        var proposed = proposals.Single(p => (long)p["staffId"]! == newcomer);
        Assert.False((bool)proposed["meetsClause461"]!);
        Assert.Contains("须有5年以上相关行业工作经历", proposed["gaps"]!.AsArray().Select(g => (string)g!));
        Assert.StartsWith("不符合4.6.1", (string)proposed["reason"]!, StringComparison.Ordinal);

        var refused = await staff.PostJsonAsync($"/api/v1/cases/{caseId}/assign", new JsonObject { ["counselorId"] = newcomer })
            .ProblemAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Contains("4.6.1", (string)refused["title"]!, StringComparison.Ordinal);
        Assert.True(refused["errors"]!.AsObject().ContainsKey("counselorId"));
        var notTheirs = await staff.PostJsonAsync($"/api/v1/cases/{caseId}/assign", Override(newcomer, "人手紧张"))
            .ProblemAsync(HttpStatusCode.UnprocessableEntity);
        Assert.True(notTheirs["errors"]!.AsObject().ContainsKey("override"));
        await manager.PostJsonAsync($"/api/v1/cases/{caseId}/assign", Override(newcomer, " ")).ProblemAsync(HttpStatusCode.UnprocessableEntity);

        var view = await manager.PostOkAsync($"/api/v1/cases/{caseId}/assign", Override(newcomer, "该员熟悉渝中区IT企业，由资深人员督导"));
        Assert.Equal(newcomer, (long)view["counselorId"]!);
        var last = view["assignments"]!.AsArray()[^1]!;
        Assert.True((bool)last["isOverride"]!);
        Assert.Equal("该员熟悉渝中区IT企业，由资深人员督导", (string?)last["reason"]);
        Assert.Equal(newcomer, (long)last["counselorId"]!);
        Assert.Equal(newcomer, (long)(await manager.GetFromJsonOkAsync($"/api/v1/workers/{workerId}"))["counselorId"]!);
    }

    [Fact, Trait("Clause", "4.6.1")]
    public async Task A_qualified_counselor_is_assigned_without_an_override()
    {
        using var manager = await app.ClientAsAsync("manager");
        using var staff = await app.ClientAsAsync("counselor");
        var caseId = (long)(await OpenCaseAsync(manager, await NewWorkerAsync(staff, "无需越权")))["id"]!;
        var view = await manager.PostOkAsync($"/api/v1/cases/{caseId}/assign",
            new JsonObject { ["counselorId"] = await StaffIdAsync(app, "counselor"), ["reason"] = "熟悉渝中区" });
        var last = view["assignments"]!.AsArray()[^1]!;
        Assert.False((bool)last["isOverride"]!);
        Assert.Equal("熟悉渝中区", (string?)last["reason"]);
        Assert.Equal(HttpStatusCode.OK, (await staff.GetAsync($"/api/v1/cases/{caseId}", TestContext.Current.CancellationToken)).StatusCode);
    }

    [Fact, Trait("Clause", "4.6.1")]
    public async Task The_archive_custodian_is_not_made_a_workers_counselor_without_an_override()
    {
        using var manager = await app.ClientAsAsync("manager");
        var workerId = await NewWorkerAsync(manager, "非指导岗位");
        var caseId = (long)(await OpenCaseAsync(manager, workerId))["id"]!;
        var custodian = await StaffIdAsync(app, "custodian");

        var refused = await manager.PostJsonAsync($"/api/v1/cases/{caseId}/assign", new JsonObject { ["counselorId"] = custodian, ["reason"] = "临时" })
            .ProblemAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Contains("4.6.1", (string)refused["title"]!, StringComparison.Ordinal);
        Assert.Contains("不在职业指导岗位", (string)refused["title"]!, StringComparison.Ordinal);
        Assert.NotEqual(custodian, (long?)(await manager.GetFromJsonOkAsync($"/api/v1/workers/{workerId}"))["counselorId"]);
        var view = await manager.PostOkAsync($"/api/v1/cases/{caseId}/assign", Override(custodian, "档案员持职业指导师证书，临时顶岗"));
        Assert.True((bool)view["assignments"]!.AsArray()[^1]!["isOverride"]!);
    }

    private static JsonObject Override(long counselorId, string reason) =>
        new() { ["counselorId"] = counselorId, ["override"] = true, ["reason"] = reason };
}

[Collection(OnSqlite.Name)]
public sealed class AssignmentSqliteTests(SqliteApp app) : AssignmentTests(app);

[Collection(OnPostgres.Name)]
public sealed class AssignmentPostgresTests(PostgresApp app) : AssignmentTests(app);
