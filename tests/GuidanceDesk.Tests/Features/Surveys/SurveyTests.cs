using System.Net;
using System.Text.Json.Nodes;
using GuidanceDesk.Tests.Features.Guidance;
using GuidanceDesk.Tests.Support;
using GuidanceDesk.Web.Domain;
using static GuidanceDesk.Tests.Features.Guidance.GuidanceSteps;
using static GuidanceDesk.Tests.Features.Safety.SafetyKit;
using static GuidanceDesk.Tests.Features.Surveys.SurveyKit;

namespace GuidanceDesk.Tests.Features.Surveys;

/// <summary>Satisfaction surveys (9.2.1, 7.2.2g) through the HTTP API, on SQLite and PostgreSQL.</summary>
public abstract class SurveyTests(AppFixture app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact, Trait("Clause", "9.2.1"), Trait("Clause", "7.2.2")]
    public async Task Closing_a_case_invites_once_and_the_filed_form_is_kept_from_the_counselor()
    {
        using var counselor = await app.ClientAsAsync("counselor");
        var (_, caseId) = await CaseWithRecordAsync(counselor, "满意度结案");
        await counselor.PostOkAsync($"/api/v1/cases/{caseId}/close", new JsonObject
        {
            ["outcome"] = "Employed", ["employerName"] = "重庆某公司", ["occupationCode"] = "4-01-02-01", ["startedOn"] = Today,
            ["monthlyPay"] = 5200, ["reason"] = "已入职",
        });

        await ScanAsync(app);
        await ScanAsync(app); // a rerun (or a second instance) invites nobody twice
        var invitations = await QueryAsync(app, db => db.SatisfactionSurveys.Where(s => s.CaseId == caseId && s.Occasion == SurveyOccasion.CaseClosed)
            .Select(s => s.Id).ToList());
        var id = Assert.Single(invitations);
        var worker = await QueryAsync(app, db => db.GuidanceCases.Where(c => c.Id == caseId).Select(c => c.WorkerId).First());
        Assert.Equal(2, await QueryAsync(app, db => db.OutboxMessages.Count(m => m.DedupKey.StartsWith($"survey:case:{caseId}:closed"))));

        // The worker has no portal account: the custodian types in the paper form.
        using var custodian = await app.ClientAsAsync("custodian");
        var open = await custodian.GetAsync("/api/v1/surveys/open", Ct).OkArrayAsync();
        Assert.Contains(open.Objects(), i => (long)i["id"]! == id);
        await ExpectAsync(custodian.PostJsonAsync($"/api/v1/surveys/{id}/paper", Body(Answers(9, 8, 9, 8, 9, 2, 9), "指导人员很耐心")), HttpStatusCode.NoContent);
        await custodian.PostJsonAsync($"/api/v1/surveys/{id}/paper", Body(Answers(9, 8, 9, 8, 9, 2, 9))).ProblemAsync(HttpStatusCode.Conflict);
        // A counselor may not type one in (it would show them the answers).
        await counselor.PostJsonAsync($"/api/v1/surveys/{id}/paper", Body(Answers(1, 1, 1, 1, 1, 1, 1))).ProblemAsync(HttpStatusCode.Forbidden);

        await FileAllAsync(app);
        var asCustodian = await custodian.GetFromJsonOkAsync($"/api/v1/cases/{caseId}/archive");
        var item = asCustodian["items"]!.AsArray().Single(i => (string?)i!["kind"] == "SatisfactionForm")!;
        var g = asCustodian["completeness"]!.AsArray().Single(k => (string?)k!["kind"] == "SatisfactionForm")!;
        Assert.Equal((1, 1), ((int)g["required"]!, (int)g["filed"]!));
        var pdf = await custodian.GetByteArrayAsync($"/api/v1/archive/{item["id"]}/content", Ct);
        Assert.StartsWith("%PDF", System.Text.Encoding.ASCII.GetString(pdf, 0, 4), StringComparison.Ordinal);

        var asCounselor = await counselor.GetFromJsonOkAsync($"/api/v1/cases/{caseId}/archive");
        Assert.DoesNotContain(asCounselor["items"]!.AsArray(), i => (string?)i!["kind"] == "SatisfactionForm");
        Assert.Equal(HttpStatusCode.NotFound, (await counselor.GetAsync($"/api/v1/archive/{item["id"]}/content", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await counselor.GetAsync("/api/v1/surveys/open", Ct)).StatusCode);
        _ = worker;
    }

    [Fact, Trait("Clause", "9.2.1")]
    public async Task The_portal_user_sees_and_answers_once_and_never_reaches_another_workers_survey()
    {
        var me = (await DemoUsers.FindAsync(app, "worker")).WorkerId!.Value;
        var other = (await DemoUsers.FindAsync(app, "worker2")).WorkerId!.Value;
        var now = DateTimeOffset.UtcNow;
        var mine = await InviteAsync(app, me, now.AddMinutes(-5));
        var theirs = await InviteAsync(app, other, now.AddMinutes(-5));
        var expired = await InviteAsync(app, me, now.AddDays(-40), days: 30);
        using var worker = await app.ClientAsAsync("worker");

        var list = await worker.GetAsync("/api/v1/surveys/mine?open=true", Ct).OkArrayAsync();
        Assert.Contains(list.Objects(), i => (long)i["id"]! == mine);
        Assert.DoesNotContain(list.Objects(), i => (long)i["id"]! == theirs || (long)i["id"]! == expired);
        var home = await worker.GetStringAsync("/Portal", Ct);
        Assert.Contains("data-prompt=\"survey-open\"", home, StringComparison.Ordinal);
        var page = await worker.GetStringAsync("/Portal/Surveys", Ct);
        Assert.Contains($"/Portal/Surveys/Take?id={mine}", page, StringComparison.Ordinal);
        var form = await worker.GetStringAsync($"/Portal/Surveys/Take?id={mine}", Ct);
        Assert.Contains("name=\"Input.Answers[pq1]\"", form, StringComparison.Ordinal);

        // Field by field: a missing item and one out of range.
        var bad = Body(Answers(8, 8, 8, 8, 8, 2, 8));
        bad["answers"]!.AsObject().Remove("pq1");
        bad["answers"]!["lo2"] = 11;
        var problem = await worker.PostJsonAsync($"/api/v1/surveys/mine/{mine}/response", bad).ProblemAsync(HttpStatusCode.UnprocessableEntity);
        var errors = problem["errors"]!.AsObject();
        Assert.True(errors.ContainsKey("pq1") && errors.ContainsKey("lo2"), problem.ToJsonString());

        await ExpectAsync(worker.PostJsonAsync($"/api/v1/surveys/mine/{mine}/response", Body(Answers(8, 8, 8, 8, 8, 2, 8))), HttpStatusCode.NoContent);
        var again = await worker.PostJsonAsync($"/api/v1/surveys/mine/{mine}/response", Body(Answers(8, 8, 8, 8, 8, 2, 8))).ProblemAsync(HttpStatusCode.Conflict);
        Assert.Contains("重复提交", (string?)again["title"], StringComparison.Ordinal);
        var late = await worker.PostJsonAsync($"/api/v1/surveys/mine/{expired}/response", Body(Answers(8, 8, 8, 8, 8, 2, 8))).ProblemAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Contains("截止", (string?)late["title"], StringComparison.Ordinal);
        await worker.GetAsync($"/api/v1/surveys/mine/{theirs}", Ct).ProblemAsync(HttpStatusCode.NotFound);
        await worker.PostJsonAsync($"/api/v1/surveys/mine/{theirs}/response", Body(Answers(8, 8, 8, 8, 8, 2, 8))).ProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact, Trait("Clause", "9.2.1")]
    public async Task The_index_of_known_responses_is_the_hand_computed_figure_and_a_counselor_sees_no_small_aggregate()
    {
        var counselorStaff = (await DemoUsers.FindAsync(app, "counselor")).StaffMemberId;
        var worker = (await DemoUsers.FindAsync(app, "worker2")).WorkerId!.Value;
        // A period no other test writes in: three responses in 2019 Q2 and one invitation that expired unanswered.
        var at = new DateTimeOffset(2019, 5, 10, 2, 0, 0, TimeSpan.Zero);
        await RespondedAsync(app, worker, at, Answers(10, 8, 10, 7, 9, 1, 10), counselorStaff, "等候时间有点长");
        await RespondedAsync(app, worker, at.AddDays(1), Answers(7, 6, 8, 7, 8, 3, 8), counselorStaff);
        await RespondedAsync(app, worker, at.AddDays(2), Answers(4, 7, 6, 4, 5, 8, 4), counselorStaff);
        await InviteAsync(app, worker, at, days: 30, counselorId: counselorStaff);

        using var head = await app.ClientAsAsync("admin");
        var r = await head.GetFromJsonOkAsync("/api/v1/surveys/index?from=2019-04-01&to=2019-06-30");
        var o = r["overall"]!;
        // Hand computation (default weights image .15, expectation .15, quality .40, value .30), see IndexMathTests:
        // means 7, 7, 8, 6 → scores 66.67, 66.67, 77.78, 55.56 → index 10 + 10 + 31.11 + 16.67 = 67.78;
        // per-response indices 86.67, 69.44, 47.22, sd 19.775, t(2) 4.303 → CI 67.78 ± 49.13 = [18.7, 116.9].
        Assert.Equal(3, (int)o["responses"]!);
        Assert.Equal(67.8, (double)o["index"]!);
        Assert.Equal((18.7, 116.9), ((double)o["ciLow"]!, (double)o["ciHigh"]!));
        Assert.Equal(0.75, (double)o["responseRate"]!); // 3 answered of 4 settled invitations
        Assert.Equal(77.8, (double)o["latents"]!.AsArray().Single(l => (string?)l!["latent"] == "Quality")!["score"]!);
        Assert.Contains(r["comments"]!.AsArray(), c => (string?)c!["text"] == "等候时间有点长");
        var trend = r["trend"]!.AsArray();
        Assert.Equal(("2019Q2", 3), ((string?)trend[^1]!["quarter"], (int)trend[^1]!["responses"]!));

        // The counselor's own aggregate has 3 responses: under 5, nothing is shown, and no comments.
        using var counselor = await app.ClientAsAsync("counselor");
        var own = await counselor.GetFromJsonOkAsync("/api/v1/surveys/index?from=2019-04-01&to=2019-06-30&unitId=999");
        Assert.True((bool)own["overall"]!["suppressed"]!);
        Assert.Null(own["overall"]!["index"]);
        Assert.Empty(own["comments"]!.AsArray());

        var xlsx = await head.GetAsync("/api/v1/surveys/index/export.xlsx?from=2019-04-01&to=2019-06-30", Ct);
        Assert.Equal(HttpStatusCode.OK, xlsx.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", xlsx.Content.Headers.ContentType?.MediaType);
        var bytes = await xlsx.Content.ReadAsByteArrayAsync(Ct);
        Assert.Equal((byte)'P', bytes[0]);
        Assert.Equal((byte)'K', bytes[1]);
        var dashboard = await head.GetStringAsync("/Surveys?From=2019-04-01&To=2019-06-30", Ct);
        Assert.Contains("data-index>67.8<", dashboard, StringComparison.Ordinal);
        Assert.Contains("<svg", dashboard, StringComparison.Ordinal);
    }

    private static async Task ExpectAsync(Task<HttpResponseMessage> call, HttpStatusCode expected)
    {
        var response = await call;
        Assert.True(expected == response.StatusCode, $"expected {(int)expected}, got {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
    }
}

[Collection(OnSqlite.Name)]
public sealed class SurveySqliteTests(SqliteApp app) : SurveyTests(app);

[Collection(OnPostgres.Name)]
public sealed class SurveyPostgresTests(PostgresApp app) : SurveyTests(app);
