using System.Net;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using GuidanceDesk.Tests.Features.Archive;
using GuidanceDesk.Tests.Features.Policies;
using GuidanceDesk.Tests.Features.Guidance;
using GuidanceDesk.Tests.Support;
using static GuidanceDesk.Tests.Features.Guidance.GuidanceSteps;

namespace GuidanceDesk.Tests.Features.Hardening;

/// <summary>
/// 4.4d, path traversal in file names, on every upload (archive, a new version, policy attachments, group-session
/// materials, the wage-guidance import): <c>../../x</c>, <c>..\..\x</c>, absolute paths, a NUL, 1,000 characters, markup. Each is refused with a
/// 4xx or stored under a name of the app's choosing; the name kept for display is a plain file name; and no file
/// appears outside the file store (nor under the uploader's name inside it).
/// </summary>
public abstract class UploadNameTests(AppFixture app, IHostileApp hostile)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact, Trait("Clause", "4.4d")]
    public async Task Traversal_in_an_upload_name_is_refused_or_neutralised_and_nothing_lands_outside_the_store()
    {
        var marker = "evil-" + Guid.NewGuid().ToString("N")[..8];
        var names = new[]
        {
            $"../../{marker}.pdf", $"..\\..\\{marker}.pdf", $"/tmp/{marker}.pdf", $"C:\\Windows\\{marker}.pdf", $"{marker}\0.pdf.exe",
            $"{marker}" + new string('a', 1000) + ".pdf", $"<script>alert(1)</script>{marker}.pdf", $"..{marker}", "../", "", $"\u202E{marker}fdp.exe",
        };
        using var counselor = await app.ClientAsAsync("counselor");
        using var manager = await app.ClientAsAsync("manager");
        var (_, caseId) = await Safety.SafetyKit.CaseWithRecordAsync(counselor, "上传名称测试");
        var item = (long)(await (await ArchiveKit.UploadAsync(counselor, caseId, ArchiveKit.Pdf(), "原件.pdf")).BodyAsync())["id"]!;
        var (policy, _) = await PolicyKit.CreateAsync(manager, PolicyKit.Document("上传名称测试"));
        var session = await GroupSessions.GroupSessionKit.CreateAsync(counselor,
            GroupSessions.GroupSessionKit.Session(await Guidance.GuidanceKit.StaffIdAsync(app, "counselor"), Day(14), "上传名称测试"));
        var probe = new HostileProbe(hostile.Writes);

        foreach (var name in names)
        {
            var q = Uri.EscapeDataString(name);
            await UploadAsync(probe, counselor, $"/api/v1/cases/{caseId}/archive?kind=PersonalMaterial&title=t&fileName={q}", name);
            await UploadAsync(probe, counselor, $"/api/v1/archive/{item}/versions?fileName={q}&note=n", name);
            await UploadAsync(probe, manager, $"/api/v1/policy-documents/{policy}/attachments?fileName={q}", name);
            await UploadAsync(probe, counselor, $"/api/v1/group-sessions/{session["id"]}/materials?title=t&fileName={q}", name);
            // A multipart file name travels in a header, where HttpClient refuses a NUL or nothing: those cannot be sent.
            if (name.Length > 0 && !name.Any(char.IsControl))
            {
                using var form = new MultipartFormDataContent { { new StringContent("2026"), "year" } };
                var csv = new ByteArrayContent("职业代码,低位数,中位数,高位数\n2-02-10-03,5000,8000,12000\n"u8.ToArray());
                csv.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
                form.Add(csv, "file", name);
                await probe.SendAsync(manager, HttpMethod.Post, "/api/v1/market/wage-guidance/import", form, Expect.AnyButServerError, $"wage import [{Show(name)}]");
            }
        }
        probe.AssertClean("upload names");

        // What is kept for display is a plain name; the stored files are under keys the app chose.
        JsonNode[] views =
        [
            await counselor.GetFromJsonOkAsync($"/api/v1/cases/{caseId}/archive"), await counselor.GetFromJsonOkAsync($"/api/v1/archive/{item}"),
            await manager.GetFromJsonOkAsync($"/api/v1/policy-documents/{policy}"), await counselor.GetFromJsonOkAsync($"/api/v1/group-sessions/{session["id"]}"),
        ];
        foreach (var fileName in views.SelectMany(v => Strings(v, "fileName")))
        {
            Assert.True(fileName.IndexOfAny(['/', '\\', '\0', ':', '<', '>', '\u202E']) < 0 && !fileName.StartsWith('.') && fileName.Length <= 200,
                $"kept as file name: {Show(fileName)}");
        }
        var store = Path.GetFullPath(app.FilesRoot);
        foreach (var file in Directory.EnumerateFiles(store, "*", SearchOption.AllDirectories))
            Assert.DoesNotContain(marker, file, StringComparison.Ordinal);
        foreach (var dir in new[] { Path.GetDirectoryName(store)!, Path.GetTempPath(), "/tmp", AppContext.BaseDirectory, Directory.GetCurrentDirectory() })
            Assert.Empty(Directory.Exists(dir) ? Directory.EnumerateFileSystemEntries(dir, $"*{marker}*", SearchOption.TopDirectoryOnly) : []);
    }

    private static async Task UploadAsync(HostileProbe probe, HttpClient client, string url, string name)
    {
        var content = new ByteArrayContent(ArchiveKit.Pdf());
        content.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        await probe.SendAsync(client, HttpMethod.Post, url, content, Expect.AnyButServerError, $"{url.Split('?')[0]} [{Show(name)}]");
    }

    private static IEnumerable<string> Strings(JsonNode? node, string key) => node switch
    {
        JsonObject o => o.SelectMany(p => p.Key == key && p.Value is JsonValue v && v.TryGetValue<string>(out var s) ? [s] : Strings(p.Value, key)),
        JsonArray a => a.SelectMany(n => Strings(n, key)),
        _ => [],
    };

    private static string Show(string name) => name.Length > 40 ? name[..40] + "…" : name.Replace("\0", "\\0", StringComparison.Ordinal);
}

[Collection(OnHostileSqlite.Name)]
public sealed class UploadNameSqliteTests(HostileSqliteApp app) : UploadNameTests(app, app);

[Collection(OnHostilePostgres.Name)]
public sealed class UploadNamePostgresTests(HostilePostgresApp app) : UploadNameTests(app, app);
