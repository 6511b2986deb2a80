using System.Net;
using System.Text.Json.Nodes;
using GuidanceDesk.Tests.Features.Guidance;
using GuidanceDesk.Tests.Support;
using static GuidanceDesk.Tests.Features.Policies.PolicyKit;

namespace GuidanceDesk.Tests.Features.Policies;

/// <summary>The policy library (4.3b–c) through the HTTP API and its pages, on both databases.</summary>
public abstract class PolicyLibraryTests(AppFixture app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact, Trait("Clause", "4.3"), Trait("Clause", "7.1.1")]
    public async Task A_manager_keeps_a_document_with_versions_and_the_earlier_version_stays_readable()
    {
        using var manager = await app.ClientAsAsync("manager");
        var (id, etag) = await CreateAsync(manager, Document("测试稳岗返还政策", number: "渝人社发〔2026〕1号", effective: D(-10), tags: ["稳岗"]));
        var url = $"/api/v1/policy-documents/{id}";
        var draft = await manager.GetFromJsonOkAsync(url);
        Assert.Equal("Draft", (string?)draft["status"]);
        Assert.Equal(1, (int)draft["currentNumber"]!);

        // The catalogue entry, then the draft's content corrected in place: still one version.
        var catalog = new JsonObject { ["kind"] = "EmploymentPolicy", ["title"] = "测试稳岗返还政策", ["issuer"] = "重庆市人力资源和社会保障局", ["tags"] = new JsonArray("稳岗、失业保险") };
        var updated = await SendAsync(manager, HttpMethod.Put, url, catalog, etag).OkAsync();
        Assert.Equal(["稳岗", "失业保险"], updated["tags"]!.AsArray().Select(t => (string)t!));
        var stale = await SendAsync(manager, HttpMethod.Put, url, catalog, etag).ProblemAsync(HttpStatusCode.Conflict);
        Assert.Equal("urn:guidancedesk:concurrency", (string?)stale["type"]);
        var corrected = await SendAsync(manager, HttpMethod.Put, url + "/content", Content("更正后的摘要", "渝人社发〔2026〕1号", D(-10)),
            await ETagOf(manager, url)).OkAsync();
        Assert.Equal("更正后的摘要", (string?)corrected["summary"]);
        Assert.Single(corrected["versions"]!.AsArray());

        var published = await manager.PostAsync(url + "/publish", null, Ct).OkAsync();
        Assert.Equal("Published", (string?)published["status"]);
        // Published content does not change in place: that is a new version.
        var inPlace = await SendAsync(manager, HttpMethod.Put, url + "/content", Content("悄悄改掉的摘要"), await ETagOf(manager, url))
            .ProblemAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Contains("新版本", (string?)inPlace["title"], StringComparison.Ordinal);
        var noNote = Content("2027年新标准的摘要", "渝人社发〔2027〕2号", D(0));
        await SendAsync(manager, HttpMethod.Post, url + "/versions", noNote, await ETagOf(manager, url)).ProblemAsync(HttpStatusCode.BadRequest);
        noNote["changeNote"] = "按2027年文件更新补贴标准";
        var second = await SendAsync(manager, HttpMethod.Post, url + "/versions", noNote, await ETagOf(manager, url));
        Assert.Equal(HttpStatusCode.Created, second.StatusCode);
        Assert.EndsWith($"{url}/versions/2", second.Headers.Location!.ToString(), StringComparison.Ordinal);

        var now = await manager.GetFromJsonOkAsync(url);
        Assert.Equal(2, (int)now["currentNumber"]!);
        Assert.Equal("2027年新标准的摘要", (string?)now["summary"]);
        Assert.Equal("渝人社发〔2027〕2号", (string?)now["documentNumber"]);
        var first = await manager.GetFromJsonOkAsync(url + "/versions/1");
        Assert.False((bool)first["isCurrent"]!);
        Assert.Equal("更正后的摘要", (string?)first["summary"]);
        Assert.Equal("渝人社发〔2026〕1号", (string?)first["documentNumber"]);

        // Searched by number, title and tag; the staff page shows the earlier version on request.
        using var counselor = await app.ClientAsAsync("counselor");
        Assert.Contains((await counselor.GetFromJsonOkAsync("/api/v1/policy-documents?q=〔2027〕2号"))["items"].Objects(), d => (long)d["id"]! == id);
        Assert.Contains((await counselor.GetFromJsonOkAsync("/api/v1/policy-documents?tag=失业保险"))["items"].Objects(), d => (long)d["id"]! == id);
        Assert.DoesNotContain((await counselor.GetFromJsonOkAsync("/api/v1/policy-documents?q=不存在的文件名"))["items"].Objects(), d => (long)d["id"]! == id);
        var old = await PageAsync(counselor, $"/Policies/Details/{id}?v=1");
        Assert.Contains("更正后的摘要", old, StringComparison.Ordinal);
        Assert.Contains("按2027年文件更新补贴标准", old, StringComparison.Ordinal);
    }

    [Fact, Trait("Clause", "4.3")]
    public async Task A_counselor_reads_the_library_but_cannot_change_it()
    {
        using var manager = await app.ClientAsAsync("manager");
        var id = await PublishedAsync(manager, Document("测试只读政策"));
        var url = $"/api/v1/policy-documents/{id}";
        using var counselor = await app.ClientAsAsync("counselor");
        Assert.Equal(HttpStatusCode.OK, (await counselor.GetAsync(url, Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await counselor.PostJsonAsync("/api/v1/policy-documents", Document("越权登记"))).StatusCode);
        var etag = await ETagOf(counselor, url);
        var catalog = new JsonObject { ["kind"] = "Law", ["title"] = "越权修改", ["issuer"] = "某机关" };
        Assert.Equal(HttpStatusCode.Forbidden, (await SendAsync(counselor, HttpMethod.Put, url, catalog, etag)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await counselor.PostJsonAsync(url + "/repeal", new JsonObject { ["reason"] = "x" })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await UploadAsync(counselor, id, Archive.ArchiveKit.Pdf(), "a.pdf")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await counselor.PostJsonAsync("/api/v1/handbooks", new JsonObject { ["title"] = "x", ["audience"] = "y" })).StatusCode);
        // The pages agree: the library opens, the forms that change it do not.
        Assert.Contains("测试只读政策", await PageAsync(counselor, "/Policies?Q=测试只读政策"), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, (await counselor.GetAsync("/Policies/Edit", Ct)).StatusCode);
        using var worker = await app.ClientAsAsync("worker");
        Assert.Equal(HttpStatusCode.Forbidden, (await worker.GetAsync("/api/v1/policy-documents", Ct)).StatusCode);
        using var anonymous = app.Anonymous();
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync(url, Ct)).StatusCode);
    }

    [Fact, Trait("Clause", "4.3")]
    public async Task An_attachment_of_the_wrong_type_is_refused_and_nothing_is_stored()
    {
        using var manager = await app.ClientAsAsync("manager");
        var id = await PublishedAsync(manager, Document("测试附件政策"));
        int Stored()
        {
            using var db = app.CreateContext();
            return db.StoredFiles.Count(f => f.CreatedByUserId != "system");
        }
        var (storedBefore, localBefore) = (Stored(), Archive.ArchiveKit.LocalFiles(app));
        var exe = new byte[] { 0x4D, 0x5A, 0x90, 0x00, 0x03, 0x00, 0x00, 0x00, 0x04, 0x00 };
        var refused = await UploadAsync(manager, id, exe, "政策原文.pdf").ProblemAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Equal("urn:guidancedesk:file-refused", (string?)refused["type"]);
        Assert.True(refused["errors"]!.AsObject().ContainsKey("file"));
        Assert.Equal(storedBefore, Stored());
        Assert.Equal(localBefore, Archive.ArchiveKit.LocalFiles(app));
        Assert.Empty((await manager.GetFromJsonOkAsync($"/api/v1/policy-documents/{id}"))["attachments"]!.AsArray());

        // A real PDF is attached to the current version and served after its check; a new version starts without it.
        var pdf = Archive.ArchiveKit.Pdf("policy text");
        var attached = await UploadAsync(manager, id, pdf, "政策原文.pdf").OkAsync();
        var attachment = attached["attachments"]!.AsArray().Single()!;
        Assert.Equal(1, (int)attachment["versionNumber"]!);
        var download = await manager.GetAsync($"/api/v1/policy-documents/{id}/attachments/{attachment["id"]}/content", Ct);
        Assert.Equal(pdf, await download.Content.ReadAsByteArrayAsync(Ct));
        var next = Content("新版本摘要");
        next["changeNote"] = "修订";
        await SendAsync(manager, HttpMethod.Post, $"/api/v1/policy-documents/{id}/versions", next,
            await ETagOf(manager, $"/api/v1/policy-documents/{id}")).OkAsync();
        Assert.Single((await manager.GetFromJsonOkAsync($"/api/v1/policy-documents/{id}/versions/1"))["attachments"]!.AsArray());
        Assert.Empty((await manager.GetFromJsonOkAsync($"/api/v1/policy-documents/{id}/versions/2"))["attachments"]!.AsArray());
        // The public reads the current version's files only.
        using var anonymous = app.Anonymous();
        Assert.Equal(HttpStatusCode.NotFound,
            (await anonymous.GetAsync($"/api/v1/public/policy-documents/{id}/attachments/{attachment["id"]}/content", Ct)).StatusCode);
    }
}

[Collection(OnSqlite.Name)]
public sealed class PolicyLibrarySqliteTests(SqliteApp app) : PolicyLibraryTests(app);

[Collection(OnPostgres.Name)]
public sealed class PolicyLibraryPostgresTests(PostgresApp app) : PolicyLibraryTests(app);
