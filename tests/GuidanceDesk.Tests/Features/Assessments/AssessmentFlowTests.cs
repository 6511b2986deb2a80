using System.Net;
using System.Text.Json.Nodes;
using GuidanceDesk.Tests.Features.Guidance;
using GuidanceDesk.Tests.Support;
using GuidanceDesk.Web.Data;
using GuidanceDesk.Web.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static GuidanceDesk.Tests.Features.Assessments.AssessmentKit;

namespace GuidanceDesk.Tests.Features.Assessments;

/// <summary>Assessment plan (7.1.6), administration and scoring (5.1c) through the HTTP API, on both databases.</summary>
public abstract class AssessmentFlowTests(AppFixture app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact, Trait("Clause", "7.1.6")]
    public async Task Nothing_is_administered_before_the_worker_agrees_and_the_agreement_records_an_assessment_consent()
    {
        using var staff = await app.ClientAsAsync("counselor");
        using var worker = await app.ClientAsAsync("worker");
        var workerId = await WorkerIdAsync(app);
        var riasec = await InstrumentAsync(staff, "riasec-48");
        var plan = (long)(await staff.PostOkAsync("/api/v1/assessments/plans", Plan(workerId, riasec)))["id"]!;
        var proposed = await staff.GetFromJsonOkAsync($"/api/v1/assessments/plans/{plan}");
        Assert.Equal("Proposed", (string?)proposed["status"]);
        Assert.Empty(proposed["assessments"]!.AsArray());

        var noConsent = await worker.PostJsonAsync($"/api/v1/assessments/plans/{plan}/agree", new JsonObject { ["consent"] = false })
            .ProblemAsync(HttpStatusCode.BadRequest);
        Assert.NotNull(noConsent["errors"]!["consent"]);
        var noPlan = await staff.PostJsonAsync("/api/v1/assessments/plans", new JsonObject { ["workerId"] = workerId, ["mode"] = "Online" })
            .ProblemAsync(HttpStatusCode.BadRequest);
        Assert.NotNull(noPlan["errors"]!["purpose"]);
        var noInstruments = Plan(workerId);
        var noTools = await staff.PostJsonAsync("/api/v1/assessments/plans", noInstruments).ProblemAsync(HttpStatusCode.BadRequest);
        Assert.NotNull(noTools["errors"]!["instrumentIds"]);

        var agreed = await worker.PostOkAsync($"/api/v1/assessments/plans/{plan}/agree", new JsonObject { ["consent"] = true });
        Assert.Equal("Agreed", (string?)agreed["status"]);
        Assert.Equal("Online", (string?)agreed["agreementChannel"]);
        Assert.Single(agreed["assessments"]!.AsArray());
        await worker.PostJsonAsync($"/api/v1/assessments/plans/{plan}/agree", new JsonObject { ["consent"] = true })
            .ProblemAsync(HttpStatusCode.UnprocessableEntity);

        await using var scope = app.Scope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var stored = await db.AssessmentPlans.SingleAsync(p => p.Id == plan, Ct);
        var consent = await db.ConsentRecords.SingleAsync(c => c.Id == stored.ConsentRecordId, Ct);
        Assert.Equal((ConsentKind.Assessment, workerId, Channel.Online), (consent.Kind, consent.WorkerId, consent.Channel));
        Assert.True(consent.IsActive);
    }

    [Fact, Trait("Clause", "5.1c")]
    public async Task The_worker_answers_one_item_at_a_time_can_resume_and_the_result_is_scored_as_computed_by_hand()
    {
        using var staff = await app.ClientAsAsync("counselor");
        using var worker = await app.ClientAsAsync("worker");
        var (plan, assessments) = await AgreedPlanAsync(staff, worker, await WorkerIdAsync(app), await InstrumentAsync(staff, "riasec-48"));
        var id = assessments.Single();

        await AnswerAsync(worker, id, 0, 4);
        await AnswerAsync(worker, id, 0, 1); // changing an answer keeps one row
        await AnswerAsync(worker, id, 1, 2);
        var resumed = await worker.GetFromJsonOkAsync($"/api/v1/assessments/{id}");
        Assert.Equal("InProgress", (string?)resumed["status"]);
        Assert.Equal(2, (int)resumed["answered"]!);
        Assert.Equal(2, (int)resumed["resumeAt"]!);
        Assert.Equal(1, (int)resumed["answers"]![0]!);

        var early = await worker.PostJsonAsync($"/api/v1/assessments/{id}/complete", new JsonObject()).ProblemAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Contains("还有 46 题未作答", (string)early["title"]!, StringComparison.Ordinal);
        var outOfRange = await worker.PutAsync($"/api/v1/assessments/{id}/answers", System.Net.Http.Json.JsonContent.Create(new { item = 2, value = 7 }), Ct)
            .ProblemAsync(HttpStatusCode.UnprocessableEntity);
        Assert.NotNull(outOfRange["errors"]!["value"]);
        await worker.PutAsync($"/api/v1/assessments/{id}/answers", System.Net.Http.Json.JsonContent.Create(new { item = 48, value = 3 }), Ct)
            .ProblemAsync(HttpStatusCode.UnprocessableEntity);

        var result = await CompleteRiasecAsync(worker, id, Sea);
        Assert.Equal("SEA", (string?)result["hollandCode"]);
        Assert.True((bool)result["tied"]!);
        Assert.StartsWith("一致性高", (string)result["consistency"]!, StringComparison.Ordinal);
        var scales = result["scales"]!.AsArray().ToDictionary(s => (string)s!["code"]!, s => ((int)s!["raw"]!, (int)s["percentile"]!));
        Assert.Equal((8, 3), scales["R"]);
        Assert.Equal((16, 21), scales["I"]);
        Assert.Equal((24, 61), scales["A"]);
        Assert.Equal((40, 99), scales["S"]);
        Assert.Equal((32, 91), scales["E"]);
        Assert.Equal((24, 61), scales["C"]);

        var after = await worker.PutAsync($"/api/v1/assessments/{id}/answers", System.Net.Http.Json.JsonContent.Create(new { item = 3, value = 1 }), Ct)
            .ProblemAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Contains("已提交", (string)after["title"]!, StringComparison.Ordinal);
        var planView = await staff.GetFromJsonOkAsync($"/api/v1/assessments/plans/{plan}");
        Assert.Equal("Completed", (string?)planView["status"]);
        Assert.NotNull(planView["assessments"]![0]!["activeSeconds"]);

        // Another worker, and staff of another unit, cannot reach it at all.
        using var other = await app.ClientAsAsync("worker2");
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/api/v1/assessments/{id}", Ct)).StatusCode);
        using var counselor2 = await app.ClientAsAsync("counselor2");
        Assert.Equal(HttpStatusCode.NotFound, (await counselor2.GetAsync($"/api/v1/assessments/plans/{plan}", Ct)).StatusCode);
    }

    [Fact, Trait("Clause", "5.1c")]
    public async Task A_paper_sheet_with_blanks_and_one_answer_throughout_is_scored_and_flagged_for_the_counselor()
    {
        using var staff = await app.ClientAsAsync("counselor");
        using var worker = await app.ClientAsAsync("worker");
        var (_, assessments) = await AgreedPlanAsync(staff, worker, await WorkerIdAsync(app), await InstrumentAsync(staff, "riasec-48"));
        var id = assessments.Single();
        var bad = await staff.PostJsonAsync($"/api/v1/assessments/{id}/paper", new JsonObject { ["answers"] = "3333x" })
            .ProblemAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Contains("第 5 题", (string)bad["title"]!, StringComparison.Ordinal);

        var sheet = "-" + new string('3', 47); // item 1 (R1) blank, the rest all "3"
        var result = await staff.PostOkAsync($"/api/v1/assessments/{id}/paper", new JsonObject { ["answers"] = sheet, ["minutes"] = 12 });
        var warnings = result["warnings"]!.AsArray().Select(w => (string)w!).ToList();
        Assert.Contains(warnings, w => w.Contains("未作答", StringComparison.Ordinal));
        Assert.Contains(warnings, w => w.Contains("同一选项", StringComparison.Ordinal));
        // R: 7 answers of 3 = 21, prorated 21 × 8 / 7 = 24.
        Assert.Equal(24, (int)result["scales"]!.AsArray().First(s => (string)s!["code"]! == "R")!["raw"]!);
        Assert.Equal("Paper", (string?)result["assessment"]!["administration"]);
        Assert.Equal(720, (int)result["assessment"]!["activeSeconds"]!);
    }

    [Fact, Trait("Clause", "7.1.6"), Trait("Clause", "4.4")]
    public async Task A_worker_who_withdraws_consent_stops_the_assessment_and_nothing_more_is_saved()
    {
        using var staff = await app.ClientAsAsync("counselor");
        using var worker = await app.ClientAsAsync("worker");
        var (plan, assessments) = await AgreedPlanAsync(staff, worker, await WorkerIdAsync(app), await InstrumentAsync(staff, "riasec-48"));
        var id = assessments.Single();
        await AnswerAsync(worker, id, 0, 3);
        var withdrawn = await worker.PostOkAsync($"/api/v1/assessments/plans/{plan}/cancel", new JsonObject { ["reason"] = "暂时不想测了" });
        Assert.Equal("Cancelled", (string?)withdrawn["status"]);
        Assert.Equal("Voided", (string?)withdrawn["assessments"]![0]!["status"]);
        await worker.PutAsync($"/api/v1/assessments/{id}/answers", System.Net.Http.Json.JsonContent.Create(new { item = 1, value = 3 }), Ct)
            .ProblemAsync(HttpStatusCode.UnprocessableEntity);

        await using var scope = app.Scope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var stored = await db.AssessmentPlans.SingleAsync(p => p.Id == plan, Ct);
        var consent = await db.ConsentRecords.SingleAsync(c => c.Id == stored.ConsentRecordId, Ct);
        Assert.False(consent.IsActive);
        Assert.Equal(1, await db.AssessmentAnswers.CountAsync(a => a.AssessmentId == id, Ct));
    }

    [Fact, Trait("Clause", "4.3")]
    public async Task A_new_instrument_version_is_added_as_data_and_never_replaces_a_loaded_one()
    {
        using var manager = await app.ClientAsAsync("manager");
        var json = await File.ReadAllTextAsync(Path.Combine(GuidanceDesk.Web.Features.Assessments.InstrumentCatalog.ShippedFolder, "work-values-1.0.json"), Ct);
        var again = await manager.PostAsync("/api/v1/instruments", new StringContent(json, System.Text.Encoding.UTF8, "application/json"), Ct)
            .ProblemAsync(HttpStatusCode.Conflict);
        Assert.Contains("新的版本号", (string)again["title"]!, StringComparison.Ordinal);
        var version = "9." + Random.Shared.Next(1, 1_000_000).ToString(System.Globalization.CultureInfo.InvariantCulture);
        var next = json.Replace("\"version\": \"1.0\"", $"\"version\": \"{version}\"", StringComparison.Ordinal);
        var created = await manager.PostAsync("/api/v1/instruments", new StringContent(next, System.Text.Encoding.UTF8, "application/json"), Ct);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var broken = await manager.PostAsync("/api/v1/instruments", new StringContent("{\"code\":\"x\"}", System.Text.Encoding.UTF8, "application/json"), Ct)
            .ProblemAsync(HttpStatusCode.UnprocessableEntity);
        Assert.NotNull(broken["errors"]!["definition"]);
        using var counselor = await app.ClientAsAsync("counselor");
        Assert.Equal(HttpStatusCode.Forbidden, (await counselor.PostAsync("/api/v1/instruments", new StringContent(next), Ct)).StatusCode);
    }
}

[Collection(OnSqlite.Name)]
public sealed class AssessmentFlowSqliteTests(SqliteApp app) : AssessmentFlowTests(app);

[Collection(OnPostgres.Name)]
public sealed class AssessmentFlowPostgresTests(PostgresApp app) : AssessmentFlowTests(app);
