using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using GuidanceDesk.Tests.Support;
using GuidanceDesk.Web.Data;
using GuidanceDesk.Web.Features.Cases;
using GuidanceDesk.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace GuidanceDesk.Tests.Features.Guidance;

/// <summary>
/// What the guidance feature tests need beyond <see cref="GuidanceSteps"/>: a second host whose clock has moved on
/// (the same database, a later day), booking helpers, and the text of a PDF form.
/// </summary>
public static class GuidanceKit
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>The app on the fixture's database, as it runs at the time <paramref name="time"/> says.</summary>
    public static WebApplicationFactory<Program> HostAt(this AppFixture app, FakeTimeProvider time) =>
        app.Host(s => s.AddSingleton<TimeProvider>(time));

    /// <summary>The nightly plan expiry, run as it would run at <paramref name="time"/>.</summary>
    public static async Task<ExpiryResult> ExpirePlansAsync(this AppFixture app, FakeTimeProvider time)
    {
        await using var scope = app.Scope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        return await new PlanExpiry(db, new AgencyClock(time), time).RunAsync(Ct);
    }

    /// <summary>A bearer-token client of <paramref name="host"/>, signed in there (so the token carries that host's time).</summary>
    public static async Task<HttpClient> ClientAsAsync(this WebApplicationFactory<Program> host, string userName)
    {
        var client = host.CreateClient();
        var response = await client.PostAsJsonAsync("/api/v1/auth/token", new { userName, password = "Demo2026pass" }, Ct);
        response.EnsureSuccessStatusCode();
        var token = (string)(await response.BodyAsync())["accessToken"]!;
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    /// <summary>Registers a worker and returns the form it was registered with, for a later update (PUT).</summary>
    public static async Task<(long Id, JsonObject Form)> RegisterWorkerAsync(HttpClient staff, string name)
    {
        var body = TestData.Worker(name: name);
        var response = await staff.PostJsonAsync("/api/v1/workers", body);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return ((long)(await response.BodyAsync())["id"]!, body["worker"]!.AsObject());
    }

    public static JsonObject Slots(string date, string from, string to, bool holdFirst = false) => new()
    {
        ["date"] = date, ["from"] = from, ["to"] = to, ["minutesEach"] = 30, ["reserveFirstForPriority"] = holdFirst,
    };

    public static JsonObject WalkIn(long workerId, long counselorId, string date, string time) => new()
    {
        ["workerId"] = workerId, ["counselorId"] = counselorId, ["date"] = date, ["time"] = time, ["minutes"] = 30,
        ["purposes"] = new JsonArray("CareerGuidance"), ["source"] = "WalkIn", ["difficultyNote"] = "不知道找什么工作",
    };

    public static JsonObject IntoSlot(long slotId, long? workerId = null) => new()
    {
        ["workerId"] = workerId, ["slotId"] = slotId, ["purposes"] = new JsonArray("CareerGuidance", "PolicyConsultation"),
        ["source"] = "Phone", ["difficultyNote"] = "想了解见习补贴",
    };

    /// <summary>The staff id of a demo user (their counselor id in bookings and assignments).</summary>
    public static async Task<long> StaffIdAsync(AppFixture app, string userName) =>
        (await DemoUsers.FindAsync(app, userName)).StaffMemberId!.Value;

    /// <summary>A walk-in in the next hours, at the first half hour the counselor and worker are both free.</summary>
    public static async Task<JsonObject> BookSoonAsync(HttpClient staff, long workerId, long counselorId)
    {
        var now = DateTime.UtcNow.AddHours(8);
        var first = now.Date.AddHours(now.Hour + 2);
        for (var at = first; at < now.AddHours(20); at = at.AddMinutes(30))
        {
            var response = await staff.PostJsonAsync("/api/v1/appointments", WalkIn(workerId, counselorId,
                at.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), at.ToString("HH:mm", CultureInfo.InvariantCulture)));
            if (response.StatusCode == HttpStatusCode.Conflict)
                continue;
            var body = await response.Content.ReadAsStringAsync(Ct);
            Assert.True(response.StatusCode == HttpStatusCode.Created, body);
            return JsonNode.Parse(body)!.AsObject();
        }
        Assert.Fail("the counselor has no free half hour in the next 20 hours");
        return null!;
    }

    public static async Task<byte[]> PdfAsync(HttpClient client, string url)
    {
        var response = await client.GetAsync(url, Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        var pdf = await response.Content.ReadAsByteArrayAsync(Ct);
        Assert.Equal("%PDF-"u8.ToArray(), pdf[..5]);
        return pdf;
    }

    /// <summary>
    /// The text of a PDF as poppler's pdftotext reads it, whitespace removed; null when pdftotext is not installed
    /// (the caller then checks only the PDF itself), except on CI (GUIDANCEDESK_REQUIRE_PDFTOTEXT=1), where it must run.
    /// </summary>
    public static string? PdfText(byte[] pdf)
    {
        var tool = (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(dir => Path.Combine(dir, "pdftotext")).FirstOrDefault(File.Exists);
        if (tool is null)
        {
            if (Environment.GetEnvironmentVariable("GUIDANCEDESK_REQUIRE_PDFTOTEXT") == "1")
                Assert.Fail("pdftotext not found on PATH; GUIDANCEDESK_REQUIRE_PDFTOTEXT=1 requires the PDF text check to run.");
            return null;
        }
        var file = Path.Combine(Path.GetTempPath(), $"gd-pdf-{Guid.NewGuid():N}.pdf");
        try
        {
            File.WriteAllBytes(file, pdf);
            using var process = Process.Start(new ProcessStartInfo(tool) { ArgumentList = { "-enc", "UTF-8", file, "-" }, RedirectStandardOutput = true })!;
            var text = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            Assert.Equal(0, process.ExitCode);
            return Regex.Replace(text, @"\s+", "");
        }
        finally
        {
            File.Delete(file);
        }
    }

    public static async Task<JsonArray> OkArrayAsync(this Task<HttpResponseMessage> call)
    {
        var response = await call;
        var body = await response.Content.ReadAsStringAsync(Ct);
        Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode}: {body}");
        return JsonNode.Parse(body)!.AsArray();
    }

    public static IEnumerable<JsonObject> Objects(this JsonNode? array) => array!.AsArray().Select(n => n!.AsObject());
}
