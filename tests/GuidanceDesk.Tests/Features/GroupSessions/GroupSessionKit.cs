using System.Buffers.Binary;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using GuidanceDesk.Tests.Features.Guidance;
using GuidanceDesk.Tests.Support;
using GuidanceDesk.Web.Data;
using GuidanceDesk.Web.Features.GroupSessions;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using static GuidanceDesk.Tests.Features.Guidance.GuidanceSteps;

namespace GuidanceDesk.Tests.Features.GroupSessions;

/// <summary>
/// Steps of the group-session tests. They run on hosts whose clock is set (<see cref="At"/>), so that every date —
/// the session's, its materials deadline, the moment it is marked held — is a date checked against the 2026 calendar.
/// </summary>
public static class GroupSessionKit
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>A Beijing wall-clock moment as the fake clock's instant.</summary>
    public static FakeTimeProvider At(int month, int day, int hour = 10, int minute = 0, int year = 2026) =>
        new(new DateTimeOffset(year, month, day, hour, minute, 0, TimeSpan.FromHours(8)).ToUniversalTime());

    public static void MoveTo(this FakeTimeProvider time, int month, int day, int hour, int minute = 0) =>
        time.SetUtcNow(new DateTimeOffset(2026, month, day, hour, minute, 0, TimeSpan.FromHours(8)).ToUniversalTime());

    public static JsonObject Session(long facilitator, string date, string topic = "就业政策宣讲", int capacity = 30,
        string start = "14:30", string end = "16:00", params string[] items) => new()
    {
        ["topic"] = topic, ["serviceItems"] = new JsonArray([.. (items.Length == 0 ? ["PolicyConsultation"] : items).Select(i => (JsonNode)i)]),
        ["description"] = "政策要点讲解和现场答疑", ["date"] = date, ["startTime"] = start, ["endTime"] = end, ["channel"] = "Offline",
        ["place"] = "渝中区就业和人才服务中心三楼多功能厅", ["capacity"] = capacity, ["facilitatorStaffId"] = facilitator,
    };

    public static async Task<JsonObject> CreateAsync(HttpClient staff, JsonObject body)
    {
        var response = await staff.PostJsonAsync("/api/v1/group-sessions", body);
        var text = await response.Content.ReadAsStringAsync(Ct);
        Assert.True(response.StatusCode == HttpStatusCode.Created, $"{(int)response.StatusCode}: {text}");
        return JsonNode.Parse(text)!.AsObject();
    }

    public static Task<JsonObject> AddAsync(HttpClient staff, long session, long worker, bool consent = false) =>
        staff.PostOkAsync($"/api/v1/group-sessions/{session}/participants", new JsonObject { ["workerId"] = worker, ["recordingConsent"] = consent });

    public static Task<HttpResponseMessage> UploadAsync(HttpClient staff, long session, byte[] content, string fileName, string what = "materials",
        string title = "政策要点")
    {
        var body = new ByteArrayContent(content);
        body.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        return staff.PostAsync($"/api/v1/group-sessions/{session}/{what}?title={Uri.EscapeDataString(title)}&fileName={Uri.EscapeDataString(fileName)}",
            body, Ct);
    }

    /// <summary>A whole (if silent) WAV file: RIFF header whose size matches, a fmt chunk and a little data.</summary>
    public static byte[] Wav()
    {
        var data = new byte[800];
        var wav = new byte[44 + data.Length];
        "RIFF"u8.CopyTo(wav);
        BinaryPrimitives.WriteUInt32LittleEndian(wav.AsSpan(4), (uint)(wav.Length - 8));
        "WAVEfmt "u8.CopyTo(wav.AsSpan(8));
        BinaryPrimitives.WriteUInt32LittleEndian(wav.AsSpan(16), 16);
        BinaryPrimitives.WriteUInt16LittleEndian(wav.AsSpan(20), 1);
        BinaryPrimitives.WriteUInt16LittleEndian(wav.AsSpan(22), 1);
        BinaryPrimitives.WriteUInt32LittleEndian(wav.AsSpan(24), 8000);
        BinaryPrimitives.WriteUInt32LittleEndian(wav.AsSpan(28), 16000);
        BinaryPrimitives.WriteUInt16LittleEndian(wav.AsSpan(32), 2);
        BinaryPrimitives.WriteUInt16LittleEndian(wav.AsSpan(34), 16);
        "data"u8.CopyTo(wav.AsSpan(36));
        BinaryPrimitives.WriteUInt32LittleEndian(wav.AsSpan(40), (uint)data.Length);
        return wav;
    }

    /// <summary>A new worker of the counselor's unit (service agreement: text and audio, or the scopes given).</summary>
    public static async Task<long> WorkerAsync(HttpClient staff, string name, params string[] scope)
    {
        var body = TestData.Worker(name: name);
        if (scope.Length > 0)
            body["serviceAgreement"]!["scope"] = new JsonArray([.. scope.Select(s => (JsonNode)s)]);
        var response = await staff.PostJsonAsync("/api/v1/workers", body);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (long)(await response.BodyAsync())["id"]!;
    }

    public static JsonObject Participant(JsonObject session, long worker) =>
        session["participants"].Objects().Single(p => (long)p["workerId"]! == worker);

    public static string Date(int month, int day) => new DateOnly(2026, month, day).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static JsonObject Held(params long[] attended) => new() { ["attendedWorkerIds"] = new JsonArray([.. attended.Select(a => (JsonNode)a)]) };

    /// <summary>One run of the materials scan on <paramref name="host"/>, at its clock.</summary>
    public static async Task ScanAsync(WebApplicationFactory<Program> host)
    {
        await using var scope = host.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<GroupSessionScan>().ScanAsync(Ct);
    }

    public static async Task<int> CountAsync(WebApplicationFactory<Program> host, Func<AppDbContext, Task<int>> count)
    {
        await using var scope = host.Services.CreateAsyncScope();
        return await count(scope.ServiceProvider.GetRequiredService<AppDbContext>());
    }
}
