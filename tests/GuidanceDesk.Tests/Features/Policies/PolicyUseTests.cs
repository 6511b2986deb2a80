using System.Net;
using System.Text.Json.Nodes;
using GuidanceDesk.Tests.Features.Guidance;
using GuidanceDesk.Tests.Support;
using static GuidanceDesk.Tests.Features.Policies.PolicyKit;

namespace GuidanceDesk.Tests.Features.Policies;

/// <summary>
/// What the library is for beyond keeping it: the 待复核 flag that keeps it current (7.1.1), what the public may read
/// (4.3, 7.1.1) and policy consultation recorded on a case (5.1a); on both databases.
/// </summary>
public abstract class PolicyUseTests(AppFixture app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact, Trait("Clause", "7.1.1")]
    public async Task Documents_past_their_review_or_expiry_date_are_flagged_to_managers_until_reviewed()
    {
        using var manager = await app.ClientAsAsync("manager");
        var due = await PublishedAsync(manager, Document("测试到期复核政策", reviewDue: D(-1)));
        var current = await PublishedAsync(manager, Document("测试未到复核政策", reviewDue: D(30)));
        var expired = await PublishedAsync(manager, Document("测试已失效政策", reviewDue: D(30), effective: D(-400), expires: D(-2)));
        var (draft, _) = await CreateAsync(manager, Document("测试草稿复核政策", reviewDue: D(-5)));

        var flagged = (await manager.GetFromJsonOkAsync("/api/v1/policy-documents?overdue=true&pageSize=200"))["items"].Objects().ToList();
        Assert.Contains(flagged, d => (long)d["id"]! == due && (bool)d["isOverdue"]!);
        Assert.Contains(flagged, d => (long)d["id"]! == expired && (bool)d["isExpired"]!);
        Assert.DoesNotContain(flagged, d => (long)d["id"]! == current || (long)d["id"]! == draft);
        Assert.All(flagged, d => Assert.True((bool)d["isOverdue"]!));
        var home = await PageAsync(manager, "/");
        Assert.Contains("待复核的政策文件", home, StringComparison.Ordinal);
        Assert.Contains("data-stat=\"policies\"", home, StringComparison.Ordinal);
        Assert.Contains("测试到期复核政策", await PageAsync(manager, "/Policies?Overdue=true"), StringComparison.Ordinal);
        using var counselor = await app.ClientAsAsync("counselor");
        Assert.DoesNotContain("data-stat=\"policies\"", await PageAsync(counselor, "/"), StringComparison.Ordinal);

        // Reviewed: still current, next review in a year; an expired one cannot be waved through.
        var reviewed = await manager.PostOkAsync($"/api/v1/policy-documents/{due}/review", new JsonObject());
        Assert.False((bool)reviewed["isOverdue"]!);
        Assert.Equal(Today.AddMonths(12).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), (string?)reviewed["reviewDue"]);
        await manager.PostJsonAsync($"/api/v1/policy-documents/{expired}/review", new JsonObject()).ProblemAsync(HttpStatusCode.UnprocessableEntity);
        var after = (await manager.GetFromJsonOkAsync("/api/v1/policy-documents?overdue=true&pageSize=200"))["items"].Objects();
        Assert.DoesNotContain(after, d => (long)d["id"]! == due);
        Assert.Contains(after, d => (long)d["id"]! == expired);
    }

    [Fact, Trait("Clause", "4.3"), Trait("Clause", "7.1.1")]
    public async Task The_public_reads_published_public_documents_only()
    {
        using var manager = await app.ClientAsAsync("manager");
        var published = await PublishedAsync(manager, Document("测试公开就业政策", tags: ["公开测试"]));
        var (draft, _) = await CreateAsync(manager, Document("测试未发布草稿政策", tags: ["公开测试"]));
        var internalDoc = await PublishedAsync(manager, Document("测试内部流程", kind: "InternalProcess", tags: ["公开测试"]));
        var repealed = await PublishedAsync(manager, Document("测试已废止政策", tags: ["公开测试"]));
        var ended = await manager.PostOkAsync($"/api/v1/policy-documents/{repealed}/repeal", new JsonObject { ["reason"] = "已被新政策废止" });
        Assert.Equal("Repealed", (string?)ended["status"]);

        using var anonymous = app.Anonymous();
        var list = (await anonymous.GetFromJsonOkAsync("/api/v1/public/policy-documents?tag=公开测试&pageSize=200"))["items"].Objects().ToList();
        Assert.Equal([published], list.Select(d => (long)d["id"]!));
        Assert.Equal("通俗摘要：测试公开就业政策", (string?)list[0]["summary"]);
        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync($"/api/v1/public/policy-documents/{published}", Ct)).StatusCode);
        foreach (var hidden in new[] { draft, internalDoc, repealed })
        {
            Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync($"/api/v1/public/policy-documents/{hidden}", Ct)).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync($"/Public/Policies/{hidden}", Ct)).StatusCode);
        }
        var page = await PageAsync(anonymous, $"/Public/Policies/{published}");
        Assert.Contains("通俗摘要：测试公开就业政策", page, StringComparison.Ordinal);
        var listPage = await PageAsync(anonymous, "/Public/Policies?Tag=公开测试");
        Assert.Contains("测试公开就业政策", listPage, StringComparison.Ordinal);
        Assert.DoesNotContain("测试未发布草稿政策", listPage, StringComparison.Ordinal);
        Assert.DoesNotContain("测试内部流程", listPage, StringComparison.Ordinal);
        // Staff still find the repealed one, by status; it is kept, not deleted.
        Assert.Contains((await manager.GetFromJsonOkAsync("/api/v1/policy-documents?status=Repealed&pageSize=200"))["items"].Objects(),
            d => (long)d["id"]! == repealed);
    }

    [Fact, Trait("Clause", "5.1a")]
    public async Task Recording_a_policy_consultation_creates_a_guidance_record_on_the_case()
    {
        using var manager = await app.ClientAsAsync("manager");
        var law = await PublishedAsync(manager, Document("测试咨询就业法", kind: "Law", number: "主席令第X号"));
        var policy = await PublishedAsync(manager, Document("测试咨询补贴政策", number: "渝人社发〔2026〕9号"));
        var (draft, _) = await CreateAsync(manager, Document("测试咨询草稿"));
        using var counselor = await app.ClientAsAsync("counselor");
        var caseId = (long)(await GuidanceSteps.OpenCaseAsync(counselor, await GuidanceSteps.NewWorkerAsync(counselor, "政策咨询")))["id"]!;
        var body = new JsonObject { ["documentIds"] = new JsonArray(law, policy), ["note"] = "符合一次性求职创业补贴条件", ["channel"] = "Offline" };

        var created = await counselor.PostJsonAsync($"/api/v1/cases/{caseId}/policy-consultations", body);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var made = await created.BodyAsync();
        var record = (await counselor.GetFromJsonOkAsync($"/api/v1/cases/{caseId}"))["records"].Objects()
            .Single(r => (long)r["id"]! == (long)made["guidanceRecordId"]!);
        Assert.Equal(["PolicyConsultation"], record["serviceItems"]!.AsArray().Select(i => (string)i!));
        Assert.Equal("PolicyConsultation", (string?)record["kind"]);
        var content = (string)record["content"]!;
        Assert.Contains("《测试咨询就业法》（主席令第X号，第1版）", content, StringComparison.Ordinal);
        Assert.Contains("《测试咨询补贴政策》（渝人社发〔2026〕9号，第1版）", content, StringComparison.Ordinal);
        Assert.Equal("符合一次性求职创业补贴条件", (string?)record["advice"]);

        body["documentIds"] = new JsonArray(draft);
        await counselor.PostJsonAsync($"/api/v1/cases/{caseId}/policy-consultations", body).ProblemAsync(HttpStatusCode.UnprocessableEntity);
        body["documentIds"] = new JsonArray();
        await counselor.PostJsonAsync($"/api/v1/cases/{caseId}/policy-consultations", body).ProblemAsync(HttpStatusCode.BadRequest);
        body["documentIds"] = new JsonArray(law);
        using var other = await app.ClientAsAsync("counselor2");
        Assert.Equal(HttpStatusCode.NotFound, (await other.PostJsonAsync($"/api/v1/cases/{caseId}/policy-consultations", body)).StatusCode);
        using var admin = await app.ClientAsAsync("admin");
        Assert.Equal(HttpStatusCode.Forbidden, (await admin.PostJsonAsync($"/api/v1/cases/{caseId}/policy-consultations", body)).StatusCode);
        var form = await PageAsync(counselor, $"/Policies/Consult?ids={law}&caseId={caseId}");
        Assert.Contains("测试咨询就业法", form, StringComparison.Ordinal);
        Assert.Contains($"/Policies/Consult?caseId={caseId}", await PageAsync(counselor, $"/Cases/Details/{caseId}"), StringComparison.Ordinal);
    }
}

[Collection(OnSqlite.Name)]
public sealed class PolicyUseSqliteTests(SqliteApp app) : PolicyUseTests(app);

[Collection(OnPostgres.Name)]
public sealed class PolicyUsePostgresTests(PostgresApp app) : PolicyUseTests(app);
