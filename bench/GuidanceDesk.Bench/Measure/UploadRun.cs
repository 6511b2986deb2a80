using System.Buffers.Binary;
using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using GuidanceDesk.Web.Infrastructure.Startup;

namespace GuidanceDesk.Bench.Measure;

/// <summary>
/// <c>archiveupload --url http://127.0.0.1:PORT --pid SERVER_PID [--size 100] [--runs 3]</c>: uploads a video of SIZE MB
/// (a valid MP4: ftyp, moov, one big mdat) into a case's archive through the real HTTP API, streamed from a file, and
/// reports the throughput and the server's resident-memory growth over its level before the upload (target: ≥ 100 MB/s
/// to local disk, growth &lt; 50 MB). The worker's service agreement covers video, so the file is kept.
/// </summary>
internal static class UploadRun
{
    public static async Task RunAsync(Options o)
    {
        var url = o.Require("url");
        var pid = o.Get("pid") is { } p ? int.Parse(p, CultureInfo.InvariantCulture) : (int?)null;
        var sizeMb = int.Parse(o.Get("size", "100"), CultureInfo.InvariantCulture);
        var runs = int.Parse(o.Get("runs", "3"), CultureInfo.InvariantCulture);
        using var http = new HttpClient { BaseAddress = new Uri(url), Timeout = TimeSpan.FromMinutes(10) };
        var token = await (await http.PostAsJsonAsync("/api/v1/auth/token", new { userName = "counselor", password = "Demo2026pass" })).Content.ReadFromJsonAsync<JsonObject>();
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", (string)token!["accessToken"]!);
        var caseId = await CaseWithVideoAgreementAsync(http);

        var file = Path.Combine(Path.GetTempPath(), $"gd-bench-video-{sizeMb}.mp4");
        WriteMp4(file, sizeMb * 1024L * 1024);
        await UploadAsync(http, caseId, file, "warm-up"); // JIT, connection, first file-store folder

        for (var i = 1; i <= runs; i++)
        {
            GC.Collect();
            var before = pid is null ? 0 : Rss(pid.Value);
            await using var sampler = new ProcessSampler(pid);
            var watch = Stopwatch.StartNew();
            await UploadAsync(http, caseId, file, $"run {i}");
            watch.Stop();
            var growthMb = pid is null ? double.NaN : (sampler.MaxRssKb - before) / 1024.0;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"run {i}: {sizeMb} MB in {watch.Elapsed.TotalSeconds:0.00} s = {sizeMb / watch.Elapsed.TotalSeconds:0} MB/s; server RSS before {before / 1024.0:0} MB, peak growth {growthMb:0.0} MB"));
        }
    }

    private static async Task UploadAsync(HttpClient http, long caseId, string file, string title)
    {
        await using var stream = File.OpenRead(file);
        using var content = new StreamContent(stream, 1 << 20);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        var response = await http.PostAsync($"/api/v1/cases/{caseId}/archive?kind=PersonalMaterial&title={Uri.EscapeDataString("视频简历 " + title)}&fileName=cv.mp4", content);
        if (!response.IsSuccessStatusCode)
            throw new InvalidOperationException($"{(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
    }

    private static async Task<long> CaseWithVideoAgreementAsync(HttpClient http)
    {
        var body = new JsonObject
        {
            ["worker"] = new JsonObject
            {
                ["name"] = "上传测试", ["idNumber"] = DemoData.SyntheticIdNumber("500103", new DateOnly(1998, 3, 1), Random.Shared.Next(1, 999)),
                ["phone"] = "139" + Random.Shared.Next(10_000_000, 99_999_999).ToString(CultureInfo.InvariantCulture),
                ["householdType"] = "Urban", ["householdPlaceCode"] = "500103", ["residenceDistrictCode"] = "500103",
                ["education"] = "Bachelor", ["employmentStatus"] = "Unemployed", ["specialGroups"] = new JsonArray(),
            },
            ["serviceAgreement"] = new JsonObject { ["givenOn"] = "2026-11-20", ["channel"] = "Offline", ["scope"] = new JsonArray("Text", "Audio", "Video") },
        };
        var worker = await Ok(await http.PostAsJsonAsync("/api/v1/workers", body));
        var opened = await Ok(await http.PostAsJsonAsync("/api/v1/cases", new JsonObject { ["workerId"] = (long)worker["id"]!, ["channel"] = "Offline" }));
        return (long)opened["id"]!;
    }

    private static async Task<JsonObject> Ok(HttpResponseMessage r) => r.IsSuccessStatusCode
        ? (await r.Content.ReadFromJsonAsync<JsonObject>())!
        : throw new InvalidOperationException($"{(int)r.StatusCode}: {await r.Content.ReadAsStringAsync()}");

    /// <summary>ftyp + moov + an mdat filling the rest with pseudo-random bytes (incompressible, like real video).</summary>
    private static void WriteMp4(string path, long size)
    {
        if (File.Exists(path) && new FileInfo(path).Length == size)
            return;
        using var f = File.Create(path);
        var header = new byte[32];
        BinaryPrimitives.WriteInt32BigEndian(header, 16);
        Encoding.ASCII.GetBytes("ftypisom").CopyTo(header, 4);
        BinaryPrimitives.WriteInt32BigEndian(header.AsSpan(16), 8);
        Encoding.ASCII.GetBytes("moov").CopyTo(header, 20);
        BinaryPrimitives.WriteInt32BigEndian(header.AsSpan(24), checked((int)(size - 24)));
        Encoding.ASCII.GetBytes("mdat").CopyTo(header, 28);
        f.Write(header);
        var buffer = new byte[1 << 20];
        var random = new Random(3);
        for (var left = size - 32; left > 0; left -= buffer.Length)
        {
            random.NextBytes(buffer);
            f.Write(buffer, 0, (int)Math.Min(buffer.Length, left));
        }
    }

    private static long Rss(int pid) =>
        long.Parse(File.ReadLines($"/proc/{pid}/status").First(l => l.StartsWith("VmRSS:", StringComparison.Ordinal))
            .Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture);
}
