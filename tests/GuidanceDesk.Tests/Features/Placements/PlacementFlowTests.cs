using System.Net;
using System.Text.Json.Nodes;
using GuidanceDesk.Tests.Features.Guidance;
using GuidanceDesk.Tests.Support;
using GuidanceDesk.Web.Data;
using GuidanceDesk.Web.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static GuidanceDesk.Tests.Features.Guidance.GuidanceSteps;
using static GuidanceDesk.Tests.Features.Placements.PlacementKit;

namespace GuidanceDesk.Tests.Features.Placements;

/// <summary>A placement from match to hire over the HTTP API: letter, outcomes, the vacancy's count and the case closed.</summary>
public abstract class PlacementFlowTests(AppFixture app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact, Trait("Clause", "7.1.4")]
    public async Task A_placement_is_referred_with_a_letter_and_a_hire_fills_the_vacancy_and_closes_the_case_as_employed()
    {
        using var staff = await app.ClientAsAsync("counselor");
        var worker = await NewWorkerAsync(staff, "推荐录用", change: Wants("4-01-02-03", "500103", 4800));
        var caseId = (long)(await OpenCaseAsync(staff, worker))["id"]!;
        var vacancy = await VacancyAsync(app, "商品营业员", "4-01-02-03", "500103", 4500, 6000, posts: 1);

        var created = await staff.PostJsonAsync("/api/v1/placements", Placement(worker, vacancy));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var p = await created.BodyAsync();
        var id = (long)p["id"]!;
        Assert.Equal(caseId, (long?)p["caseId"]);
        Assert.Equal("Proposed", (string?)p["status"]);
        Assert.True((int)p["score"]! >= 90);
        await staff.PostJsonAsync("/api/v1/placements", Placement(worker, vacancy)).ProblemAsync(HttpStatusCode.Conflict);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, (await staff.GetAsync($"/api/v1/placements/{id}/letter.pdf", Ct)).StatusCode);

        var referred = await staff.PostJsonAsync($"/api/v1/placements/{id}/refer", new JsonObject()).OkAsync();
        Assert.Equal("Referred", (string?)referred["status"]);
        var pdf = await GuidanceKit.PdfAsync(staff, $"/api/v1/placements/{id}/letter.pdf");
        if (GuidanceKit.PdfText(pdf) is { } text)
        {
            Assert.Contains("职业介绍信", text, StringComparison.Ordinal);
            Assert.Contains("推荐录用", text, StringComparison.Ordinal);
            Assert.Contains("**********", text, StringComparison.Ordinal);
            Assert.Contains("回执", text, StringComparison.Ordinal);
        }

        var version = (int)referred["version"]!;
        var interviewed = await staff.PostOkAsync($"/api/v1/placements/{id}/outcome", new JsonObject
        {
            ["outcome"] = "Interviewed", ["interviewedOn"] = Today, ["version"] = version,
        });
        await staff.PostJsonAsync($"/api/v1/placements/{id}/outcome", new JsonObject { ["outcome"] = "Rejected", ["reason"] = "x", ["version"] = version })
            .ProblemAsync(HttpStatusCode.Conflict);
        var bad = await staff.PostJsonAsync($"/api/v1/placements/{id}/outcome", new JsonObject { ["outcome"] = "Hired" })
            .ProblemAsync(HttpStatusCode.BadRequest);
        Assert.NotNull(bad["errors"]!["startsOn"]);
        Assert.NotNull(bad["errors"]!["monthlyPay"]);

        var hired = await staff.PostOkAsync($"/api/v1/placements/{id}/outcome", new JsonObject
        {
            ["outcome"] = "Hired", ["startsOn"] = Day(7), ["monthlyPay"] = 5200, ["closeCase"] = true, ["version"] = (int)interviewed["version"]!,
        });
        Assert.Equal("Hired", (string?)hired["status"]);
        Assert.Equal("Filled", (string?)hired["vacancyStatus"]);

        var c = await staff.GetFromJsonOkAsync($"/api/v1/cases/{caseId}");
        Assert.Equal("Closed", (string?)c["stage"]);
        Assert.Equal("Employed", (string?)c["outcome"]!["kind"]);
        Assert.Equal(5200, (int)c["outcome"]!["monthlyPay"]!);
        await using var scope = app.Scope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        Assert.Equal(EmploymentStatus.Employed, (await db.Workers.SingleAsync(w => w.Id == worker, Ct)).EmploymentStatus);
        Assert.Equal(1, (await db.Vacancies.SingleAsync(v => v.Id == vacancy, Ct)).Hired);
        var audited = await db.AuditEntries.Where(a => a.EntityType == "Placement" && a.EntityId == id.ToString(System.Globalization.CultureInfo.InvariantCulture)).Select(a => a.Fields).ToListAsync(Ct);
        Assert.Contains("referred", audited);
        Assert.Contains("outcome:Hired", audited);
    }

    [Fact, Trait("Clause", "7.1.4")]
    public async Task A_placement_to_a_vacancy_that_is_not_open_is_refused_and_bad_input_gets_field_errors()
    {
        using var staff = await app.ClientAsAsync("counselor");
        var worker = await NewWorkerAsync(staff, "岗位已满", change: Wants("4-01-02-03", "500103", 4800));
        var filled = await VacancyAsync(app, "已招满岗位", "4-01-02-03", "500103", 4500, 6000, status: VacancyStatus.Filled);
        var refused = await staff.PostJsonAsync("/api/v1/placements", Placement(worker, filled)).ProblemAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Contains("不在招聘中", (string)refused["title"]!, StringComparison.Ordinal);
        Assert.NotNull(refused["errors"]!["vacancyId"]);
        var empty = await staff.PostJsonAsync("/api/v1/placements", new JsonObject { ["channel"] = "Offline" }).ProblemAsync(HttpStatusCode.BadRequest);
        Assert.NotNull(empty["errors"]!["workerId"]);
        Assert.NotNull(empty["errors"]!["vacancyId"]);

        var open = await VacancyAsync(app, "拒绝原因岗位", "4-01-02-03", "500103", 4500, 6000);
        var id = (long)(await (await staff.PostJsonAsync("/api/v1/placements", Placement(worker, open))).BodyAsync())["id"]!;
        await staff.PostOkAsync($"/api/v1/placements/{id}/refer", new JsonObject());
        var noReason = await staff.PostJsonAsync($"/api/v1/placements/{id}/outcome", new JsonObject { ["outcome"] = "Rejected" })
            .ProblemAsync(HttpStatusCode.BadRequest);
        Assert.NotNull(noReason["errors"]!["reason"]);
        var rejected = await staff.PostOkAsync($"/api/v1/placements/{id}/outcome", new JsonObject { ["outcome"] = "Rejected", ["reason"] = "沟通能力不足" });
        Assert.Equal("沟通能力不足", (string?)rejected["rejectionReason"]);
        // Once ended, the same worker may be put forward for the same vacancy again.
        Assert.Equal(HttpStatusCode.Created, (await staff.PostJsonAsync("/api/v1/placements", Placement(worker, open))).StatusCode);

        using var other = await app.ClientAsAsync("counselor2");
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/api/v1/placements/{id}", Ct)).StatusCode);
        var list = await staff.GetFromJsonOkAsync($"/api/v1/placements?workerId={worker}");
        Assert.Equal(2, (int)list["total"]!);
    }
}

[Collection(OnSqlite.Name)]
public sealed class PlacementFlowSqliteTests(SqliteApp app) : PlacementFlowTests(app);

[Collection(OnPostgres.Name)]
public sealed class PlacementFlowPostgresTests(PostgresApp app) : PlacementFlowTests(app);
