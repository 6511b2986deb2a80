using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using GuidanceDesk.Tests.Features.Guidance;
using GuidanceDesk.Tests.Support;

namespace GuidanceDesk.Tests.Features.Policies;

/// <summary>Steps of the policy library tests: a document in a given state, requests with If-Match, dates from Beijing's today.</summary>
public static class PolicyKit
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static DateOnly Today => DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8));

    public static string D(int daysFromToday) => Today.AddDays(daysFromToday).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static JsonObject Content(string summary, string? number = null, string? effective = null, string? expires = null) => new()
    {
        ["documentNumber"] = number, ["effectiveFrom"] = effective, ["expiresOn"] = expires, ["summary"] = summary,
        ["fullText"] = "第一条 为了促进就业……", ["link"] = "https://www.gov.cn/",
    };

    public static JsonObject Document(string title, string kind = "EmploymentPolicy", string[]? tags = null, string? number = null,
        string? reviewDue = null, string? effective = null, string? expires = null) => new()
    {
        ["kind"] = kind, ["title"] = title, ["issuer"] = "重庆市人力资源和社会保障局", ["tags"] = new JsonArray((tags ?? ["测试"]).Select(t => (JsonNode?)t).ToArray()),
        ["reviewDue"] = reviewDue, ["content"] = Content("通俗摘要：" + title, number, effective, expires),
    };

    /// <summary>Registers a document (a draft) and returns its id and ETag.</summary>
    public static async Task<(long Id, string ETag)> CreateAsync(HttpClient keeper, JsonObject body)
    {
        var created = await keeper.PostJsonAsync("/api/v1/policy-documents", body);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        return ((long)(await created.BodyAsync())["id"]!, created.Headers.ETag!.Tag);
    }

    /// <summary>Registers and publishes a document; returns its id.</summary>
    public static async Task<long> PublishedAsync(HttpClient keeper, JsonObject body)
    {
        var (id, _) = await CreateAsync(keeper, body);
        var published = await keeper.PostAsync($"/api/v1/policy-documents/{id}/publish", null, Ct).OkAsync();
        Assert.Equal("Published", (string?)published["status"]);
        return id;
    }

    public static Task<HttpResponseMessage> SendAsync(HttpClient client, HttpMethod method, string url, JsonNode? body, string? etag)
    {
        var request = new HttpRequestMessage(method, url) { Content = body is null ? null : JsonContent.Create(body, options: TestData.Json) };
        if (etag is not null)
            request.Headers.IfMatch.Add(new EntityTagHeaderValue(etag));
        return client.SendAsync(request, Ct);
    }

    public static async Task<string> ETagOf(HttpClient client, string url) => (await client.GetAsync(url, Ct)).Headers.ETag!.Tag;

    public static Task<HttpResponseMessage> UploadAsync(HttpClient client, long id, byte[] content, string fileName)
    {
        var body = new ByteArrayContent(content);
        body.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        return client.PostAsync($"/api/v1/policy-documents/{id}/attachments?fileName={Uri.EscapeDataString(fileName)}", body, Ct);
    }

    public static async Task<string> PageAsync(HttpClient client, string url)
    {
        var response = await client.GetAsync(url, Ct);
        var text = await response.Content.ReadAsStringAsync(Ct);
        Assert.True(response.IsSuccessStatusCode, $"{url}: {(int)response.StatusCode}");
        return text;
    }
}
