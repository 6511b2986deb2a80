using System.Net;
using System.Text.Json.Nodes;
using GuidanceDesk.Tests.Features.Archive;
using GuidanceDesk.Tests.Features.Guidance;
using GuidanceDesk.Tests.Support;
using GuidanceDesk.Web.Data;
using GuidanceDesk.Web.Domain;
using GuidanceDesk.Web.Infrastructure.Calendar;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static GuidanceDesk.Tests.Features.GroupSessions.GroupSessionKit;
using static GuidanceDesk.Tests.Features.Guidance.GuidanceKit;

namespace GuidanceDesk.Tests.Features.GroupSessions;

/// <summary>Group sessions (7.1.2): the materials deadline, sending the materials, capacity and scope — on both databases.</summary>
public abstract class GroupSessionTests(AppFixture app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact, Trait("Clause", "7.1.2")]
    public async Task The_materials_deadline_is_two_working_days_before_counting_national_day_and_adjusted_working_days()
    {
        await using var host = app.HostAt(At(9, 20));
        using var counselor = await host.ClientAsAsync("counselor");
        var me = await StaffIdAsync(app, "counselor");
        // Checked against the calendar: Thursday 10-08 is one working day before Friday 10-09; 10-01 to 10-07 are the
        // National Day holiday, so the second working day before is Wednesday 09-30.
        var calendar = host.Services.GetRequiredService<WorkingDayCalendar>();
        Assert.Equal(new DateOnly(2026, 9, 30), calendar.AddWorkingDays(new DateOnly(2026, 10, 9), -2));

        var s = await CreateAsync(counselor, Session(me, "2026-10-09", "国庆节后就业政策宣讲"));
        Assert.Equal("2026-09-30", (string?)s["materialsDeadline"]);
        Assert.Equal("Missing", (string?)s["materialsState"]);
        Assert.Contains(s["deadlineNote"]!["holidays"]!.AsArray(), h => (string?)h!["name"] == "国庆节"
            && (string?)h["from"] == "2026-10-01" && (string?)h["to"] == "2026-10-07");
        var html = await counselor.GetStringAsync($"/GroupSessions/Details/{s["id"]}", Ct);
        Assert.Contains("宣讲材料须于 2026-09-30 前发送（会前2个工作日）", html, StringComparison.Ordinal);
        Assert.Contains("国庆节", html, StringComparison.Ordinal);

        // Monday 10-12: Saturday 10-10 is an adjusted working day (调休上班) and counts, so the deadline is Friday 10-09.
        var monday = await CreateAsync(counselor, Session(me, "2026-10-12"));
        Assert.Equal("2026-10-09", (string?)monday["materialsDeadline"]);
        Assert.Equal(["2026-10-10"], monday["deadlineNote"]!["adjustedWorkdays"]!.AsArray().Select(d => (string?)d));

        // Moving the session moves its deadline; an edit from an older version is refused.
        var id = (long)s["id"]!;
        var edit = Session(me, "2026-10-16", "国庆节后就业政策宣讲");
        edit["version"] = (int)s["version"]!;
        var moved = await counselor.PutJsonOkAsync($"/api/v1/group-sessions/{id}", edit);
        Assert.Equal("2026-10-14", (string?)moved["materialsDeadline"]);
        var stale = await System.Net.Http.Json.HttpClientJsonExtensions.PutAsJsonAsync(counselor, $"/api/v1/group-sessions/{id}", edit, TestData.Json, Ct);
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);

        // A year whose holiday notice is not published cannot have a deadline: refused, not guessed.
        var unknown = await counselor.PostJsonAsync("/api/v1/group-sessions", Session(me, "2027-03-10")).ProblemAsync(HttpStatusCode.UnprocessableEntity);
        Assert.NotNull(unknown["errors"]!["startsAt"]);
        Assert.Contains("节假日", (string)unknown["title"]!, StringComparison.Ordinal);
    }

    [Fact, Trait("Clause", "7.1.2")]
    public async Task Sending_the_materials_tells_every_participant_in_the_portal_and_by_SMS_and_a_late_joiner_gets_them_at_once()
    {
        await using var host = app.HostAt(At(11, 23));
        using var counselor = await host.ClientAsAsync("counselor");
        var s = await CreateAsync(counselor, Session(await StaffIdAsync(app, "counselor"), Date(12, 4), "简历制作与面试技巧"));
        var id = (long)s["id"]!;
        Assert.Equal("2026-12-02", (string?)s["materialsDeadline"]);
        var a = await WorkerAsync(counselor, "材料甲");
        var b = await WorkerAsync(counselor, "材料乙");
        await AddAsync(counselor, id, a);
        await AddAsync(counselor, id, b);
        await counselor.PostJsonAsync($"/api/v1/group-sessions/{id}/materials/send", new JsonObject()).ProblemAsync(HttpStatusCode.UnprocessableEntity);

        // Checked by content: text named .pdf is refused and nothing is added; a real PDF is.
        Assert.Equal(HttpStatusCode.UnprocessableEntity, (await UploadAsync(counselor, id, "not a pdf"u8.ToArray(), "x.pdf")).StatusCode);
        var uploaded = await UploadAsync(counselor, id, ArchiveKit.Pdf("policy points"), "政策要点.pdf");
        Assert.Equal(HttpStatusCode.Created, uploaded.StatusCode);
        var pending = await uploaded.BodyAsync();
        Assert.Single(pending["materials"]!.AsArray());
        Assert.Equal("Pending", (string?)pending["materialsState"]);

        var sent = await counselor.PostOkAsync($"/api/v1/group-sessions/{id}/materials/send", new JsonObject());
        Assert.Equal("Sent", (string?)sent["materialsState"]);
        Assert.All(sent["participants"].Objects(), p => Assert.NotNull(p["materialsSentAt"]));
        await using (var scope = host.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var messages = await db.OutboxMessages.Where(m => m.DedupKey.StartsWith($"gs:{id}:materials:")).ToListAsync(Ct);
            Assert.Equal(4, messages.Count);
            foreach (var w in new[] { a, b })
            {
                var mine = messages.Where(m => m.Recipient == Recipient.Worker(w)).ToList();
                Assert.Contains(mine, m => m.Channel == NotificationChannel.InApp && m.Body.Contains("/Portal/GroupSessions", StringComparison.Ordinal));
                Assert.Contains(mine, m => m.Channel == NotificationChannel.Sms && m.Body.Contains("简历制作与面试技巧", StringComparison.Ordinal));
            }
        }

        // Someone who joins after the sending gets the materials at once, with their own notices.
        var c = await WorkerAsync(counselor, "材料丙");
        var joined = await AddAsync(counselor, id, c);
        Assert.NotNull(Participant(joined, c)["materialsSentAt"]);
        await using (var scope = host.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var key = $"gs:{id}:materials:1:{c}:";
            Assert.Equal(2, await db.OutboxMessages.CountAsync(m => m.DedupKey.StartsWith(key), Ct));
        }
        // Nothing new to send; the file reads back whole.
        await counselor.PostJsonAsync($"/api/v1/group-sessions/{id}/materials/send", new JsonObject()).ProblemAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Equal(ArchiveKit.Pdf("policy points"), await counselor.GetByteArrayAsync($"/api/v1/group-sessions/{id}/materials/1/content", Ct));
    }

    [Fact, Trait("Clause", "7.1.2")]
    public async Task A_full_session_refuses_one_more_and_another_units_counselor_cannot_reach_it()
    {
        await using var host = app.HostAt(At(11, 23));
        using var counselor = await host.ClientAsAsync("counselor");
        var me = await StaffIdAsync(app, "counselor");
        var s = await CreateAsync(counselor, Session(me, Date(12, 1), "小班求职辅导", capacity: 1, items: "CareerGuidance"));
        var id = (long)s["id"]!;
        var a = await WorkerAsync(counselor, "名额甲");
        await AddAsync(counselor, id, a);
        var twice = await counselor.PostJsonAsync($"/api/v1/group-sessions/{id}/participants", new JsonObject { ["workerId"] = a })
            .ProblemAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Contains("已报名", (string)twice["title"]!, StringComparison.Ordinal);
        var full = await counselor.PostJsonAsync($"/api/v1/group-sessions/{id}/participants", new JsonObject { ["workerId"] = await WorkerAsync(counselor, "名额乙") })
            .ProblemAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Contains("名额已满", (string)full["title"]!, StringComparison.Ordinal);

        using var other = await host.ClientAsAsync("counselor2");
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/api/v1/group-sessions/{id}", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.PostJsonAsync($"/api/v1/group-sessions/{id}/materials/send", new JsonObject())).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/GroupSessions/Details/{id}", Ct)).StatusCode);
        var list = await other.GetFromJsonOkAsync("/api/v1/group-sessions?from=2026-11-01");
        Assert.DoesNotContain(list["items"].Objects(), l => (long)l["id"]! == id);
        // Nor can they plan one led by another unit's counselor.
        var foreign = await other.PostJsonAsync("/api/v1/group-sessions", Session(me, Date(12, 2))).ProblemAsync(HttpStatusCode.UnprocessableEntity);
        Assert.NotNull(foreign["errors"]!["facilitatorStaffId"]);
        // And a worker account is no staff: the staff API is closed to it.
        using var worker = await host.ClientAsAsync("worker");
        Assert.Equal(HttpStatusCode.Forbidden, (await worker.GetAsync($"/api/v1/group-sessions/{id}", Ct)).StatusCode);
    }
}

[Collection(OnSqlite.Name)]
public sealed class GroupSessionSqliteTests(SqliteApp app) : GroupSessionTests(app);

[Collection(OnPostgres.Name)]
public sealed class GroupSessionPostgresTests(PostgresApp app) : GroupSessionTests(app);
