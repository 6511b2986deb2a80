using System.Net;
using System.Text.Json.Nodes;
using GuidanceDesk.Tests.Features.Guidance;
using GuidanceDesk.Tests.Support;
using GuidanceDesk.Web.Data;
using GuidanceDesk.Web.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static GuidanceDesk.Tests.Features.Guidance.GuidanceKit;
using static GuidanceDesk.Tests.Features.Safety.SafetyKit;

namespace GuidanceDesk.Tests.Features.Safety;

/// <summary>Case referral (8.1) through the HTTP API, on both databases.</summary>
public abstract class ReferralTests(AppFixture app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact, Trait("Clause", "8.1.2")]
    public async Task A_referral_is_not_sent_without_the_workers_consent_and_goes_once_consent_is_recorded_in_person()
    {
        using var counselor = await app.ClientAsAsync("counselor");
        var (_, caseId) = await CaseWithRecordAsync(counselor, "转介同意");
        var receiver = await StaffIdAsync(app, "counselor2");
        var draft = await counselor.PostOkAsync("/api/v1/case-referrals", ToCounselor(caseId, receiver));
        var id = (long)draft["id"]!;
        Assert.Equal("Draft", (string?)draft["status"]);

        var refused = await counselor.PostJsonAsync($"/api/v1/case-referrals/{id}/send", new JsonObject()).ProblemAsync(HttpStatusCode.UnprocessableEntity);
        Assert.NotNull(refused["errors"]!["consent"]);
        Assert.Contains("同意", (string)refused["title"]!, StringComparison.Ordinal);
        var unticked = await counselor.PostJsonAsync($"/api/v1/case-referrals/{id}/consent", new JsonObject { ["consent"] = false })
            .ProblemAsync(HttpStatusCode.BadRequest);
        Assert.NotNull(unticked["errors"]!["consent"]);
        var second = await counselor.PostJsonAsync("/api/v1/case-referrals", ToCounselor(caseId, receiver)).ProblemAsync(HttpStatusCode.Conflict);
        Assert.Contains("进行中的转介", (string)second["title"]!, StringComparison.Ordinal);

        var consented = await counselor.PostOkAsync($"/api/v1/case-referrals/{id}/consent", new JsonObject { ["consent"] = true });
        Assert.Equal("Offline", (string?)consented["consentChannel"]);
        var sent = await counselor.PostOkAsync($"/api/v1/case-referrals/{id}/send", new JsonObject());
        Assert.Equal("Sent", (string?)sent["status"]);
        Assert.Equal(1, (int)sent["handedOverRecords"]!);
        Assert.NotNull(sent["answerDueOn"]);
        Assert.Equal(["Created", "ConsentRecorded", "Sent"], sent["events"].Objects().Select(e => (string)e["kind"]!));

        await using var scope = app.Scope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var referral = await db.CaseReferrals.SingleAsync(r => r.Id == id, Ct);
        var consent = await db.ConsentRecords.SingleAsync(c => c.Id == referral.ConsentRecordId, Ct);
        Assert.Equal((ConsentKind.CaseReferral, Channel.Offline, true), (consent.Kind, consent.Channel, consent.IsActive));
        var receiverUser = (await DemoUsers.FindAsync(app, "counselor2")).Id;
        Assert.True(await db.OutboxMessages.AnyAsync(m => m.RecipientId == receiverUser && m.DedupKey.StartsWith($"ref:{id}:sent:"), Ct));
    }

    [Fact, Trait("Clause", "8.1.3")]
    public async Task The_form_must_be_complete_and_it_prints_as_the_case_referral_form()
    {
        using var counselor = await app.ClientAsAsync("counselor");
        var (_, caseId) = await CaseWithRecordAsync(counselor, "转介表");
        var id = (long)(await counselor.PostOkAsync("/api/v1/case-referrals", ToCounselor(caseId, await StaffIdAsync(app, "counselor2"), complete: false)))["id"]!;
        await counselor.PostOkAsync($"/api/v1/case-referrals/{id}/consent", new JsonObject { ["consent"] = true });
        var incomplete = await counselor.PostJsonAsync($"/api/v1/case-referrals/{id}/send", new JsonObject()).ProblemAsync(HttpStatusCode.UnprocessableEntity);
        Assert.NotNull(incomplete["errors"]!["form.request"]);

        var updated = await counselor.PutJsonOkAsync($"/api/v1/case-referrals/{id}/form", new JsonObject { ["form"] = Form() });
        Assert.Equal("请评估其心理状况并提供咨询，稳定后告知我们继续职业指导。", (string?)updated["form"]!["request"]);
        await counselor.PostOkAsync($"/api/v1/case-referrals/{id}/send", new JsonObject());
        var locked = await System.Net.Http.Json.HttpClientJsonExtensions.PutAsJsonAsync(counselor, $"/api/v1/case-referrals/{id}/form",
            new JsonObject { ["form"] = Form() }, TestData.Json, Ct);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, locked.StatusCode);

        var pdf = await PdfAsync(counselor, $"/api/v1/case-referrals/{id}/form.pdf");
        if (PdfText(pdf) is { } text)
        {
            Assert.Contains("个案转介表", text, StringComparison.Ordinal);
            Assert.Contains("转介表", text, StringComparison.Ordinal);
            Assert.Contains("本人无法完成指导", text, StringComparison.Ordinal);
            Assert.Contains("随附指导记录", text, StringComparison.Ordinal);
            Assert.Contains("GD-7.2.2f", text, StringComparison.Ordinal);
        }
        await counselor.PostOkAsync($"/api/v1/case-referrals/{id}/cancel", new JsonObject { ["note"] = "测试结束" });
    }

    [Fact, Trait("Clause", "8.1.3")]
    public async Task An_accepted_referral_takes_the_cases_scheduled_follow_ups_to_the_receiver()
    {
        using var counselor = await app.ClientAsAsync("counselor");
        using var other = await app.ClientAsAsync("counselor2");
        var worker = await GuidanceSteps.NewWorkerAsync(counselor, "转介跟进", "EmploymentAssistanceTarget");
        var (caseId, _) = await GuidanceSteps.CaseInFollowUpAsync(counselor, worker, GuidanceSteps.Day(-10), GuidanceSteps.Today, 7);
        var id = await SentToAsync(counselor, caseId, await StaffIdAsync(app, "counselor2"));
        await other.PostOkAsync($"/api/v1/case-referrals/{id}/accept", new JsonObject { ["note"] = "已阅，接收" });

        // The follow-up due today is the receiver's now: on their worklist (and so in their reminders), in their name.
        const string Targets = "/api/v1/worklist?group=EmploymentAssistanceTarget";
        Assert.Contains((await other.GetFromJsonOkAsync(Targets))["overdueFollowUps"]!["items"].Objects(), i => (long)i["caseId"]! == caseId);
        var scheduled = (await other.GetFromJsonOkAsync($"/api/v1/cases/{caseId}"))["followUps"].Objects()
            .Where(f => (string?)f["status"] == "Scheduled").ToList();
        Assert.NotEmpty(scheduled);
        Assert.All(scheduled, f => Assert.Equal("王芳", (string?)f["counselorName"]));
    }

    [Fact, Trait("Clause", "8.1.3")]
    public async Task The_receiver_reads_the_records_from_sending_and_keeps_them_after_accepting_when_the_sender_loses_access()
    {
        using var counselor = await app.ClientAsAsync("counselor");
        using var other = await app.ClientAsAsync("counselor2");
        var (_, caseId) = await CaseWithRecordAsync(counselor, "转介接收");
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/api/v1/cases/{caseId}", Ct)).StatusCode);

        var id = await SentToAsync(counselor, caseId, await StaffIdAsync(app, "counselor2"));
        var studied = await other.GetFromJsonOkAsync($"/api/v1/cases/{caseId}");
        Assert.NotEmpty(studied["records"]!.AsArray());
        var accepted = await other.PostOkAsync($"/api/v1/case-referrals/{id}/accept", new JsonObject { ["note"] = "已阅，接收" });
        Assert.Equal("Accepted", (string?)accepted["status"]);
        Assert.NotNull(accepted["interviewDueOn"]);

        // The case is now the receiver's: the sender (a counselor) no longer reads it; the receiver does, records and all.
        Assert.Equal(HttpStatusCode.NotFound, (await counselor.GetAsync($"/api/v1/cases/{caseId}", Ct)).StatusCode);
        var taken = await other.GetFromJsonOkAsync($"/api/v1/cases/{caseId}");
        Assert.NotEmpty(taken["records"]!.AsArray());
        Assert.Equal(await StaffIdAsync(app, "counselor2"), (long)taken["counselorId"]!);
        Assert.Equal("王芳", (string?)taken["counselorName"]);
        // The receiver, of another unit, now records the guidance they give on the case.
        await other.PostOkAsync($"/api/v1/cases/{caseId}/records", RecordAnHourAgo());
        // The referral itself stays readable by its sender, and by the sending unit's manager.
        Assert.Equal("Accepted", (string?)(await counselor.GetFromJsonOkAsync($"/api/v1/case-referrals/{id}"))["status"]);
        using var manager = await app.ClientAsAsync("manager");
        Assert.Equal("Accepted", (string?)(await manager.GetFromJsonOkAsync($"/api/v1/case-referrals/{id}"))["status"]);

        // 8.1.4: the interview becomes the receiver's appointment and the worker is told by SMS.
        var when = DateTime.UtcNow.AddHours(8).AddDays(2);
        var booked = await other.PostOkAsync($"/api/v1/case-referrals/{id}/interview", new JsonObject
        {
            ["date"] = when.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), ["time"] = "10:00", ["minutes"] = 60, ["channel"] = "Offline",
        });
        Assert.Equal("InterviewBooked", (string?)booked["status"]);
        var done = await other.PostOkAsync($"/api/v1/case-referrals/{id}/outcome", new JsonObject { ["outcome"] = "面谈已进行，继续由本人提供职业指导" });
        Assert.Equal(["Created", "ConsentRecorded", "Sent", "Accepted", "InterviewBooked", "Completed"], done["events"].Objects().Select(e => (string)e["kind"]!));

        await using var scope = app.Scope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var appointment = await db.Appointments.SingleAsync(a => a.Id == (long)booked["appointmentId"]!, Ct);
        Assert.Equal((await StaffIdAsync(app, "counselor2"), BookingSource.CaseReferral), (appointment.CounselorId, appointment.Source));
        Assert.True(await db.OutboxMessages.AnyAsync(m => m.DedupKey.StartsWith($"ref:{id}:interview:worker") && m.Channel == NotificationChannel.Sms, Ct));
        var audited = await db.AuditEntries.Where(e => e.EntityType == "CaseReferral" && e.EntityId == id.ToString(System.Globalization.CultureInfo.InvariantCulture)).Select(e => e.Fields).ToListAsync(Ct);
        Assert.Contains("accepted", audited);
    }

    [Fact, Trait("Clause", "8.1.4")]
    public async Task A_declined_referral_needs_a_reason_and_the_receiver_loses_the_case_again()
    {
        using var counselor = await app.ClientAsAsync("counselor");
        using var other = await app.ClientAsAsync("counselor2");
        var (_, caseId) = await CaseWithRecordAsync(counselor, "转介拒绝");
        var id = await SentToAsync(counselor, caseId, await StaffIdAsync(app, "counselor2"));
        // Only the receiver answers: the sender cannot accept their own referral.
        Assert.Equal(HttpStatusCode.Forbidden, (await counselor.PostJsonAsync($"/api/v1/case-referrals/{id}/accept", new JsonObject())).StatusCode);
        var noReason = await other.PostJsonAsync($"/api/v1/case-referrals/{id}/decline", new JsonObject()).ProblemAsync(HttpStatusCode.UnprocessableEntity);
        Assert.NotNull(noReason["errors"]!["reason"]);
        var declined = await other.PostOkAsync($"/api/v1/case-referrals/{id}/decline", new JsonObject { ["note"] = "本人近期满负荷，无法接收" });
        Assert.Equal("Declined", (string?)declined["status"]);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/api/v1/cases/{caseId}", Ct)).StatusCode);
        Assert.Equal(caseId, (long)(await counselor.GetFromJsonOkAsync($"/api/v1/cases/{caseId}"))["id"]!);
        // A new referral may follow the declined one.
        var again = await counselor.PostOkAsync("/api/v1/case-referrals", ToCounselor(caseId, await StaffIdAsync(app, "counselor2")));
        await counselor.PostOkAsync($"/api/v1/case-referrals/{(long)again["id"]!}/cancel", new JsonObject { ["note"] = "改为转介外部机构" });
    }

    [Fact, Trait("Clause", "8.1.2")]
    public async Task The_worker_consents_in_the_portal_and_withdrawing_consent_stops_the_referral()
    {
        using var counselor = await app.ClientAsAsync("counselor");
        using var other = await app.ClientAsAsync("counselor2");
        using var worker = await app.ClientAsAsync("worker2");
        var workerId = (long)(await worker.GetFromJsonOkAsync("/api/v1/me/worker"))["id"]!;
        var caseId = await OpenCaseOfAsync(counselor, workerId);
        var id = (long)(await counselor.PostOkAsync("/api/v1/case-referrals", ToCounselor(caseId, await StaffIdAsync(app, "counselor2"))))["id"]!;

        var mine = await worker.GetAsync("/api/v1/case-referrals", Ct).OkArrayAsync();
        Assert.Contains(mine.Objects(), r => (long)r["id"]! == id);
        var consented = await worker.PostOkAsync($"/api/v1/case-referrals/{id}/consent", new JsonObject { ["consent"] = true });
        Assert.Equal("Online", (string?)consented["consentChannel"]);
        // A worker cannot send or answer: those are staff steps.
        Assert.Equal(HttpStatusCode.Forbidden, (await worker.PostJsonAsync($"/api/v1/case-referrals/{id}/send", new JsonObject())).StatusCode);
        await counselor.PostOkAsync($"/api/v1/case-referrals/{id}/send", new JsonObject());
        await other.PostOkAsync($"/api/v1/case-referrals/{id}/accept", new JsonObject());
        Assert.Equal(HttpStatusCode.OK, (await other.GetAsync($"/api/v1/cases/{caseId}", Ct)).StatusCode);

        var stopped = await worker.PostOkAsync($"/api/v1/case-referrals/{id}/withdraw-consent", new JsonObject { ["note"] = "想继续由原来的老师指导" });
        Assert.Equal("Cancelled", (string?)stopped["status"]);
        Assert.Equal("ConsentWithdrawn", (string?)stopped["events"]!.AsArray()[^1]!["kind"]);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/api/v1/cases/{caseId}", Ct)).StatusCode);
        var back = await counselor.GetFromJsonOkAsync($"/api/v1/cases/{caseId}");
        Assert.Equal(await StaffIdAsync(app, "counselor"), (long)back["counselorId"]!);
        await using var scope = app.Scope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var consentId = await db.CaseReferrals.Where(r => r.Id == id).Select(r => r.ConsentRecordId).SingleAsync(Ct);
        Assert.False((await db.ConsentRecords.SingleAsync(c => c.Id == consentId, Ct)).IsActive);
    }

    [Fact, Trait("Clause", "8.1.1")]
    public async Task A_case_is_referred_to_an_outside_agency_from_the_registry_and_the_sender_records_its_reply()
    {
        using var counselor = await app.ClientAsAsync("counselor");
        using var manager = await app.ClientAsAsync("manager");
        var created = await manager.PostJsonAsync("/api/v1/agencies", new JsonObject
        {
            ["name"] = "测试区法律援助中心", ["kind"] = "LegalAid", ["phone"] = "023-60009999", ["services"] = "劳动争议法律援助",
        });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var agencyId = (long)(await created.BodyAsync())["id"]!;
        Assert.Equal(HttpStatusCode.Forbidden, (await counselor.PostJsonAsync("/api/v1/agencies", new JsonObject { ["name"] = "x" })).StatusCode);
        var noContact = await manager.PostJsonAsync("/api/v1/agencies", new JsonObject { ["name"] = "无联系方式", ["kind"] = "Other", ["services"] = "x" })
            .ProblemAsync(HttpStatusCode.UnprocessableEntity);
        Assert.NotNull(noContact["errors"]!["phone"]);
        var registry = await counselor.GetAsync("/api/v1/agencies?kind=LegalAid", Ct).OkArrayAsync();
        Assert.Contains(registry.Objects(), a => (long)a["id"]! == agencyId);

        var (_, caseId) = await CaseWithRecordAsync(counselor, "转介机构");
        var id = (long)(await counselor.PostOkAsync("/api/v1/case-referrals", ToAgency(caseId, agencyId)))["id"]!;
        await counselor.PostOkAsync($"/api/v1/case-referrals/{id}/consent", new JsonObject { ["consent"] = true });
        var sent = await counselor.PostOkAsync($"/api/v1/case-referrals/{id}/send", new JsonObject());
        Assert.Contains("023-60009999", (string)sent["agencyContact"]!, StringComparison.Ordinal);
        // The case stays with its counselor: an agency does not read the system.
        Assert.Equal(HttpStatusCode.OK, (await counselor.GetAsync($"/api/v1/cases/{caseId}", Ct)).StatusCode);
        var replied = await counselor.PostOkAsync($"/api/v1/case-referrals/{id}/agency-reply", new JsonObject { ["accepted"] = true, ["reply"] = "张律师电话确认，下周二接待" });
        Assert.Equal("Accepted", (string?)replied["status"]);
        var done = await counselor.PostOkAsync($"/api/v1/case-referrals/{id}/outcome", new JsonObject { ["outcome"] = "已申请法律援助，劳动仲裁立案" });
        Assert.Equal("Completed", (string?)done["status"]);
        var chain = await counselor.GetAsync($"/api/v1/case-referrals?caseId={caseId}", Ct).OkArrayAsync();
        Assert.Single(chain);
    }

    [Fact, Trait("Clause", "8.1.4")]
    public async Task The_interview_deadline_counts_working_days_across_national_day_and_an_unbooked_interview_is_flagged_to_both_sides()
    {
        using var counselor = await app.ClientAsAsync("counselor");
        var (_, caseId) = await CaseWithRecordAsync(counselor, "转介期限");
        var id = await SentToAsync(counselor, caseId, await StaffIdAsync(app, "counselor2"));

        // Accepted on Wednesday 30 September 2026: 1–7 October are the National Day holiday and Saturday 10 October is an
        // adjusted working day, so three working days later is 10 October (a Monday-to-Friday count would say 5 October).
        await using (var host = app.HostAt(new Microsoft.Extensions.Time.Testing.FakeTimeProvider(new DateTimeOffset(2026, 9, 30, 2, 0, 0, TimeSpan.Zero))))
        {
            using var receiver = await host.ClientAsAsync("counselor2");
            var accepted = await receiver.PostOkAsync($"/api/v1/case-referrals/{id}/accept", new JsonObject());
            Assert.Equal("2026-10-10", (string?)accepted["interviewDueOn"]);
        }
        await using (var dueDay = app.HostAt(new Microsoft.Extensions.Time.Testing.FakeTimeProvider(new DateTimeOffset(2026, 10, 10, 2, 0, 0, TimeSpan.Zero))))
        {
            using var receiver = await dueDay.ClientAsAsync("counselor2");
            Assert.False((bool)(await receiver.GetFromJsonOkAsync($"/api/v1/case-referrals/{id}"))["interviewOverdue"]!);
        }
        await using var late = app.HostAt(new Microsoft.Extensions.Time.Testing.FakeTimeProvider(new DateTimeOffset(2026, 10, 12, 2, 0, 0, TimeSpan.Zero)));
        foreach (var user in new[] { "counselor2", "counselor", "manager" })
        {
            using var client = await late.ClientAsAsync(user);
            var open = await client.GetAsync("/api/v1/case-referrals?open=true", Ct).OkArrayAsync();
            var line = open.Objects().Single(r => (long)r["id"]! == id);
            Assert.True((bool)line["overdue"]!, user);
            Assert.Contains("待预约面谈", (string)line["detail"]!, StringComparison.Ordinal);
        }
        using var counselor2 = await app.ClientAsAsync("counselor2");
        var when = DateTime.UtcNow.AddHours(8).AddDays(3);
        await counselor2.PostOkAsync($"/api/v1/case-referrals/{id}/interview", new JsonObject
        {
            ["date"] = when.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), ["time"] = "15:00", ["channel"] = "Online",
        });
        using var resolved = await late.ClientAsAsync("manager");
        var after = await resolved.GetAsync("/api/v1/case-referrals?open=true", Ct).OkArrayAsync();
        Assert.False((bool)after.Objects().Single(r => (long)r["id"]! == id)["overdue"]!);
    }
}

[Collection(OnSqlite.Name)]
public sealed class ReferralSqliteTests(SqliteApp app) : ReferralTests(app);

[Collection(OnPostgres.Name)]
public sealed class ReferralPostgresTests(PostgresApp app) : ReferralTests(app);
