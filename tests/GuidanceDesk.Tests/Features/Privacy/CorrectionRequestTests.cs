using System.Net;
using System.Text.Json.Nodes;
using GuidanceDesk.Tests.Features.Guidance;
using GuidanceDesk.Tests.Support;
using GuidanceDesk.Web.Domain;
using static GuidanceDesk.Tests.Features.Guidance.GuidanceSteps;
using static GuidanceDesk.Tests.Features.Privacy.PrivacyKit;

namespace GuidanceDesk.Tests.Features.Privacy;

/// <summary>Correction requests (4.6.2b; PIPL art. 46): filed in the portal, handled by the unit's head or manager, on both databases.</summary>
public abstract class CorrectionRequestTests(AppFixture app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact, Trait("Clause", "4.6.2b")]
    public async Task A_phone_correction_is_due_in_15_working_days_accepted_and_applied_to_the_record_and_the_worker_sees_it_done()
    {
        using var counselor = await app.ClientAsAsync("counselor");
        var me = await PortalWorkerAsync(app, counselor, "更正本人");
        using var worker = await app.ClientAsAsync(me.UserName);
        var bad = await worker.PostJsonAsync("/api/v1/portal/privacy-requests", Correction("Phone", "12345")).ProblemAsync(HttpStatusCode.BadRequest);
        Assert.NotNull(bad["errors"]!["proposedValue"]);

        var newPhone = TestData.NewPhone();
        var filed = await FileAsync(worker, Correction("Phone", newPhone, "换了新号码"));
        var id = (long)filed["id"]!;
        Assert.Equal("Submitted", (string?)filed["status"]);
        using var head = await app.ClientAsAsync("head");
        var due = await head.GetFromJsonOkAsync($"/api/v1/calendar/working-days/add?date={Today}&days=15");
        Assert.Equal((string?)due["result"], (string?)filed["dueOn"]);
        await worker.PostJsonAsync("/api/v1/portal/privacy-requests", Correction("Phone", TestData.NewPhone())).ProblemAsync(HttpStatusCode.Conflict);

        // Only the unit's head and managers handle requests.
        Assert.Equal(HttpStatusCode.Forbidden, (await counselor.GetAsync("/api/v1/privacy-requests", Ct)).StatusCode);
        var queue = await head.GetFromJsonOkAsync("/api/v1/privacy-requests");
        Assert.Contains(queue["items"].Objects(), r => (long)r["id"]! == id && (string?)r["workerName"] == "更正本人");
        var view = await head.GetFromJsonOkAsync($"/api/v1/privacy-requests/{id}");
        Assert.Equal(newPhone, (string?)view["proposedValue"]);
        Assert.EndsWith(me.Phone[^4..], (string?)view["currentValue"], StringComparison.Ordinal);
        var version = (int)view["version"]!;

        await StepAsync(head, id, "accept", version + 3).ProblemAsync(HttpStatusCode.Conflict);
        var accepted = await StepAsync(head, id, "accept", version).OkAsync();
        Assert.Equal("Accepted", (string?)accepted["status"]);
        await StepAsync(head, id, "complete", version).ProblemAsync(HttpStatusCode.Conflict);
        var done = await StepAsync(head, id, "complete", (int)accepted["version"]!).OkAsync();
        Assert.Equal("Completed", (string?)done["status"]);
        Assert.Contains("联系电话", (string?)done["outcome"], StringComparison.Ordinal);

        // Applied through the registry: the record has the new number, and its own audit entry names the field.
        var revealed = await head.PostOkAsync($"/api/v1/workers/{me.Id}/reveal", new JsonObject { ["reason"] = "核对更正结果" });
        Assert.Equal(newPhone, (string?)revealed["phone"]);
        var (requestKey, workerKey) = (Key(id), Key(me.Id));
        var trail = await QueryAsync(app, db => db.AuditEntries.Where(a => (a.EntityType == "DataSubjectRequest" && a.EntityId == requestKey)
            || (a.EntityType == "Worker" && a.EntityId == workerKey && a.Action == AuditAction.Update)).Select(a => a.Fields).ToList());
        Assert.Contains(trail, f => f!.StartsWith("Correction", StringComparison.Ordinal));
        Assert.Contains("accepted", trail);
        Assert.Contains("completed", trail);
        Assert.Contains("phone", trail);

        var page = await worker.GetStringAsync("/Portal/Privacy", Ct);
        Assert.Contains($"data-request=\"{id}\"", page, StringComparison.Ordinal);
        Assert.Contains("data-status=\"Completed\"", page, StringComparison.Ordinal);
        var mine = await worker.GetAsync("/api/v1/portal/privacy-requests", Ct).OkArrayAsync();
        Assert.Equal("Completed", (string?)mine.Objects().Single(r => (long)r["id"]! == id)["status"]);
    }

    [Fact, Trait("Clause", "4.6.2b")]
    public async Task A_refusal_needs_a_reason_which_the_worker_reads_and_a_refused_request_cannot_be_completed()
    {
        using var counselor = await app.ClientAsAsync("counselor");
        var me = await PortalWorkerAsync(app, counselor, "拒绝本人");
        using var worker = await app.ClientAsAsync(me.UserName);
        await worker.PostJsonAsync("/api/v1/portal/privacy-requests", Correction("Other", null)).ProblemAsync(HttpStatusCode.BadRequest);
        var id = (long)(await FileAsync(worker, Correction("Other", null, "工作经历里的单位名称写错了")))["id"]!;

        using var manager = await app.ClientAsAsync("manager");
        var version = (int)(await manager.GetFromJsonOkAsync($"/api/v1/privacy-requests/{id}"))["version"]!;
        var noReason = await StepAsync(manager, id, "reject", version).ProblemAsync(HttpStatusCode.BadRequest);
        Assert.NotNull(noReason["errors"]!["reason"]);
        var rejected = await StepAsync(manager, id, "reject", version, new JsonObject { ["reason"] = "经核实，登记的单位名称与劳动合同一致" }).OkAsync();
        Assert.Equal("Rejected", (string?)rejected["status"]);
        await StepAsync(manager, id, "complete", (int)rejected["version"]!).ProblemAsync(HttpStatusCode.UnprocessableEntity);

        var page = await worker.GetStringAsync("/Portal/Privacy", Ct);
        Assert.Contains("经核实，登记的单位名称与劳动合同一致", page, StringComparison.Ordinal);
        Assert.Contains("data-status=\"Rejected\"", page, StringComparison.Ordinal);

        // Guidance staff do not handle requests, here or in another unit.
        using var other = await app.ClientAsAsync("counselor2");
        Assert.Equal(HttpStatusCode.Forbidden, (await other.GetAsync($"/api/v1/privacy-requests/{id}", Ct)).StatusCode);
    }

    [Fact, Trait("Clause", "4.6.2b")]
    public async Task The_portal_form_files_a_request_in_two_steps_and_the_queue_page_lists_it()
    {
        using var counselor = await app.ClientAsAsync("counselor");
        var me = await PortalWorkerAsync(app, counselor, "表单本人");
        using var worker = await app.ClientAsAsync(me.UserName);
        var choose = await worker.GetStringAsync("/Portal/Privacy/Request", Ct);
        Assert.Contains("Kind=Correction&amp;Field=Education", choose, StringComparison.Ordinal);
        var form = await worker.GetStringAsync("/Portal/Privacy/Request?Kind=Correction&Field=Education", Ct);
        Assert.Contains("name=\"Input.ProposedValue\"", form, StringComparison.Ordinal);
        Assert.Contains("value=\"Master\"", form, StringComparison.Ordinal);

        var id = (long)(await FileAsync(worker, Correction("Education", "Master")))["id"]!;

        using var head = await app.ClientAsAsync("head");
        Assert.Contains("href=\"/Privacy\"", await head.GetStringAsync("/", Ct), StringComparison.Ordinal);
        var list = await head.GetStringAsync("/Privacy", Ct);
        Assert.Contains($"href=\"/Privacy/Details?id={id}\"", list, StringComparison.Ordinal);
        var details = await head.GetStringAsync($"/Privacy/Details?id={id}", Ct);
        Assert.Contains("data-proposed", details, StringComparison.Ordinal);
        Assert.Contains("data-form=\"accept\"", details, StringComparison.Ordinal);
        Assert.Contains("data-form=\"reject\"", details, StringComparison.Ordinal);
    }
}

[Collection(OnSqlite.Name)]
public sealed class CorrectionRequestSqliteTests(SqliteApp app) : CorrectionRequestTests(app);

[Collection(OnPostgres.Name)]
public sealed class CorrectionRequestPostgresTests(PostgresApp app) : CorrectionRequestTests(app);
