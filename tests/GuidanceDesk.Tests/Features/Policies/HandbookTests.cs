using System.Net;
using System.Text.Json.Nodes;
using GuidanceDesk.Tests.Features.Guidance;
using GuidanceDesk.Tests.Support;
using Microsoft.Extensions.Time.Testing;
using static GuidanceDesk.Tests.Features.Policies.PolicyKit;

namespace GuidanceDesk.Tests.Features.Policies;

/// <summary>Handbooks (7.1.1): composed from sections, published with a last-updated date to the public pages and the hall's screen.</summary>
public abstract class HandbookTests(AppFixture app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static JsonObject Section(string heading, string body, params long[] documents) => new()
    {
        ["heading"] = heading, ["body"] = body, ["documentIds"] = new JsonArray(documents.Select(d => (JsonNode?)d).ToArray()),
    };

    [Fact, Trait("Clause", "7.1.1")]
    public async Task A_handbook_is_composed_reordered_and_each_publish_sets_its_last_updated_date()
    {
        using var manager = await app.ClientAsAsync("manager");
        var policy = await PublishedAsync(manager, Document("测试读本关联政策"));
        var created = await manager.PostJsonAsync("/api/v1/handbooks", new JsonObject { ["title"] = "测试农民工就业读本", ["audience"] = "农村转移劳动力" });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var id = (long)(await created.BodyAsync())["id"]!;
        var url = $"/api/v1/handbooks/{id}";
        using var anonymous = app.Anonymous();
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync($"/api/v1/public/handbooks/{id}", Ct)).StatusCode);
        await manager.PostJsonAsync(url + "/publish", new JsonObject()).ProblemAsync(HttpStatusCode.UnprocessableEntity);

        await SendAsync(manager, HttpMethod.Post, url + "/sections", Section("找工作", "- 到服务大厅登记\n- 关注岗位信息"), await ETagOf(manager, url)).OkAsync();
        await SendAsync(manager, HttpMethod.Post, url + "/sections", Section("学技能", "参加免费的职业技能培训。", policy), await ETagOf(manager, url)).OkAsync();
        var three = await SendAsync(manager, HttpMethod.Post, url + "/sections", Section("保权益", "<script>alert(1)</script>签合同"), await ETagOf(manager, url)).OkAsync();
        var lines = three["sections"]!.AsArray().Select(s => (int)s!["line"]!).ToList();
        var etag = await ETagOf(manager, url);
        var reordered = await SendAsync(manager, HttpMethod.Put, url + "/order", new JsonObject { ["lines"] = new JsonArray(lines[2], lines[0], lines[1]) }, etag).OkAsync();
        Assert.Equal(["保权益", "找工作", "学技能"], reordered["sections"]!.AsArray().Select(s => (string)s!["heading"]!));
        await SendAsync(manager, HttpMethod.Put, url + "/order", new JsonObject { ["lines"] = new JsonArray(lines[0]) }, etag).ProblemAsync(HttpStatusCode.Conflict);

        var published = await manager.PostAsync(url + "/publish", null, Ct).OkAsync();
        Assert.True((bool)published["isPublished"]!);
        Assert.False((bool)published["hasUnpublishedChanges"]!);
        var firstAt = DateTimeOffset.Parse((string)published["publishedAt"]!, System.Globalization.CultureInfo.InvariantCulture);
        var reader = await anonymous.GetFromJsonOkAsync($"/api/v1/public/handbooks/{id}");
        Assert.Equal(firstAt, DateTimeOffset.Parse((string)reader["lastUpdated"]!, System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(["保权益", "找工作", "学技能"], reader["sections"]!.AsArray().Select(s => (string)s!["heading"]!));
        Assert.Equal("测试读本关联政策", (string?)reader["sections"]![2]!["documents"]![0]!["title"]);
        var page = await PageAsync(anonymous, $"/Public/Handbooks/{id}");
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", page, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>alert(1)", page, StringComparison.Ordinal);
        Assert.Contains($"/Public/Policies/{policy}", page, StringComparison.Ordinal);

        // An edit is not public until published again; publishing ten days later moves the last-updated date.
        var edited = await SendAsync(manager, HttpMethod.Put, $"{url}/sections/{lines[0]}", Section("找工作（更新）", "新的求职步骤"), await ETagOf(manager, url)).OkAsync();
        Assert.True((bool)edited["hasUnpublishedChanges"]!);
        Assert.Equal("找工作", (string?)(await anonymous.GetFromJsonOkAsync($"/api/v1/public/handbooks/{id}"))["sections"]![1]!["heading"]);
        var later = DateTimeOffset.UtcNow.AddDays(10);
        await using (var host = app.HostAt(new FakeTimeProvider(later)))
        {
            using var managerLater = await host.ClientAsAsync("manager");
            var again = await managerLater.PostAsync(url + "/publish", null, Ct).OkAsync();
            Assert.Equal(later, DateTimeOffset.Parse((string)again["publishedAt"]!, System.Globalization.CultureInfo.InvariantCulture), TimeSpan.FromSeconds(1));
        }
        reader = await anonymous.GetFromJsonOkAsync($"/api/v1/public/handbooks/{id}");
        Assert.Equal("找工作（更新）", (string?)reader["sections"]![1]!["heading"]);
        Assert.Contains(later.AddHours(8).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), await PageAsync(anonymous, $"/Public/Handbooks/{id}"),
            StringComparison.Ordinal);

        // Withdrawn: gone from the public again; deleting needs it withdrawn first.
        await manager.DeleteAsync(url, Ct).ProblemAsync(HttpStatusCode.UnprocessableEntity);
        await manager.PostAsync(url + "/withdraw", null, Ct).OkAsync();
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync($"/api/v1/public/handbooks/{id}", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await manager.DeleteAsync(url, Ct)).StatusCode);
    }

    [Fact, Trait("Clause", "7.1.1")]
    public async Task A_section_links_only_published_public_documents()
    {
        using var manager = await app.ClientAsAsync("manager");
        var (draft, _) = await CreateAsync(manager, Document("测试读本草稿链接"));
        var internalDoc = await PublishedAsync(manager, Document("测试读本内部链接", kind: "PostResponsibility"));
        var id = (long)(await manager.PostOkAsync("/api/v1/handbooks", new JsonObject { ["title"] = "测试链接读本", ["audience"] = "求职者" }))["id"]!;
        var url = $"/api/v1/handbooks/{id}";
        foreach (var bad in new[] { draft, internalDoc })
        {
            var refused = await SendAsync(manager, HttpMethod.Post, url + "/sections", Section("小节", "正文", bad), await ETagOf(manager, url))
                .ProblemAsync(HttpStatusCode.UnprocessableEntity);
            Assert.True(refused["errors"]!.AsObject().ContainsKey("documentIds"));
        }
        var missing = await SendAsync(manager, HttpMethod.Post, url + "/sections", new JsonObject { ["heading"] = "小节" }, await ETagOf(manager, url))
            .ProblemAsync(HttpStatusCode.BadRequest);
        Assert.True(missing["errors"]!.AsObject().ContainsKey("body"));
        Assert.Empty((await manager.GetFromJsonOkAsync(url))["sections"]!.AsArray());
    }

    [Fact, Trait("Clause", "7.1.1")]
    public async Task The_halls_screen_turns_through_published_handbooks_and_policies_in_force()
    {
        using var manager = await app.ClientAsAsync("manager");
        var policy = await PublishedAsync(manager, Document("测试屏幕现行政策"));
        var (draft, _) = await CreateAsync(manager, Document("测试屏幕草稿政策"));
        var id = (long)(await manager.PostOkAsync("/api/v1/handbooks", new JsonObject { ["title"] = "测试屏幕读本", ["audience"] = "求职者" }))["id"]!;
        var url = $"/api/v1/handbooks/{id}";
        await SendAsync(manager, HttpMethod.Post, url + "/sections", Section("测试屏幕小节", "屏幕上显示的正文", policy), await ETagOf(manager, url)).OkAsync();
        await manager.PostAsync(url + "/publish", null, Ct).OkAsync();

        using var anonymous = app.Anonymous();
        var screen = await PageAsync(anonymous, "/Public/Screen");
        Assert.Contains("测试屏幕小节", screen, StringComparison.Ordinal);
        Assert.Contains("测试屏幕现行政策", screen, StringComparison.Ordinal);
        Assert.DoesNotContain("测试屏幕草稿政策", screen, StringComparison.Ordinal);
        Assert.Contains("data-interval=\"15\"", screen, StringComparison.Ordinal);
        Assert.Contains("/js/screen.js", screen, StringComparison.Ordinal);
        Assert.DoesNotContain("<nav", screen, StringComparison.Ordinal);
        Assert.Contains("最后更新", screen, StringComparison.Ordinal);
        var one = await PageAsync(anonymous, $"/Public/Screen?handbook={id}&seconds=8");
        Assert.Contains("data-interval=\"8\"", one, StringComparison.Ordinal);
        Assert.DoesNotContain("测试屏幕现行政策", one, StringComparison.Ordinal);
        // The demo handbook is on the public list, with its sections.
        var handbooks = await PageAsync(anonymous, "/Public/Policies");
        Assert.Contains("高校毕业生就业政策读本（示例）", handbooks, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync($"/api/v1/public/policy-documents/{draft}", Ct)).StatusCode);
    }
}

[Collection(OnSqlite.Name)]
public sealed class HandbookSqliteTests(SqliteApp app) : HandbookTests(app);

[Collection(OnPostgres.Name)]
public sealed class HandbookPostgresTests(PostgresApp app) : HandbookTests(app);
