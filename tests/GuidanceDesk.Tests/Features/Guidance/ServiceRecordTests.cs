using System.Net;
using System.Text.Json.Nodes;
using GuidanceDesk.Tests.Support;
using static GuidanceDesk.Tests.Features.Guidance.GuidanceKit;
using static GuidanceDesk.Tests.Features.Guidance.GuidanceSteps;

namespace GuidanceDesk.Tests.Features.Guidance;

/// <summary>7.1.10 and 4.5: every service given is recorded in the worker's one timeline, with its channel.</summary>
public abstract class ServiceRecordTests(AppFixture app)
{
    [Fact, Trait("Clause", "7.1.10")]
    public async Task An_unemployment_registration_needs_its_fields_and_then_shows_in_the_case_timeline()
    {
        using var staff = await app.ClientAsAsync("counselor");
        var id = (long)(await OpenCaseAsync(staff, await NewWorkerAsync(staff, "失业登记")))["id"]!;

        var incomplete = await staff.PostJsonAsync($"/api/v1/cases/{id}/records",
            Record("UnemploymentRegistration", registration: new JsonObject { ["effectiveOn"] = Today }))
            .ProblemAsync(HttpStatusCode.UnprocessableEntity);
        Assert.True(incomplete["errors"]!.AsObject().ContainsKey("registration.unemploymentReason"), incomplete.ToJsonString());

        var view = await staff.PostOkAsync($"/api/v1/cases/{id}/records", Record("UnemploymentRegistration",
            registration: new JsonObject { ["effectiveOn"] = Today, ["unemploymentReason"] = "Dismissed" }));
        var record = view["records"].Objects().Single(r => (string?)r["kind"] == "UnemploymentRegistration");
        Assert.Equal("Dismissed", (string?)record["registration"]!["unemploymentReason"]);
        Assert.Equal(id, (long)record["caseId"]!);
        var entry = view["timeline"].Objects().Single(e => (string?)e["kind"] == "Record" && (long?)e["refId"] == (long)record["id"]!);
        Assert.Equal("失业登记", (string?)entry["title"]);
        Assert.Equal("Offline", (string?)entry["channel"]);
    }

    [Fact, Trait("Clause", "7.1.10")]
    public async Task An_employment_registration_with_a_wrong_credit_code_is_refused_field_by_field()
    {
        using var staff = await app.ClientAsAsync("counselor");
        var id = (long)(await OpenCaseAsync(staff, await NewWorkerAsync(staff, "就业登记")))["id"]!;
        var valid = TestData.NewCreditCode();
        var registration = new JsonObject
        {
            ["employerName"] = "重庆某科技有限公司", ["employerCreditCode"] = valid[..^1] + (valid[^1] == '0' ? "1" : "0"), ["effectiveOn"] = Today,
            ["employmentForm"] = "Employee", ["contractSigned"] = true,
        };
        var response = await staff.PostJsonAsync($"/api/v1/cases/{id}/records", Record("EmploymentRegistration", registration: registration.DeepClone().AsObject()));
        Assert.True(response.StatusCode is HttpStatusCode.BadRequest or HttpStatusCode.UnprocessableEntity, response.StatusCode.ToString());
        var problem = await response.BodyAsync();
        Assert.True(problem["errors"]!.AsObject().ContainsKey("registration.employerCreditCode"), problem.ToJsonString());
        Assert.Empty((await staff.GetFromJsonOkAsync($"/api/v1/cases/{id}"))["records"]!.AsArray());

        registration["employerCreditCode"] = valid;
        var view = await staff.PostOkAsync($"/api/v1/cases/{id}/records", Record("EmploymentRegistration", registration: registration.DeepClone().AsObject()));
        Assert.Equal("Employee", (string?)view["records"]![0]!["registration"]!["employmentForm"]);
    }

    [Fact, Trait("Clause", "7.1.10"), Trait("Clause", "4.5")]
    public async Task A_service_given_outside_the_case_joins_the_workers_open_case_and_every_record_carries_its_channel()
    {
        using var staff = await app.ClientAsAsync("counselor");
        var workerId = await NewWorkerAsync(staff, "案外服务");
        var id = (long)(await OpenCaseAsync(staff, workerId))["id"]!;
        await staff.PostOkAsync($"/api/v1/cases/{id}/records", Record());

        var online = Record("PolicyConsultation", channel: "Online");
        online["content"] = "线上讲解高校毕业生就业见习补贴政策";
        var added = await staff.PostOkAsync($"/api/v1/workers/{workerId}/records", online);
        var recordId = (long)added["id"]!;

        var view = await staff.GetFromJsonOkAsync($"/api/v1/cases/{id}");
        var records = view["records"].Objects().ToList();
        Assert.Equal(2, records.Count);
        var joined = records.Single(r => (long)r["id"]! == recordId);
        Assert.Equal(id, (long)joined["caseId"]!);
        Assert.Equal("Online", (string?)joined["channel"]);
        Assert.All(records, r => Assert.True((string?)r["channel"] is "Online" or "Offline", r.ToJsonString()));
        Assert.Equal("Online", (string?)view["timeline"].Objects().Single(e => (long?)e["refId"] == recordId && (string?)e["kind"] == "Record")["channel"]);
    }

    [Fact, Trait("Clause", "7.2.2")]
    public async Task The_process_record_form_prints_as_a_PDF()
    {
        using var staff = await app.ClientAsAsync("counselor");
        var id = (long)(await OpenCaseAsync(staff, await NewWorkerAsync(staff, "档案测试员")))["id"]!;
        var view = await staff.PostOkAsync($"/api/v1/cases/{id}/records", Record("UnemploymentRegistration",
            registration: new JsonObject { ["effectiveOn"] = Today, ["unemploymentReason"] = "ContractEnded" }));
        var recordId = (long)view["records"]![0]!["id"]!;

        var pdf = await PdfAsync(staff, $"/api/v1/cases/{id}/records/{recordId}/form.pdf");
        if (PdfText(pdf) is { } text)
        {
            Assert.Contains("职业指导过程记录表", text, StringComparison.Ordinal);
            Assert.Contains("档案测试员", text, StringComparison.Ordinal);
            Assert.Contains("失业登记", text, StringComparison.Ordinal);
            Assert.Contains("分析职业兴趣，讲解求职方法", text, StringComparison.Ordinal);
        }
        using var other = await app.ClientAsAsync("counselor2");
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/api/v1/cases/{id}/records/{recordId}/form.pdf", TestContext.Current.CancellationToken)).StatusCode);
    }
}

[Collection(OnSqlite.Name)]
public sealed class ServiceRecordSqliteTests(SqliteApp app) : ServiceRecordTests(app);

[Collection(OnPostgres.Name)]
public sealed class ServiceRecordPostgresTests(PostgresApp app) : ServiceRecordTests(app);
