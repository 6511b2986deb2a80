using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using GuidanceDesk.Tests.Features.Archive;
using GuidanceDesk.Tests.Features.Guidance;
using GuidanceDesk.Tests.Support;
using GuidanceDesk.Web.Domain;
using static GuidanceDesk.Tests.Features.Assessments.AssessmentKit;
using static GuidanceDesk.Tests.Features.GroupSessions.GroupSessionKit;
using static GuidanceDesk.Tests.Features.Guidance.GuidanceKit;
using static GuidanceDesk.Tests.Features.Guidance.GuidanceSteps;
using static GuidanceDesk.Tests.Features.Privacy.PrivacyKit;

namespace GuidanceDesk.Tests.Features.Privacy;

/// <summary>Withdrawing an optional consent in the portal stops what it allowed (4.6.2b; PIPL art. 15), on both databases.</summary>
public abstract class ConsentWithdrawalTests(AppFixture app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact, Trait("Clause", "4.6.2b"), Trait("Clause", "7.1.6")]
    public async Task Withdrawing_the_assessment_consent_cancels_the_plan_and_the_unfinished_assessment_takes_no_more_answers()
    {
        using var counselor = await app.ClientAsAsync("counselor");
        var me = await PortalWorkerAsync(app, counselor, "撤回测评");
        using var worker = await app.ClientAsAsync(me.UserName);
        var (plan, assessments) = await AgreedPlanAsync(counselor, worker, me.Id, await InstrumentAsync(counselor, "riasec-48"));
        await AnswerAsync(worker, assessments[0], 0, 3);

        var consent = await ConsentAsync(worker, "Assessment");
        Assert.True((bool)consent["optional"]! && (bool)consent["canWithdraw"]!);
        Assert.Equal(HttpStatusCode.NoContent, (await worker.PostAsync($"/api/v1/portal/consents/{consent["consent"]!["id"]}/withdraw", null, Ct)).StatusCode);

        var refused = await worker.PutAsync($"/api/v1/assessments/{assessments[0]}/answers", JsonContent.Create(new { item = 1, value = 4 }), Ct);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        Assert.Equal("Cancelled", (string?)(await counselor.GetFromJsonOkAsync($"/api/v1/assessments/plans/{plan}"))["status"]);
        Assert.Equal(AssessmentStatus.Voided, await QueryAsync(app, db => db.Assessments.Where(a => a.Id == assessments[0]).Select(a => a.Status).First()));
        Assert.NotNull((await ConsentAsync(worker, "Assessment"))["consent"]!["withdrawnAt"]);
        await worker.PostJsonAsync($"/api/v1/portal/consents/{consent["consent"]!["id"]}/withdraw", new JsonObject()).ProblemAsync(HttpStatusCode.UnprocessableEntity);
    }

    [Fact, Trait("Clause", "4.6.2b"), Trait("Clause", "7.2.1")]
    public async Task The_service_agreement_cannot_be_withdrawn_while_a_case_is_open_and_the_page_says_why()
    {
        using var counselor = await app.ClientAsAsync("counselor");
        var me = await PortalWorkerAsync(app, counselor, "协议撤回");
        await OpenCaseAsync(counselor, me.Id);
        using var worker = await app.ClientAsAsync(me.UserName);
        var agreement = await ConsentAsync(worker, "ServiceAgreement");
        Assert.False((bool)agreement["canWithdraw"]!);
        Assert.Contains("个案结束前不能撤回", (string?)agreement["explanation"], StringComparison.Ordinal);
        var refused = await worker.PostJsonAsync($"/api/v1/portal/consents/{agreement["consent"]!["id"]}/withdraw", new JsonObject())
            .ProblemAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Contains("个案结束前不能撤回", (string?)refused["title"], StringComparison.Ordinal);
        Assert.Contains("个案结束前不能撤回", await worker.GetStringAsync("/Portal/Privacy", Ct), StringComparison.Ordinal);

        // Someone else's consent is not theirs to withdraw (404, nothing leaks).
        using var other = await app.ClientAsAsync("worker2");
        Assert.Equal(HttpStatusCode.NotFound, (await other.PostAsync($"/api/v1/portal/consents/{agreement["consent"]!["id"]}/withdraw", null, Ct)).StatusCode);
    }

    [Fact, Trait("Clause", "4.6.2b"), Trait("Clause", "7.1.4")]
    public async Task Withdrawing_the_automated_recommendation_consent_stops_recommendations_at_once()
    {
        using var counselor = await app.ClientAsAsync("counselor");
        var me = await PortalWorkerAsync(app, counselor, "撤回推荐");
        Assert.Equal(HttpStatusCode.NoContent, (await counselor.PutAsync($"/api/v1/matching/workers/{me.Id}/choice",
            JsonContent.Create(new { refuses = false }), Ct)).StatusCode);
        Assert.False((bool)(await counselor.GetFromJsonOkAsync($"/api/v1/matching/workers/{me.Id}/vacancies"))["refused"]!);

        using var worker = await app.ClientAsAsync(me.UserName);
        var consent = await ConsentAsync(worker, "AutomatedRecommendations");
        Assert.Equal(HttpStatusCode.NoContent, (await worker.PostAsync($"/api/v1/portal/consents/{consent["consent"]!["id"]}/withdraw", null, Ct)).StatusCode);
        var after = await counselor.GetFromJsonOkAsync($"/api/v1/matching/workers/{me.Id}/vacancies");
        Assert.True((bool)after["refused"]!);
        Assert.Empty(after["items"]!.AsArray());
    }

    [Fact, Trait("Clause", "4.6.2b"), Trait("Clause", "7.2.1")]
    public async Task After_withdrawing_the_recording_consent_the_session_recording_is_not_archived_for_the_worker()
    {
        var time = At(11, 23);
        await using var host = app.HostAt(time);
        using var counselor = await host.ClientAsAsync("counselor");
        var me = await PortalWorkerAsync(app, counselor, "撤回录音");
        var other = await WorkerAsync(counselor, "保留录音");
        var s = (long)(await CreateAsync(counselor, Session(await StaffIdAsync(app, "counselor"), Date(11, 25), "撤回录音同意的讲座", items: "CareerGuidance")))["id"]!;
        await AddAsync(counselor, s, me.Id, consent: true);
        await AddAsync(counselor, s, other, consent: true);
        await UploadAsync(counselor, s, ArchiveKit.Pdf(), "讲义.pdf");
        await counselor.PostOkAsync($"/api/v1/group-sessions/{s}/materials/send", new JsonObject());

        using var worker = await host.ClientAsAsync(me.UserName);
        var consent = await ConsentAsync(worker, "Recording");
        Assert.Equal(HttpStatusCode.NoContent, (await worker.PostAsync($"/api/v1/portal/consents/{consent["consent"]!["id"]}/withdraw", null, Ct)).StatusCode);

        time.MoveTo(11, 25, 16);
        using var staff = await host.ClientAsAsync("counselor");
        await staff.PostOkAsync($"/api/v1/group-sessions/{s}/held", Held(me.Id, other));
        var uploaded = await UploadAsync(staff, s, Wav(), "讲座录音.wav", "recording");
        Assert.Equal(HttpStatusCode.Created, uploaded.StatusCode);
        var view = await uploaded.BodyAsync();
        Assert.Equal("NoConsent", (string?)Participant(view, me.Id)["recordingOutcome"]);
        Assert.Equal("Filed", (string?)Participant(view, other)["recordingOutcome"]);
        Assert.Equal(0, await QueryAsync(app, db => db.ArchiveItems.Count(i => i.WorkerId == me.Id && i.Kind == ArchiveKind.GroupRecording)));
    }

    /// <summary>The worker's latest consent of a kind, as the portal offers it (with whether and why it may be withdrawn).</summary>
    private static async Task<JsonObject> ConsentAsync(HttpClient worker, string kind) =>
        (await worker.GetAsync("/api/v1/portal/consents", Ct).OkArrayAsync()).Objects().First(c => (string?)c["consent"]!["kind"] == kind);
}

[Collection(OnSqlite.Name)]
public sealed class ConsentWithdrawalSqliteTests(SqliteApp app) : ConsentWithdrawalTests(app);

[Collection(OnPostgres.Name)]
public sealed class ConsentWithdrawalPostgresTests(PostgresApp app) : ConsentWithdrawalTests(app);
