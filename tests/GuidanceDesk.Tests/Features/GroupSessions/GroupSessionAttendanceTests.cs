using System.Net;
using System.Text.Json.Nodes;
using GuidanceDesk.Tests.Features.Archive;
using GuidanceDesk.Tests.Features.Guidance;
using GuidanceDesk.Tests.Support;
using GuidanceDesk.Web.Data;
using GuidanceDesk.Web.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static GuidanceDesk.Tests.Features.GroupSessions.GroupSessionKit;
using static GuidanceDesk.Tests.Features.Guidance.GuidanceKit;
using static GuidanceDesk.Tests.Features.Guidance.GuidanceSteps;

namespace GuidanceDesk.Tests.Features.GroupSessions;

/// <summary>After the session: late materials, attendance as guidance records, the recording in the archive — both databases.</summary>
public abstract class GroupSessionAttendanceTests(AppFixture app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact, Trait("Clause", "7.1.2")]
    public async Task Late_materials_are_flagged_and_the_session_is_held_only_after_a_manager_records_why_and_each_attendee_gets_a_record()
    {
        var time = At(11, 23);
        await using var host = app.HostAt(time);
        using var counselor = await host.ClientAsAsync("counselor");
        // Friday 11-27: the materials are due by Wednesday 11-25.
        var s = await CreateAsync(counselor, Session(await StaffIdAsync(app, "counselor"), Date(11, 27), "灵活就业人员社保补贴政策宣讲"));
        var id = (long)s["id"]!;
        Assert.Equal("2026-11-25", (string?)s["materialsDeadline"]);
        var withCase = await WorkerAsync(counselor, "出席甲");
        var caseId = (long)(await OpenCaseAsync(counselor, withCase))["id"]!;
        var noCase = await WorkerAsync(counselor, "出席乙");
        var absent = await WorkerAsync(counselor, "缺席丙");
        foreach (var w in new[] { withCase, noCase, absent })
            await AddAsync(counselor, id, w);
        Assert.Equal(HttpStatusCode.Created, (await UploadAsync(counselor, id, ArchiveKit.Pdf(), "要点.pdf")).StatusCode);

        // The day after the deadline the scan flags it and tells the facilitator and the unit's managers, once.
        // (A bearer token lasts an hour: after each jump of the clock the users sign in again.)
        time.MoveTo(11, 26, 9);
        await ScanAsync(host);
        using var nextDay = await host.ClientAsAsync("counselor");
        Assert.NotNull((await nextDay.GetFromJsonOkAsync($"/api/v1/group-sessions/{id}"))["materialsFlaggedAt"]);
        var managerUser = (await DemoUsers.FindAsync(app, "manager")).Id;
        var told = await CountAsync(host, db => db.OutboxMessages.CountAsync(m => m.DedupKey.StartsWith($"gs:{id}:late:"), Ct));
        Assert.Equal(1, await CountAsync(host, db => db.OutboxMessages.CountAsync(m => m.DedupKey == $"gs:{id}:late:{managerUser}"
            && m.Channel == NotificationChannel.InApp, Ct)));
        await ScanAsync(host);
        Assert.Equal(told, await CountAsync(host, db => db.OutboxMessages.CountAsync(m => m.DedupKey.StartsWith($"gs:{id}:late:"), Ct)));
        var late = await nextDay.GetFromJsonOkAsync("/api/v1/group-sessions?materials=Late&status=Planned");
        Assert.Contains(late["items"].Objects(), l => (long)l["id"]! == id && (string?)l["materialsState"] == "Late");
        var early = await nextDay.PostJsonAsync($"/api/v1/group-sessions/{id}/held", Held(withCase)).ProblemAsync(HttpStatusCode.UnprocessableEntity);
        Assert.NotNull(early["errors"]!["attendedWorkerIds"]);

        time.MoveTo(11, 27, 16);
        using var after = await host.ClientAsAsync("counselor");
        using var manager = await host.ClientAsAsync("manager");
        var latePage = await manager.GetStringAsync($"/GroupSessions/Details/{id}", Ct);
        Assert.Contains("宣讲材料未在期限前发送给参加者。", latePage, StringComparison.Ordinal);
        Assert.Contains("name=\"Held.LateReason\"", latePage, StringComparison.Ordinal);
        var refused = await after.PostJsonAsync($"/api/v1/group-sessions/{id}/held", Held(withCase, noCase)).ProblemAsync(HttpStatusCode.UnprocessableEntity);
        Assert.NotNull(refused["errors"]!["lateReason"]);
        var byCounselor = Held(withCase, noCase);
        byCounselor["lateReason"] = "材料未能及时定稿";
        await after.PostJsonAsync($"/api/v1/group-sessions/{id}/held", byCounselor).ProblemAsync(HttpStatusCode.Forbidden);
        var excused = await manager.PostOkAsync($"/api/v1/group-sessions/{id}/late-reason", new JsonObject { ["reason"] = "主讲人临时出差，材料未能按时定稿" });
        Assert.Equal("陈晓梅", (string?)excused["lateReasonByName"]);

        var held = await after.PostOkAsync($"/api/v1/group-sessions/{id}/held", Held(withCase, noCase));
        Assert.Equal("Held", (string?)held["status"]);
        Assert.Equal("Late", (string?)held["materialsState"]);
        Assert.NotNull(Participant(held, withCase)["guidanceRecordId"]);
        Assert.NotNull(Participant(held, noCase)["guidanceRecordId"]);
        Assert.Null(Participant(held, absent)["guidanceRecordId"]);
        Assert.False((bool)Participant(held, absent)["attended"]!);
        await using (var scope = host.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var onCase = await db.GuidanceRecords.SingleAsync(r => r.Id == (long)Participant(held, withCase)["guidanceRecordId"]!, Ct);
            Assert.Equal((caseId, ServiceKind.PolicyConsultation, Channel.Offline, 90), (onCase.CaseId, onCase.Kind, onCase.Channel, onCase.DurationMinutes));
            Assert.Contains("灵活就业人员社保补贴政策宣讲", onCase.Content, StringComparison.Ordinal);
            var onWorker = await db.GuidanceRecords.SingleAsync(r => r.Id == (long)Participant(held, noCase)["guidanceRecordId"]!, Ct);
            Assert.Equal((noCase, (long?)null), (onWorker.WorkerId, onWorker.CaseId));
            Assert.False(await db.GuidanceRecords.AnyAsync(r => r.WorkerId == absent, Ct));
        }
        var heldPage = await after.GetStringAsync($"/GroupSessions/Details/{id}", Ct);
        Assert.Contains("主讲人临时出差，材料未能按时定稿", heldPage, StringComparison.Ordinal);
        Assert.Contains("已写入指导记录", heldPage, StringComparison.Ordinal);
        var timeline = await after.GetFromJsonOkAsync($"/api/v1/cases/{caseId}");
        Assert.Contains(timeline["records"].Objects(), r => ((string?)r["content"])?.Contains("灵活就业人员社保补贴政策宣讲", StringComparison.Ordinal) == true);
    }

    [Fact, Trait("Clause", "7.1.2"), Trait("Clause", "7.2.2")]
    public async Task The_recording_is_stored_once_and_archived_only_for_attendees_who_consented_and_refused_when_none_did()
    {
        var time = At(11, 23);
        await using var host = app.HostAt(time);
        using var counselor = await host.ClientAsAsync("counselor");
        var me = await StaffIdAsync(app, "counselor");
        var consenting = await WorkerAsync(counselor, "录音甲");
        var caseId = (long)(await OpenCaseAsync(counselor, consenting))["id"]!;
        var silent = await WorkerAsync(counselor, "录音乙");
        var textOnly = await WorkerAsync(counselor, "录音丁", "Text");
        var s = (long)(await CreateAsync(counselor, Session(me, Date(11, 25), "求职心态调适讲座", items: "CareerGuidance")))["id"]!;
        var none = (long)(await CreateAsync(counselor, Session(me, Date(11, 25), "无人同意录音的讲座", items: "CareerGuidance")))["id"]!;
        await AddAsync(counselor, s, consenting, consent: true);
        await AddAsync(counselor, s, silent);
        await AddAsync(counselor, s, textOnly);
        await counselor.PostOkAsync($"/api/v1/group-sessions/{s}/participants/{textOnly}/recording-consent", new JsonObject { ["consent"] = true });
        await AddAsync(counselor, none, silent);
        foreach (var id in new[] { s, none })
        {
            await UploadAsync(counselor, id, ArchiveKit.Pdf(), "讲义.pdf");
            await counselor.PostOkAsync($"/api/v1/group-sessions/{id}/materials/send", new JsonObject());
        }
        time.MoveTo(11, 25, 16);
        using var staff = await host.ClientAsAsync("counselor");
        await staff.PostOkAsync($"/api/v1/group-sessions/{s}/held", Held(consenting, silent, textOnly));
        await staff.PostOkAsync($"/api/v1/group-sessions/{none}/held", Held(silent));

        var filesBefore = await CountAsync(host, db => db.StoredFiles.CountAsync(Ct));
        var refused = await (await UploadAsync(staff, none, Wav(), "讲座录音.wav", "recording")).BodyAsync();
        Assert.Equal(422, (int)refused["status"]!);
        Assert.Contains("没有人同意", (string)refused["title"]!, StringComparison.Ordinal);
        Assert.Equal(filesBefore, await CountAsync(host, db => db.StoredFiles.CountAsync(Ct)));

        var uploaded = await UploadAsync(staff, s, Wav(), "讲座录音.wav", "recording");
        Assert.Equal(HttpStatusCode.Created, uploaded.StatusCode);
        var view = await uploaded.BodyAsync();
        Assert.Equal((1, 2), ((int)view["recordingFiled"]!, (int)view["recordingLeftOut"]!));
        Assert.Equal("Filed", (string?)Participant(view, consenting)["recordingOutcome"]);
        Assert.Equal("NoConsent", (string?)Participant(view, silent)["recordingOutcome"]);
        Assert.Equal("AgreementExcludes", (string?)Participant(view, textOnly)["recordingOutcome"]);
        Assert.Equal(filesBefore + 1, await CountAsync(host, db => db.StoredFiles.CountAsync(Ct)));

        var page = await staff.GetStringAsync($"/GroupSessions/Details/{s}", Ct);
        Assert.Contains("未归档：未同意录音录像", page, StringComparison.Ordinal);
        Assert.Contains("未归档：服务协议未约定保存录音录像（7.2.1）", page, StringComparison.Ordinal);
        var archive = await staff.GetFromJsonOkAsync($"/api/v1/cases/{caseId}/archive");
        Assert.Single(archive["items"].Objects(), i => (string?)i["kind"] == "GroupRecording");
        var d = archive["completeness"].Objects().Single(k => (string?)k["kind"] == "GroupRecording");
        Assert.Equal((1, 1), ((int)d["required"]!, (int)d["filed"]!));
        Assert.Equal(0, await CountAsync(host, db => db.ArchiveItems.CountAsync(i => i.WorkerId == silent || i.WorkerId == textOnly, Ct)));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, (await UploadAsync(staff, s, Wav(), "again.wav", "recording")).StatusCode);
        Assert.Equal(filesBefore + 1, await CountAsync(host, db => db.StoredFiles.CountAsync(Ct)));
    }

    [Fact, Trait("Clause", "7.1.2")]
    public async Task A_worker_signs_up_in_the_portal_with_recording_consent_and_downloads_the_materials_once_sent()
    {
        var time = At(11, 23);
        await using var host = app.HostAt(time);
        using var counselor = await host.ClientAsAsync("counselor");
        using var worker = await host.ClientAsAsync("worker");
        var me = (await DemoUsers.FindAsync(app, "worker")).WorkerId!.Value;
        var id = (long)(await CreateAsync(counselor, Session(await StaffIdAsync(app, "counselor"), Date(12, 4), "高校毕业生求职补贴政策宣讲")))["id"]!;

        var offered = (await worker.GetAsync("/api/v1/portal/group-sessions", Ct).OkArrayAsync()).Objects().Single(x => (long)x["id"]! == id);
        Assert.True((bool)offered["canSignUp"]!);
        var signed = await worker.PostOkAsync($"/api/v1/portal/group-sessions/{id}/sign-up", new JsonObject { ["recordingConsent"] = true });
        Assert.True((bool)signed["signedUp"]!);
        Assert.Empty(signed["materials"]!.AsArray());
        var staffView = await counselor.GetFromJsonOkAsync($"/api/v1/group-sessions/{id}");
        Assert.Equal(("Portal", true), ((string?)Participant(staffView, me)["source"], (bool)Participant(staffView, me)["recordingConsent"]!));
        Assert.True(await CountAsync(host, db => db.ConsentRecords.CountAsync(c => c.WorkerId == me && c.Kind == ConsentKind.Recording && c.Channel == Channel.Online, Ct)) > 0);
        Assert.Equal(HttpStatusCode.NotFound, (await worker.GetAsync($"/api/v1/portal/group-sessions/{id}/materials/1/content", Ct)).StatusCode);

        await UploadAsync(counselor, id, ArchiveKit.Pdf("handout"), "讲义.pdf");
        await counselor.PostOkAsync($"/api/v1/group-sessions/{id}/materials/send", new JsonObject());
        Assert.Contains("data-prompt=\"group-materials\"", await worker.GetStringAsync("/Portal", Ct), StringComparison.Ordinal);
        Assert.Equal(ArchiveKit.Pdf("handout"), await worker.GetByteArrayAsync($"/api/v1/portal/group-sessions/{id}/materials/1/content", Ct));
        Assert.NotNull(Participant(await counselor.GetFromJsonOkAsync($"/api/v1/group-sessions/{id}"), me)["materialsOpenedAt"]);

        Assert.Equal(HttpStatusCode.NoContent, (await worker.PostAsync($"/api/v1/portal/group-sessions/{id}/cancel", null, Ct)).StatusCode);
        Assert.False((bool)(await worker.GetAsync("/api/v1/portal/group-sessions", Ct).OkArrayAsync()).Objects().Single(x => (long)x["id"]! == id)["signedUp"]!);
        time.MoveTo(12, 4, 15);
        using var later = await host.ClientAsAsync("worker");
        var tooLate = await later.PostJsonAsync($"/api/v1/portal/group-sessions/{id}/sign-up", new JsonObject()).ProblemAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Contains("已开始", (string)tooLate["title"]!, StringComparison.Ordinal);
    }
}

[Collection(OnSqlite.Name)]
public sealed class GroupSessionAttendanceSqliteTests(SqliteApp app) : GroupSessionAttendanceTests(app);

[Collection(OnPostgres.Name)]
public sealed class GroupSessionAttendancePostgresTests(PostgresApp app) : GroupSessionAttendanceTests(app);
