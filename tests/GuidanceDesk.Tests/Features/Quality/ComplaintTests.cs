using System.Net;
using System.Text.Json.Nodes;
using GuidanceDesk.Tests.Features.Guidance;
using GuidanceDesk.Tests.Features.Projects;
using GuidanceDesk.Tests.Support;
using GuidanceDesk.Web.Data;
using GuidanceDesk.Web.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using static GuidanceDesk.Tests.Features.Guidance.GuidanceKit;
using static GuidanceDesk.Tests.Features.Quality.QualityKit;

namespace GuidanceDesk.Tests.Features.Quality;

/// <summary>Complaints (9.1.1) through the HTTP API, on both databases: public intake and lookup, the unit's workflow, escalation.</summary>
public abstract class ComplaintTests(AppFixture app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact, Trait("Clause", "9.1.1")]
    public async Task Public_intake_gives_a_tracking_number_at_once_and_the_lookup_shows_its_status()
    {
        using var anonymous = app.Anonymous();
        var unit = await UnitAsync(app);
        var receipt = await anonymous.PostJsonAsync(Public, Complaint(unit, "139 1234 5678")).ProblemAsync(HttpStatusCode.Created);
        var tracking = (string)receipt["trackingNumber"]!;
        Assert.Matches(@"^TS-\d{4}-\d{6}$", tracking);
        Assert.True((bool)receipt["canLookUp"]!);
        Assert.NotNull(receipt["dueOn"]);

        var status = await anonymous.PostJsonAsync($"{Public}/lookup", Lookup(tracking.ToLowerInvariant(), "5678")).OkAsync();
        Assert.Equal(("Received", tracking), ((string?)status["status"], (string?)status["trackingNumber"]));
        Assert.Null(status["reply"]);
        await ExpectAsync(anonymous.PostJsonAsync($"{Public}/lookup", Lookup(tracking, "1234")), HttpStatusCode.NotFound);

        // The phone is personal data: encrypted at rest, masked in the unit's list.
        await using var scope = app.Scope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var stored = await db.Complaints.AsNoTracking().SingleAsync(c => c.TrackingNumber == tracking, Ct);
        Assert.DoesNotContain("13912345678", stored.Phone!.Cipher, StringComparison.Ordinal);
        using var manager = await app.ClientAsAsync("manager");
        var list = await manager.GetFromJsonOkAsync($"{Staff}?status=Received&pageSize=200");
        var line = list["items"].Objects().Single(i => (string)i["trackingNumber"]! == tracking);
        Assert.Equal("139****5678", (string?)line["phoneMasked"]);
        Assert.Equal("测****", (string?)line["complainant"]);
    }

    [Fact, Trait("Clause", "9.1.1")]
    public async Task Missing_or_invalid_fields_are_refused_field_by_field_and_nothing_is_stored()
    {
        using var anonymous = app.Anonymous();
        var unit = await UnitAsync(app);
        var before = await CountAsync();
        var empty = await anonymous.PostJsonAsync(Public, new JsonObject()).ProblemAsync(HttpStatusCode.BadRequest);
        Assert.NotNull(empty["errors"]!["serviceUnitId"]);
        Assert.NotNull(empty["errors"]!["category"]);
        Assert.NotNull(empty["errors"]!["description"]);
        var badPhone = await anonymous.PostJsonAsync(Public, Complaint(unit, "12345")).ProblemAsync(HttpStatusCode.BadRequest);
        Assert.NotNull(badPhone["errors"]!["contactPhone"]);
        // A rule rather than a format: a reply needs a phone unless the complainant chose to stay anonymous.
        var noPhone = await anonymous.PostJsonAsync(Public, Complaint(unit, null)).ProblemAsync(HttpStatusCode.UnprocessableEntity);
        Assert.NotNull(noPhone["errors"]!["contactPhone"]);
        var noUnit = await anonymous.PostJsonAsync(Public, Complaint(999_999)).ProblemAsync(HttpStatusCode.UnprocessableEntity);
        Assert.NotNull(noUnit["errors"]!["serviceUnitId"]);
        Assert.Equal(before, await CountAsync());

        var anonymousOk = await anonymous.PostJsonAsync(Public, Complaint(unit, null, anonymous: true)).ProblemAsync(HttpStatusCode.Created);
        Assert.False((bool)anonymousOk["canLookUp"]!);
    }

    [Fact, Trait("Clause", "9.1.1")]
    public async Task The_reply_deadline_counts_five_working_days_across_the_national_day_holiday()
    {
        // Tuesday 29 September 2026, 10:00 in Chongqing: 30 Sep, then 8, 9, 10 (an adjusted Saturday) and 12 October.
        await using var host = app.HostAt(new FakeTimeProvider(new DateTimeOffset(2026, 9, 29, 2, 0, 0, TimeSpan.Zero)));
        using var anonymous = host.CreateClient();
        var receipt = await anonymous.PostJsonAsync(Public, Complaint(await UnitAsync(app))).OkAsync();
        Assert.Equal("2026-10-12", (string?)receipt["dueOn"]);
    }

    [Fact, Trait("Clause", "9.1.1")]
    public async Task The_manager_assigns_the_handler_who_replies_and_a_not_satisfied_complainant_reopens_it()
    {
        using var anonymous = app.Anonymous();
        using var manager = await app.ClientAsAsync("manager");
        using var counselor = await app.ClientAsAsync("counselor");
        var (id, tracking) = await FileAsync(anonymous, await UnitAsync(app), "13700001111");
        await ExpectAsync(counselor.GetAsync($"{Staff}/{id}", Ct), HttpStatusCode.NotFound);

        var assigned = await manager.PostOkAsync($"{Staff}/{id}/assign", new JsonObject { ["handlerStaffId"] = await StaffIdAsync(app, "counselor") });
        Assert.Equal(("Assigned", "李明"), ((string?)assigned["status"], (string?)assigned["handlerName"]));
        var mine = await counselor.GetFromJsonOkAsync($"{Staff}?open=true&pageSize=200");
        Assert.Contains(mine["items"].Objects(), i => (long)i["id"]! == id);
        var read = await counselor.GetFromJsonOkAsync($"{Staff}/{id}");
        Assert.Equal("13700001111", (string?)read["phone"]);
        await counselor.PostOkAsync($"{Staff}/{id}/investigation", new JsonObject { ["note"] = "已调取叫号记录。" });
        await counselor.PostOkAsync($"{Staff}/{id}/reply", Reply("首次答复"));

        var status = await anonymous.PostJsonAsync($"{Public}/lookup", Lookup(tracking, "1111")).OkAsync();
        Assert.Equal(("Replied", "首次答复", true), ((string?)status["status"], (string?)status["reply"], (bool)status["canGiveFeedback"]!));
        var why = await anonymous.PostJsonAsync($"{Public}/feedback", new JsonObject { ["trackingNumber"] = tracking, ["phoneLast4"] = "1111", ["satisfied"] = false })
            .ProblemAsync(HttpStatusCode.UnprocessableEntity);
        Assert.NotNull(why["errors"]!["feedbackComment"]);
        var reopened = await anonymous.PostJsonAsync($"{Public}/feedback", new JsonObject
        {
            ["trackingNumber"] = tracking, ["phoneLast4"] = "1111", ["satisfied"] = false, ["comment"] = "没有说明以后怎么避免。",
        }).OkAsync();
        Assert.Equal(("Assigned", false), ((string?)reopened["status"], (bool)reopened["canGiveFeedback"]!));

        await counselor.PostOkAsync($"{Staff}/{id}/reply", Reply("第二次答复：已增设等候提示屏"));
        var closed = await anonymous.PostJsonAsync($"{Public}/feedback", new JsonObject
        {
            ["trackingNumber"] = tracking, ["phoneLast4"] = "1111", ["satisfied"] = true,
        }).OkAsync();
        Assert.Equal("Closed", (string?)closed["status"]);
        var history = await manager.GetFromJsonOkAsync($"{Staff}/{id}");
        Assert.Equal(["Received", "Assigned", "Investigated", "Replied", "Feedback", "Reopened", "Replied", "Feedback", "Closed"],
            history["events"].Objects().Select(e => (string)e["kind"]!));

        // Every read of the complaint is in the audit log (it is a person's record).
        await app.FlushAuditAsync();
        await using var scope = app.Scope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var key = id.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var readers = await db.AuditEntries.AsNoTracking().Where(a => a.EntityType == "Complaint" && a.EntityId == key && a.Action == AuditAction.View)
            .Select(a => a.UserName).ToListAsync(Ct);
        Assert.Contains("counselor", readers);
        Assert.Contains("manager", readers);
    }

    [Fact, Trait("Clause", "9.1.1")]
    public async Task A_stale_write_gets_409_and_another_units_manager_gets_404()
    {
        using var anonymous = app.Anonymous();
        using var manager = await app.ClientAsAsync("manager");
        var (id, _) = await FileAsync(anonymous, await UnitAsync(app));
        var seen = (int)(await manager.GetFromJsonOkAsync($"{Staff}/{id}"))["version"]!;
        await manager.PostOkAsync($"{Staff}/{id}/assign", new JsonObject { ["handlerStaffId"] = await StaffIdAsync(app, "counselor"), ["version"] = seen });
        var stale = await manager.PostJsonAsync($"{Staff}/{id}/assign", new JsonObject { ["handlerStaffId"] = await StaffIdAsync(app, "manager"), ["version"] = seen })
            .ProblemAsync(HttpStatusCode.Conflict);
        Assert.Equal("urn:guidancedesk:concurrency", (string?)stale["type"]);

        using var other = await app.ClientAsAsync(await ProjectKit.OtherUnitManagerAsync(app));
        await ExpectAsync(other.GetAsync($"{Staff}/{id}", Ct), HttpStatusCode.NotFound);
        await ExpectAsync(other.PostJsonAsync($"{Staff}/{id}/reply", Reply()), HttpStatusCode.NotFound);
        Assert.DoesNotContain((await other.GetFromJsonOkAsync($"{Staff}?pageSize=200"))["items"].Objects(), i => (long)i["id"]! == id);
        using var evaluator = await app.ClientAsAsync("evaluator");
        await ExpectAsync(evaluator.GetAsync(Staff, Ct), HttpStatusCode.Forbidden);
    }

    [Fact, Trait("Clause", "9.1.1")]
    public async Task An_overdue_complaint_is_escalated_to_the_head_exactly_once()
    {
        var filedAt = new DateTimeOffset(2026, 9, 29, 2, 0, 0, TimeSpan.Zero);
        long id;
        await using (var then = app.HostAt(new FakeTimeProvider(filedAt)))
        {
            using var anonymous = then.CreateClient();
            id = (long)(await anonymous.PostJsonAsync(Public, Complaint(await UnitAsync(app))).OkAsync())["id"]!;
        }
        await using (var dueDay = app.HostAt(new FakeTimeProvider(new DateTimeOffset(2026, 10, 12, 2, 0, 0, TimeSpan.Zero))))
        {
            await ScanAsync(dueDay);
            Assert.Equal(0, await OverdueNoticesAsync(id));
        }
        await using var late = app.HostAt(new FakeTimeProvider(new DateTimeOffset(2026, 10, 13, 2, 0, 0, TimeSpan.Zero)));
        await ScanAsync(late);
        await ScanAsync(late);
        Assert.Equal(1, await OverdueNoticesAsync(id));
        using var manager = await late.ClientAsAsync("manager");
        var view = await manager.GetFromJsonOkAsync($"{Staff}/{id}");
        Assert.True((bool)view["overdue"]!);
        Assert.Single(view["events"].Objects(), e => (string)e["kind"]! == "Escalated");
        var overdue = await manager.GetFromJsonOkAsync($"{Staff}?overdue=true&pageSize=200");
        Assert.Contains(overdue["items"].Objects(), i => (long)i["id"]! == id && (bool)i["overdue"]!);
    }

    [Fact, Trait("Clause", "9.1.1")]
    public async Task A_worker_files_in_the_portal_and_follows_only_their_own()
    {
        using var worker = await app.ClientAsAsync("worker");
        var body = Complaint(await UnitAsync(app), null);
        var receipt = await worker.PostJsonAsync("/api/v1/portal/complaints", body).ProblemAsync(HttpStatusCode.Created);
        var id = (long)receipt["id"]!;
        Assert.Contains((await worker.GetAsync("/api/v1/portal/complaints", Ct).OkArrayAsync()).Objects(), c => (long)c["id"]! == id);
        using var worker2 = await app.ClientAsAsync("worker2");
        await ExpectAsync(worker2.GetAsync($"/api/v1/portal/complaints/{id}", Ct), HttpStatusCode.NotFound);
        using var manager = await app.ClientAsAsync("manager");
        var view = await manager.GetFromJsonOkAsync($"{Staff}/{id}");
        Assert.Equal("Portal", (string?)view["channel"]);
        Assert.NotNull(view["workerId"]);
    }

    private async Task<int> CountAsync()
    {
        await using var scope = app.Scope();
        return await scope.ServiceProvider.GetRequiredService<AppDbContext>().Complaints.CountAsync(Ct);
    }

    private async Task<int> OverdueNoticesAsync(long id)
    {
        await using var scope = app.Scope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var head = (await DemoUsers.FindAsync(app, "head")).Id;
        return await db.OutboxMessages.CountAsync(m => m.RecipientId == head && m.DedupKey.StartsWith($"complaint:{id}:overdue:"), Ct);
    }
}

[Collection(OnSqlite.Name)]
public sealed class ComplaintSqliteTests(SqliteApp app) : ComplaintTests(app);

[Collection(OnPostgres.Name)]
public sealed class ComplaintPostgresTests(PostgresApp app) : ComplaintTests(app);
