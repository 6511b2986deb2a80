using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace GuidanceDesk.BrowserTests;

/// <summary>
/// The other side of a browser scenario, through the app's own API with a bearer token (as any API client signs in):
/// a counselor publishing slots or moving a case on while the worker uses the portal in Chromium.
/// </summary>
public sealed class StaffApi : IDisposable
{
    private readonly HttpClient _http;

    private StaffApi(HttpClient http) => _http = http;

    /// <summary>Today in Chongqing (UTC+8, no daylight saving), offset by <paramref name="days"/>, as the API writes dates.</summary>
    public static string Day(int days) =>
        DateTime.UtcNow.AddHours(8).AddDays(days).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static async Task<StaffApi> SignInAsync(Uri baseUrl, string userName)
    {
        var http = new HttpClient { BaseAddress = baseUrl, Timeout = TimeSpan.FromSeconds(60) };
        var api = new StaffApi(http);
        var token = await api.PostAsync("/api/v1/auth/token", new JsonObject
        {
            ["userName"] = userName, ["password"] = BrowserFixture.DemoPassword,
        });
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", (string)token["accessToken"]!);
        return api;
    }

    /// <summary>POSTs JSON and returns the answer; anything but a success fails the test with the problem details.</summary>
    public async Task<JsonObject> PostAsync(string url, JsonNode body)
    {
        using var response = await _http.PostAsJsonAsync(new Uri(url, UriKind.Relative), body, TestContext.Current.CancellationToken);
        return await ReadAsync(response, url);
    }

    public async Task<JsonObject> GetAsync(string url)
    {
        using var response = await _http.GetAsync(new Uri(url, UriKind.Relative), TestContext.Current.CancellationToken);
        return await ReadAsync(response, url);
    }

    public void Dispose() => _http.Dispose();

    private static async Task<JsonObject> ReadAsync(HttpResponseMessage response, string url)
    {
        var text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.True(response.IsSuccessStatusCode, $"{url}: {(int)response.StatusCode} {text}");
        var node = JsonNode.Parse(text)!;
        // A list answer (slots, messages) is wrapped so that every call reads the same way.
        return node as JsonObject ?? new JsonObject { ["items"] = node };
    }
}
