using System.Net;
using System.Text.Json.Nodes;
using GuidanceDesk.Tests.Features.Guidance;
using GuidanceDesk.Tests.Support;
using GuidanceDesk.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using static GuidanceDesk.Tests.Features.Guidance.GuidanceKit;
using static GuidanceDesk.Tests.Features.Quality.QualityKit;

namespace GuidanceDesk.Tests.Features.Quality;

/// <summary>Internal audits (9.1.2) and corrective / preventive actions (9.1.3) through the HTTP API, on both databases.</summary>
public abstract class CorrectiveActionTests(AppFixture app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact, Trait("Clause", "9.1.2")]
    public async Task An_audit_is_planned_started_given_findings_and_completed_and_the_evaluator_only_reads_it()
    {
        using var manager = await app.ClientAsAsync("manager");
        var unit = await UnitAsync(app);
        var external = await manager.PostJsonAsync(Audits, new JsonObject
        {
            ["serviceUnitId"] = unit, ["kind"] = "External", ["title"] = "市局年度检查", ["scope"] = "9.1 监督", ["auditors"] = "市人社局检查组",
            ["plannedStart"] = Date(Today), ["plannedEnd"] = Date(Today),
        }).ProblemAsync(HttpStatusCode.UnprocessableEntity);
        Assert.NotNull(external["errors"]!["supervisingBody"]);

        var id = await AuditWithFindingAsync(manager, unit);
        await manager.PostOkAsync($"{Audits}/{id}/findings", new JsonObject { ["clauseRef"] = "6.1.5", ["description"] = "跟进间隔偏长。", ["severity"] = "Observation" });
        var done = await manager.PostOkAsync($"{Audits}/{id}/complete", new JsonObject { ["note"] = "总体符合，档案需改进。" });
        Assert.Equal("Completed", (string?)done["status"]);
        Assert.Equal([1, 2], done["findings"].Objects().Select(f => (int)f["number"]!));
        var late = await manager.PostJsonAsync($"{Audits}/{id}/findings", new JsonObject { ["clauseRef"] = "7.1", ["description"] = "x", ["severity"] = "Observation" })
            .ProblemAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Contains("进行中", (string)late["title"]!, StringComparison.Ordinal);

        await GrantEvaluatorAsync(app, unit);
        using var evaluator = await app.ClientAsAsync("evaluator");
        Assert.Equal("Completed", (string?)(await evaluator.GetFromJsonOkAsync($"{Audits}/{id}"))["status"]);
        await ExpectAsync(evaluator.PostJsonAsync($"{Audits}/{id}/start", new JsonObject()), HttpStatusCode.Forbidden);
        using var other = await app.ClientAsAsync(await Projects.ProjectKit.OtherUnitManagerAsync(app));
        await ExpectAsync(other.GetAsync($"{Audits}/{id}", Ct), HttpStatusCode.NotFound);
    }

    [Fact, Trait("Clause", "9.1.3")]
    public async Task An_action_is_closed_only_after_verification_by_someone_other_than_the_owner_and_not_effective_sends_it_back()
    {
        using var manager = await app.ClientAsAsync("manager");
        using var head = await app.ClientAsAsync("head");
        var audit = await AuditWithFindingAsync(manager, await UnitAsync(app));
        var raised = await manager.PostJsonAsync($"{Audits}/{audit}/findings/1/actions", RaiseBody(await StaffIdAsync(app, "manager"), Today.AddDays(7)))
            .ProblemAsync(HttpStatusCode.Created);
        var id = (long)raised["id"]!;
        Assert.Equal(("Open", "AuditFinding"), ((string?)raised["status"], (string?)raised["source"]));
        Assert.Contains("发现 1", (string)raised["sourceText"]!, StringComparison.Ordinal);
        Assert.Equal($"/Quality/Audit?id={audit}", (string?)raised["sourceLink"]);
        Assert.Equal([id], (await manager.GetFromJsonOkAsync($"{Audits}/{audit}"))["findings"]![0]!["actionIds"]!.AsArray().Select(x => (long)x!));

        await ExpectAsync(manager.PostJsonAsync($"{Actions}/{id}/close", new JsonObject()), HttpStatusCode.UnprocessableEntity);
        await ExpectAsync(manager.PostJsonAsync($"{Actions}/{id}/implement", new JsonObject { ["note"] = "已做" }), HttpStatusCode.UnprocessableEntity);
        await manager.PostOkAsync($"{Actions}/{id}/plan", new JsonObject { ["rootCause"] = "登记时未核对协议。", ["plannedAction"] = "补签并专人核对。" });
        await manager.PostOkAsync($"{Actions}/{id}/implement", new JsonObject { ["note"] = "已补签 2 份。" });
        await ExpectAsync(manager.PostJsonAsync($"{Actions}/{id}/close", new JsonObject()), HttpStatusCode.UnprocessableEntity);
        var byOwner = await manager.PostJsonAsync($"{Actions}/{id}/verify", new JsonObject { ["effective"] = true, ["note"] = "自查有效" })
            .ProblemAsync(HttpStatusCode.UnprocessableEntity);
        Assert.NotNull(byOwner["errors"]!["verifier"]);

        var noDate = await head.PostJsonAsync($"{Actions}/{id}/verify", new JsonObject { ["effective"] = false, ["note"] = "抽查仍有缺失" })
            .ProblemAsync(HttpStatusCode.UnprocessableEntity);
        Assert.NotNull(noDate["errors"]!["dueOn"]);
        var back = await head.PostOkAsync($"{Actions}/{id}/verify", new JsonObject { ["effective"] = false, ["note"] = "抽查仍有缺失", ["dueOn"] = Date(Today.AddDays(5)) });
        Assert.Equal(("InProgress", Date(Today.AddDays(5))), ((string?)back["status"], (string?)back["dueOn"]));
        await manager.PostOkAsync($"{Actions}/{id}/implement", new JsonObject { ["note"] = "全部档案复查完毕。" });
        var verified = await head.PostOkAsync($"{Actions}/{id}/verify", new JsonObject { ["effective"] = true, ["note"] = "复查无缺失。" });
        Assert.Equal(("Verified", "周建国"), ((string?)verified["status"], (string?)verified["verifiedByName"]));
        var closed = await head.PostOkAsync($"{Actions}/{id}/close", new JsonObject());
        Assert.Equal("Closed", (string?)closed["status"]);
        Assert.Equal(["Raised", "Planned", "Implemented", "VerifiedNotEffective", "Implemented", "VerifiedEffective", "Closed"],
            closed["events"].Objects().Select(e => (string)e["kind"]!));
    }

    [Fact, Trait("Clause", "9.1.3")]
    public async Task Raising_an_action_from_a_complaint_links_back_and_the_evaluator_reads_it_without_the_complainant()
    {
        using var anonymous = app.Anonymous();
        using var manager = await app.ClientAsAsync("manager");
        var (complaint, tracking) = await FileAsync(anonymous, await UnitAsync(app));
        var action = await manager.PostJsonAsync($"{Staff}/{complaint}/actions", RaiseBody(await StaffIdAsync(app, "counselor"), Today.AddDays(10)))
            .ProblemAsync(HttpStatusCode.Created);
        var id = (long)action["id"]!;
        Assert.Equal(("Complaint", $"/Complaints/Details?id={complaint}"), ((string?)action["source"], (string?)action["sourceLink"]));
        Assert.Contains(tracking, (string)action["sourceText"]!, StringComparison.Ordinal);

        var view = await manager.GetFromJsonOkAsync($"{Staff}/{complaint}");
        Assert.Equal(id, (long)view["actions"]![0]!["id"]!);
        Assert.Contains(view["events"].Objects(), e => (string)e["kind"]! == "ActionRaised");

        using var counselor = await app.ClientAsAsync("counselor");
        await counselor.PostOkAsync($"{Actions}/{id}/plan", new JsonObject { ["rootCause"] = "叫号无等候提示。", ["plannedAction"] = "增设提示屏。" });
        await ExpectAsync(counselor.PostJsonAsync($"{Actions}/{id}/close", new JsonObject()), HttpStatusCode.Forbidden);
        await GrantEvaluatorAsync(app, await UnitAsync(app));
        using var evaluator = await app.ClientAsAsync("evaluator");
        var read = await evaluator.GetFromJsonOkAsync($"{Actions}/{id}");
        Assert.DoesNotContain("测试投诉人", read.ToJsonString(), StringComparison.Ordinal);
        await ExpectAsync(evaluator.PostJsonAsync($"{Actions}/{id}/implement", new JsonObject { ["note"] = "x" }), HttpStatusCode.Forbidden);
    }

    [Fact, Trait("Clause", "9.1.3")]
    public async Task An_overdue_action_tells_the_owner_at_once_then_the_head_each_once()
    {
        long id;
        // Raised on Monday 12 October 2026, due Wednesday 14 October.
        await using (var then = app.HostAt(new FakeTimeProvider(new DateTimeOffset(2026, 10, 12, 2, 0, 0, TimeSpan.Zero))))
        {
            using var manager = await then.ClientAsAsync("manager");
            id = (long)(await manager.PostJsonAsync(Actions, new JsonObject
            {
                ["serviceUnitId"] = await UnitAsync(app), ["source"] = "Other", ["sourceText"] = "负责人日常巡查",
                ["action"] = RaiseBody(await StaffIdAsync(app, "counselor"), new DateOnly(2026, 10, 14)),
            }).OkAsync())["id"]!;
        }
        await using (var dayAfter = app.HostAt(new FakeTimeProvider(new DateTimeOffset(2026, 10, 15, 2, 0, 0, TimeSpan.Zero))))
        {
            await ScanAsync(dayAfter);
            await ScanAsync(dayAfter);
            Assert.Equal((1, 0), await NoticesAsync(id));
            using var manager = await dayAfter.ClientAsAsync("manager");
            var overdue = await manager.GetFromJsonOkAsync($"{Actions}?overdue=true&pageSize=200");
            Assert.Contains(overdue["items"].Objects(), a => (long)a["id"]! == id && (bool)a["overdue"]!);
        }
        // Three working days after the due date (15, 16, 19 October) the head hears of it too.
        await using var later = app.HostAt(new FakeTimeProvider(new DateTimeOffset(2026, 10, 19, 2, 0, 0, TimeSpan.Zero)));
        await ScanAsync(later);
        await ScanAsync(later);
        Assert.Equal((1, 1), await NoticesAsync(id));
    }

    private async Task<(int Owner, int Head)> NoticesAsync(long id)
    {
        await using var scope = app.Scope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var owner = (await DemoUsers.FindAsync(app, "counselor")).Id;
        var head = (await DemoUsers.FindAsync(app, "head")).Id;
        var keys = await db.OutboxMessages.AsNoTracking().Where(m => m.DedupKey.StartsWith($"action:{id}:overdue:"))
            .Select(m => m.RecipientId).ToListAsync(Ct);
        return (keys.Count(k => k == owner), keys.Count(k => k == head));
    }
}

[Collection(OnSqlite.Name)]
public sealed class CorrectiveActionSqliteTests(SqliteApp app) : CorrectiveActionTests(app);

[Collection(OnPostgres.Name)]
public sealed class CorrectiveActionPostgresTests(PostgresApp app) : CorrectiveActionTests(app);
