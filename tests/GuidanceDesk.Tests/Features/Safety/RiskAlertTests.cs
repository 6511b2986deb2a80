using System.Net;
using System.Text.Json.Nodes;
using GuidanceDesk.Tests.Features.Guidance;
using GuidanceDesk.Tests.Support;
using GuidanceDesk.Web.Data;
using GuidanceDesk.Web.Domain;
using GuidanceDesk.Web.Features.Risk;
using GuidanceDesk.Web.Infrastructure.Notifications;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using static GuidanceDesk.Tests.Features.Guidance.GuidanceKit;
using static GuidanceDesk.Tests.Features.Safety.SafetyKit;

namespace GuidanceDesk.Tests.Features.Safety;

/// <summary>Risk alerts (8.2) through the HTTP API and the escalation job, on both databases.</summary>
public abstract class RiskAlertTests(AppFixture app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact, Trait("Clause", "8.2.1")]
    public async Task A_self_harm_alert_notifies_the_on_duty_list_at_once_and_shows_the_hotline_and_steps_to_whoever_raised_it()
    {
        using var counselor = await app.ClientAsAsync("counselor");
        var (workerId, caseId) = await CaseWithRecordAsync(counselor, "预警测试");
        var response = await counselor.PostJsonAsync("/api/v1/risk-alerts", Raise(workerId, caseId));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var alert = await response.BodyAsync();
        var id = (long)alert["id"]!;
        Assert.Equal(("Open", "SelfHarm"), ((string?)alert["status"], (string?)alert["kind"]));
        Assert.Equal("12356", (string?)alert["guidance"]!["hotline"]);
        Assert.Contains(alert["guidance"]!["steps"]!.AsArray(), s => ((string)s!).Contains("120", StringComparison.Ordinal));

        // The demo unit's list: the manager (crisis contact) and the head, each in-app and by SMS, in the same commit.
        var manager = await DemoUsers.FindAsync(app, "manager");
        var head = await DemoUsers.FindAsync(app, "head");
        await using var scope = app.Scope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var notices = await db.OutboxMessages.Where(m => m.DedupKey.StartsWith($"risk:{id}:0:")).ToListAsync(Ct);
        foreach (var user in new[] { manager, head })
        {
            Assert.Contains(notices, m => m.RecipientId == user.Id && m.Channel == NotificationChannel.InApp);
            Assert.Contains(notices, m => m.RecipientId == user.Id && m.Channel == NotificationChannel.Sms);
        }
        Assert.DoesNotContain(notices.Where(m => m.Channel == NotificationChannel.Sms), m => m.Body.Contains("预警测试", StringComparison.Ordinal));
        Assert.Equal(2, alert["notices"]!.AsArray().Count);
        Assert.Equal(manager.StaffMemberId, (long?)(await counselor.GetFromJsonOkAsync($"/api/v1/risk-alerts/{id}"))["notices"]![0]!["staffMemberId"]);

        // Shown first to the unit, counted for the head; another unit's counselor sees nothing of it.
        using var headClient = await app.ClientAsAsync("head");
        var open = await headClient.GetAsync("/api/v1/risk-alerts?open=true", Ct).OkArrayAsync();
        Assert.Contains(open.Objects(), a => (long)a["id"]! == id);
        Assert.True((int)(await headClient.GetFromJsonOkAsync("/api/v1/risk-alerts/count"))["open"]! >= 1);
        using var other = await app.ClientAsAsync("counselor2");
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/api/v1/risk-alerts/{id}", Ct)).StatusCode);
        Assert.DoesNotContain((await other.GetAsync("/api/v1/risk-alerts?open=true", Ct).OkArrayAsync()).Objects(), a => (long)a["id"]! == id);
        Assert.Equal(HttpStatusCode.NotFound, (await other.PostJsonAsync($"/api/v1/risk-alerts/{id}/acknowledge", new JsonObject())).StatusCode);
        var stranger = await other.PostJsonAsync("/api/v1/risk-alerts", Raise(workerId, null));
        Assert.Equal(HttpStatusCode.NotFound, stranger.StatusCode);
        await app.FlushAuditAsync();
        var trail = await db.AuditEntries.Where(e => e.EntityType == "RiskAlert" && e.EntityId == id.ToString(System.Globalization.CultureInfo.InvariantCulture)).Select(e => e.Action).ToListAsync(Ct);
        Assert.Contains(AuditAction.Create, trail);
        Assert.Contains(AuditAction.View, trail);
    }

    [Fact, Trait("Clause", "8.2.1")]
    public async Task An_alert_can_be_raised_on_a_colleagues_case_and_that_counselor_is_told_too()
    {
        using var counselor = await app.ClientAsAsync("counselor");
        using var manager = await app.ClientAsAsync("manager");
        var (workerId, caseId) = await CaseWithRecordAsync(counselor, "预警代报");
        // The case's counselor is away: the manager raises it from the worker (no case id given: the worker's open case is used).
        var alert = await manager.PostJsonAsync("/api/v1/risk-alerts", Raise(workerId, null)).OkAsync();
        Assert.Equal(caseId, (long?)alert["caseId"]);
        var counselorUser = await DemoUsers.FindAsync(app, "counselor");
        await using var scope = app.Scope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        Assert.True(await db.OutboxMessages.AnyAsync(m => m.DedupKey == $"risk:{(long)alert["id"]!}:counselor" && m.RecipientId == counselorUser.Id, Ct));
        // The manager raised it, so the manager is not paged about their own alert; the head is.
        Assert.Single(alert["notices"]!.AsArray());
        var wrongCase = await manager.PostJsonAsync("/api/v1/risk-alerts", Raise(workerId, caseId + 1_000_000)).ProblemAsync(HttpStatusCode.UnprocessableEntity);
        Assert.NotNull(wrongCase["errors"]!["caseId"]);
        var blank = await manager.PostJsonAsync("/api/v1/risk-alerts", new JsonObject { ["workerId"] = workerId, ["kind"] = "SelfHarm" })
            .ProblemAsync(HttpStatusCode.BadRequest);
        Assert.NotNull(blank["errors"]!["observed"]);
    }

    [Fact, Trait("Clause", "8.2.1")]
    public async Task An_unacknowledged_alert_escalates_down_the_list_then_to_the_head_every_interval_until_acknowledged()
    {
        using var counselor = await app.ClientAsAsync("counselor");
        var (workerId, caseId) = await CaseWithRecordAsync(counselor, "预警升级");
        var raisedAt = new DateTimeOffset(2026, 11, 20, 2, 0, 0, TimeSpan.Zero);
        long id;
        await using (var host = app.HostAt(new FakeTimeProvider(raisedAt)))
        {
            using var raiser = await host.ClientAsAsync("counselor");
            id = (long)(await raiser.PostJsonAsync("/api/v1/risk-alerts", Raise(workerId, caseId)).OkAsync())["id"]!;
        }
        var head = await DemoUsers.FindAsync(app, "head");
        var manager = await DemoUsers.FindAsync(app, "manager");

        Assert.Equal(0, await LevelAfterScanAsync(id, raisedAt.AddMinutes(9)));
        Assert.Equal(1, await LevelAfterScanAsync(id, raisedAt.AddMinutes(10)));
        Assert.Equal(1, await LevelAfterScanAsync(id, raisedAt.AddMinutes(10))); // a rerun adds nothing
        Assert.Equal(2, await LevelAfterScanAsync(id, raisedAt.AddMinutes(20)));
        await using (var scope = app.Scope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var alert = await db.RiskAlerts.SingleAsync(a => a.Id == id, Ct);
            // List: manager, head. Level 1 is the next on the list (the head); past the list it stays with the head.
            Assert.Equal([head.StaffMemberId!.Value, head.StaffMemberId!.Value], alert.Notices.Where(n => n.Level > 0).Select(n => n.StaffMemberId));
            Assert.Equal(head.StaffMemberId, alert.ResponsibleStaffId);
            Assert.Equal(1, await db.OutboxMessages.CountAsync(m => m.DedupKey == $"risk:{id}:1:{head.StaffMemberId}:sms", Ct));
            Assert.Equal(1, await db.OutboxMessages.CountAsync(m => m.DedupKey == $"risk:{id}:2:{head.StaffMemberId}:sms", Ct));
            Assert.DoesNotContain(await db.OutboxMessages.Where(m => m.DedupKey.StartsWith($"risk:{id}:1:")).Select(m => m.RecipientId).ToListAsync(Ct), r => r == manager.Id);
        }

        using var managerClient = await app.ClientAsAsync("manager");
        using var raiserClient = await app.ClientAsAsync("counselor");
        var own = await raiserClient.PostJsonAsync($"/api/v1/risk-alerts/{id}/acknowledge", new JsonObject()).ProblemAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Contains("提出人", (string)own["title"]!, StringComparison.Ordinal);
        var acknowledged = await managerClient.PostOkAsync($"/api/v1/risk-alerts/{id}/acknowledge", new JsonObject());
        Assert.Equal("Acknowledged", (string?)acknowledged["status"]);
        Assert.Null(acknowledged["nextEscalationAt"]);
        Assert.Equal(2, await LevelAfterScanAsync(id, raisedAt.AddMinutes(60)));
    }

    [Fact, Trait("Clause", "8.2.2")]
    public async Task An_alert_is_closed_only_with_recorded_actions_and_by_a_second_person_who_is_a_manager_or_head()
    {
        using var counselor = await app.ClientAsAsync("counselor");
        using var manager = await app.ClientAsAsync("manager");
        var (workerId, caseId) = await CaseWithRecordAsync(counselor, "预警关闭");
        var id = (long)(await counselor.PostJsonAsync("/api/v1/risk-alerts", Raise(workerId, caseId, "HarmToOthers")).OkAsync())["id"]!;

        var noActions = await manager.PostJsonAsync($"/api/v1/risk-alerts/{id}/close", new JsonObject { ["summary"] = "已处理" })
            .ProblemAsync(HttpStatusCode.UnprocessableEntity);
        Assert.NotNull(noActions["errors"]!["actions"]);
        var contactedAt = DateTime.UtcNow.AddHours(8).AddMinutes(-10).ToString("yyyy-MM-ddTHH:mm", System.Globalization.CultureInfo.InvariantCulture);
        var noWho = await counselor.PostJsonAsync($"/api/v1/risk-alerts/{id}/actions", new JsonObject { ["contact"] = "Police", ["contactedAt"] = contactedAt })
            .ProblemAsync(HttpStatusCode.BadRequest);
        Assert.NotNull(noWho["errors"]!["who"]);
        var acted = await counselor.PostOkAsync($"/api/v1/risk-alerts/{id}/actions", new JsonObject
        {
            ["contact"] = "Police", ["contactedAt"] = contactedAt, ["who"] = "解放碑派出所值班民警", ["result"] = "民警到场劝离，劳动者已由家属接回",
        });
        Assert.Single(acted["actions"]!.AsArray());
        Assert.Equal("Police", (string?)acted["actions"]![0]!["contact"]);

        var byRaiser = await counselor.PostJsonAsync($"/api/v1/risk-alerts/{id}/close", new JsonObject { ["summary"] = "已处理" })
            .ProblemAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Contains("专业管理人员或负责人", (string)byRaiser["title"]!, StringComparison.Ordinal);
        var stale = await manager.PostJsonAsync($"/api/v1/risk-alerts/{id}/close", new JsonObject { ["summary"] = "已处理", ["version"] = 0 });
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        var closed = await manager.PostOkAsync($"/api/v1/risk-alerts/{id}/close", new JsonObject { ["summary"] = "警方已介入，家属陪同，后续由心理援助跟进" });
        Assert.Equal("Closed", (string?)closed["status"]);
        Assert.False((bool)closed["can"]!["recordAction"]!);
        await counselor.PostJsonAsync($"/api/v1/risk-alerts/{id}/actions", new JsonObject
        {
            ["contact"] = "Family", ["contactedAt"] = contactedAt, ["who"] = "母亲", ["result"] = "x",
        }).ProblemAsync(HttpStatusCode.UnprocessableEntity);
    }

    /// <summary>Runs the escalation scan as it would run at <paramref name="at"/>; returns the alert's level afterwards.</summary>
    private async Task<int> LevelAfterScanAsync(long id, DateTimeOffset at)
    {
        var time = new FakeTimeProvider(at);
        await using var scope = app.Scope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        await new RiskEscalationScan(db, new DutyRoster(db), new RiskNotifier(new Outbox(db, time)), time).ScanAsync(Ct);
        return await db.RiskAlerts.Where(a => a.Id == id).Select(a => a.EscalationLevel).SingleAsync(Ct);
    }
}

[Collection(OnSqlite.Name)]
public sealed class RiskAlertSqliteTests(SqliteApp app) : RiskAlertTests(app);

[Collection(OnPostgres.Name)]
public sealed class RiskAlertPostgresTests(PostgresApp app) : RiskAlertTests(app);
