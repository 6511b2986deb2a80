using System.Net;
using System.Security.Cryptography;
using System.Text.Json.Nodes;
using GuidanceDesk.Tests.Features.Guidance;
using GuidanceDesk.Tests.Support;
using GuidanceDesk.Web.Data;
using GuidanceDesk.Web.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static GuidanceDesk.Tests.Features.Archive.ArchiveKit;
using static GuidanceDesk.Tests.Features.Guidance.GuidanceSteps;
using static GuidanceDesk.Tests.Features.Safety.SafetyKit;

namespace GuidanceDesk.Tests.Features.Archive;

/// <summary>
/// The archive (7.2) through the HTTP API: SQLite and PostgreSQL with the local file store, and SQLite with the
/// S3-compatible store — the same tests against each.
/// </summary>
public abstract class ArchiveTests(AppFixture app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static JsonObject Kind(JsonObject archive, string kind) =>
        archive["completeness"]!.AsArray().Single(k => (string?)k!["kind"] == kind)!.AsObject();

    [Fact, Trait("Clause", "7.2.2")]
    public async Task Generated_forms_are_filed_by_the_job_and_the_completeness_check_names_what_is_missing()
    {
        using var counselor = await app.ClientAsAsync("counselor");
        var (_, caseId) = await CaseWithRecordAsync(counselor, "归档测试");
        var before = await counselor.GetFromJsonOkAsync($"/api/v1/cases/{caseId}/archive");
        Assert.Equal((1, 0), ((int)Kind(before, "ProcessRecord")["required"]!, (int)Kind(before, "ProcessRecord")["filed"]!));
        Assert.Equal(0, (int)Kind(before, "SatisfactionForm")["required"]!); // the case is open

        // The background job's work, run until nothing is left (the fixture holds other tests' cases too).
        await using (var scope = app.Scope())
        {
            GuidanceDesk.Web.Features.Archive.SystemUser.Enter(scope.ServiceProvider.GetRequiredService<Microsoft.AspNetCore.Http.IHttpContextAccessor>());
            var filing = scope.ServiceProvider.GetRequiredService<GuidanceDesk.Web.Features.Archive.ArchiveFiling>();
            while (await filing.FileBatchAsync(500, Ct) > 0)
            {
            }
        }

        var after = await counselor.GetFromJsonOkAsync($"/api/v1/cases/{caseId}/archive");
        Assert.Equal(1, (int)Kind(after, "ProcessRecord")["filed"]!);
        var item = after["items"]!.AsArray().Single(i => (string?)i!["kind"] == "ProcessRecord")!;
        Assert.Equal("Generated", (string?)item["origin"]);
        var version = item["versions"]![0]!;
        var pdf = await counselor.GetByteArrayAsync($"/api/v1/archive/{item["id"]}/content", Ct);
        Assert.StartsWith("%PDF", System.Text.Encoding.ASCII.GetString(pdf, 0, 4), StringComparison.Ordinal);
        Assert.Equal((string?)version["sha256"], Convert.ToHexStringLower(SHA256.HashData(pdf)));

        // A second run files nothing twice.
        using var custodian = await app.ClientAsAsync("custodian");
        var refiled = await custodian.PostOkAsync($"/api/v1/cases/{caseId}/archive/refile", new JsonObject());
        Assert.Equal(0, (int)refiled["filed"]!);
        var list = await custodian.GetFromJsonOkAsync("/api/v1/archive/completeness");
        Assert.True((int)list["cases"]! > 0);
    }

    [Fact, Trait("Clause", "7.2.2")]
    public async Task Wrong_types_oversize_corrupted_and_infected_uploads_are_refused_and_nothing_is_stored()
    {
        using var counselor = await app.ClientAsAsync("counselor");
        var (_, caseId) = await CaseWithRecordAsync(counselor, "上传测试");
        int Stored()
        {
            using var db = app.CreateContext();
            return db.StoredFiles.Count(f => f.CreatedByUserId != "system");
        }
        var storedBefore = Stored();
        var localBefore = LocalFiles(app);

        var exe = new byte[] { 0x4D, 0x5A, 0x90, 0x00, 0x03, 0x00, 0x00, 0x00, 0x04, 0x00 };
        var wrongType = await UploadAsync(counselor, caseId, exe, "证书.pdf").ProblemAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Equal("urn:guidancedesk:file-refused", (string?)wrongType["type"]);
        Assert.True(wrongType["errors"]!.AsObject().ContainsKey("file"));

        var truncated = Pdf()[..^8];
        var corrupt = await UploadAsync(counselor, caseId, truncated, "证书.pdf").ProblemAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Contains("损坏", (string?)corrupt["title"], StringComparison.Ordinal);
        var brokenPng = Png()[..40];
        await UploadAsync(counselor, caseId, brokenPng, "photo.png").ProblemAsync(HttpStatusCode.UnprocessableEntity);

        var big = new byte[5 * 1024 * 1024];
        Pdf().CopyTo(big, 0);
        var tooLarge = await UploadAsync(counselor, caseId, big, "big.pdf").ProblemAsync(HttpStatusCode.RequestEntityTooLarge);
        Assert.Contains("过大", (string?)tooLarge["title"], StringComparison.Ordinal);

        var virus = await UploadAsync(counselor, caseId, Eicar, "readme.pdf").ProblemAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Contains("病毒", (string?)virus["title"], StringComparison.Ordinal);

        var generatedKind = await UploadAsync(counselor, caseId, Pdf(), "record.pdf", kind: "ProcessRecord").ProblemAsync(HttpStatusCode.UnprocessableEntity);
        Assert.True(generatedKind["errors"]!.AsObject().ContainsKey("kind"));

        Assert.Equal(storedBefore, Stored());
        Assert.Equal(localBefore, LocalFiles(app));

        // A valid upload, named wrongly, is recognised by its content and stored under its real type.
        var ok = await UploadAsync(counselor, caseId, Png(), "照片.pdf").OkAsync();
        var file = ok["versions"]![0]!;
        Assert.Equal(("Png", "照片.png"), ((string?)file["type"], (string?)file["fileName"]));
    }

    [Fact, Trait("Clause", "7.2.2")]
    public async Task A_byte_changed_in_the_store_is_detected_on_download_and_by_the_check()
    {
        using var counselor = await app.ClientAsAsync("counselor");
        var (_, caseId) = await CaseWithRecordAsync(counselor, "篡改测试");
        var item = await UploadAsync(counselor, caseId, Pdf("original"), "声明.pdf").OkAsync();
        var id = (long)item["id"]!;
        var idText = id.ToString(System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(Pdf("original"), await counselor.GetByteArrayAsync($"/api/v1/archive/{id}/content", Ct));

        string key;
        await using (var scope = app.Scope())
        {
            var fileId = (long)item["versions"]![0]!["fileId"]!;
            key = await scope.ServiceProvider.GetRequiredService<AppDbContext>().StoredFiles.Where(f => f.Id == fileId).Select(f => f.StorageKey).SingleAsync(Ct);
        }
        await TamperAsync(app, key);

        var refused = await counselor.GetAsync($"/api/v1/archive/{id}/content", Ct).ProblemAsync(HttpStatusCode.Conflict);
        Assert.Equal("urn:guidancedesk:file-integrity", (string?)refused["type"]);
        using var custodian = await app.ClientAsAsync("custodian");
        var check = await (await custodian.PostAsync($"/api/v1/archive/{id}/verify", null, Ct)).Content.ReadAsStringAsync(Ct);
        Assert.Contains("\"intact\":false", check, StringComparison.Ordinal);
        await app.FlushAuditAsync();
        await using var s = app.Scope();
        var db = s.ServiceProvider.GetRequiredService<AppDbContext>();
        Assert.True(await db.AuditEntries.AnyAsync(e => e.EntityType == "ArchiveItem" && e.EntityId == idText && e.Fields!.Contains("integrity-failed"), Ct));
    }

    [Fact, Trait("Clause", "7.2.2")]
    public async Task A_new_version_never_overwrites_the_old_and_a_stale_one_is_refused()
    {
        using var counselor = await app.ClientAsAsync("counselor");
        var (_, caseId) = await CaseWithRecordAsync(counselor, "版本测试");
        var item = await UploadAsync(counselor, caseId, Pdf("v1"), "简历.pdf").OkAsync();
        var id = (long)item["id"]!;
        var version = (int)item["version"]!;
        var second = await AddVersionAsync(counselor, id, Pdf("v2"), "简历-更新.pdf", version).OkAsync();
        Assert.Equal(2, second["versions"]!.AsArray().Count);
        Assert.Equal(Pdf("v1"), await counselor.GetByteArrayAsync($"/api/v1/archive/{id}/versions/1/content", Ct));
        Assert.Equal(Pdf("v2"), await counselor.GetByteArrayAsync($"/api/v1/archive/{id}/content", Ct));
        await AddVersionAsync(counselor, id, Pdf("v3"), "简历.pdf", version).ProblemAsync(HttpStatusCode.Conflict);
    }

    [Fact, Trait("Clause", "7.2.2")]
    public async Task Only_those_who_reach_the_case_read_its_archive_and_every_download_is_logged()
    {
        using var counselor = await app.ClientAsAsync("counselor");
        var (workerId, caseId) = await CaseWithRecordAsync(counselor, "权限测试");
        var item = await UploadAsync(counselor, caseId, Pdf(), "证明.pdf").OkAsync();
        var id = (long)item["id"]!;
        var idText = id.ToString(System.Globalization.CultureInfo.InvariantCulture);

        using var other = await app.ClientAsAsync("counselor2");
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/api/v1/cases/{caseId}/archive", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/api/v1/archive/{id}/content", Ct)).StatusCode);
        using var admin = await app.ClientAsAsync("admin");
        Assert.Equal(HttpStatusCode.Forbidden, (await admin.GetAsync($"/api/v1/archive/{id}/content", Ct)).StatusCode);
        using var custodian = await app.ClientAsAsync("custodian");
        await custodian.GetByteArrayAsync($"/api/v1/archive/{id}/content", Ct);
        Assert.Equal(HttpStatusCode.Forbidden, (await counselor.PostJsonAsync($"/api/v1/archive/{id}/dispose", new JsonObject { ["reason"] = "x" })).StatusCode);

        await app.FlushAuditAsync();
        await using var scope = app.Scope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var custodianId = (await DemoUsers.FindAsync(app, "custodian")).Id;
        Assert.True(await db.AuditEntries.AnyAsync(e => e.EntityType == "ArchiveItem" && e.EntityId == idText && e.UserId == custodianId
            && e.Action == AuditAction.Export, Ct));
        _ = workerId;
    }

    [Fact, Trait("Clause", "7.2.1")]
    public async Task Items_of_a_closed_case_are_kept_for_their_kinds_years_and_disposed_only_after_with_a_record()
    {
        using var counselor = await app.ClientAsAsync("counselor");
        var workerId = await NewWorkerAsync(counselor, "保管测试");
        var (caseId, _) = await CaseInFollowUpAsync(counselor, workerId, Day(0), Day(30));
        var item = await UploadAsync(counselor, caseId, Pdf("keep"), "协议.pdf").OkAsync();
        var id = (long)item["id"]!;
        await counselor.PostOkAsync($"/api/v1/cases/{caseId}/close", new JsonObject
        {
            ["outcome"] = "Employed", ["employerName"] = "重庆某公司", ["occupationCode"] = "4-01-02-01", ["startedOn"] = Day(0),
            ["monthlyPay"] = 5200, ["reason"] = "已入职",
        });

        using var custodian = await app.ClientAsAsync("custodian");
        await System.Net.Http.Json.HttpClientJsonExtensions.PutAsJsonAsync(custodian, "/api/v1/archive/retention-rules/PersonalMaterial", new JsonObject { ["years"] = 0, ["basis"] = "" }, TestData.Json, Ct)
            .ProblemAsync(HttpStatusCode.BadRequest);
        await custodian.PutJsonOkAsync("/api/v1/archive/retention-rules/PersonalMaterial", new JsonObject { ["years"] = 3, ["basis"] = "服务协议第五条：个人资料保存三年" });
        await using (var scope = app.Scope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            while (await GuidanceDesk.Web.Features.Archive.ArchiveKeeping.ApplyRetentionAsync(db, TimeProvider.System, Ct) > 0)
            {
            }
        }

        var kept = await custodian.GetFromJsonOkAsync($"/api/v1/archive/{id}");
        var until = DateOnly.Parse((string)kept["retainUntil"]!, System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(DateOnly.Parse(Today, System.Globalization.CultureInfo.InvariantCulture).AddYears(3), until);
        var early = await custodian.PostJsonAsync($"/api/v1/archive/{id}/dispose", new JsonObject { ["reason"] = "保管期满" })
            .ProblemAsync(HttpStatusCode.UnprocessableEntity);
        Assert.True(early["errors"]!.AsObject().ContainsKey("retainUntil"));

        // Four years on, the custodian disposes of it: the record stays with the reason, the bytes are gone.
        await using var later = app.HostAt(new Microsoft.Extensions.Time.Testing.FakeTimeProvider(DateTimeOffset.UtcNow.AddYears(4)));
        using var custodianLater = await later.ClientAsAsync("custodian");
        var disposed = await custodianLater.PostJsonAsync($"/api/v1/archive/{id}/dispose", new JsonObject { ["reason"] = "保管期满，经负责人批准销毁" }).OkAsync();
        Assert.NotNull((string?)disposed["disposedAt"]);
        Assert.Equal("保管期满，经负责人批准销毁", (string?)disposed["disposalReason"]);
        await custodian.GetAsync($"/api/v1/archive/{id}/content", Ct).ProblemAsync(HttpStatusCode.UnprocessableEntity);
        if (app is not S3App)
            Assert.DoesNotContain(Directory.EnumerateFiles(app.FilesRoot, "*", SearchOption.AllDirectories),
                f => File.ReadAllBytes(f).AsSpan().SequenceEqual(Pdf("keep")));
    }

    [Fact, Trait("Clause", "7.2.1")]
    public async Task Audio_and_video_are_kept_only_as_far_as_the_service_agreement_says()
    {
        using var counselor = await app.ClientAsAsync("counselor");
        // The test worker's agreement covers text and audio, not video.
        var (_, caseId) = await CaseWithRecordAsync(counselor, "协议范围测试");
        var localBefore = LocalFiles(app);
        var video = await UploadAsync(counselor, caseId, Mp4(), "视频简历.mp4", title: "视频简历").ProblemAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Contains("录像", (string?)video["title"], StringComparison.Ordinal);
        Assert.Equal(localBefore, LocalFiles(app));
        var audio = await UploadAsync(counselor, caseId, Wav(), "自我介绍.wav", title: "自我介绍录音").OkAsync();
        Assert.Equal("Wav", (string?)audio["versions"]![0]!["type"]);
        // A truncated video is refused as damaged before anything else.
        await UploadAsync(counselor, caseId, Mp4()[..30], "cut.mp4").ProblemAsync(HttpStatusCode.UnprocessableEntity);
    }
}

[Collection(OnSqlite.Name)]
public sealed class ArchiveSqliteTests(SqliteApp app) : ArchiveTests(app);

[Collection(OnPostgres.Name)]
public sealed class ArchivePostgresTests(PostgresApp app) : ArchiveTests(app);

[Collection(OnS3.Name)]
public sealed class ArchiveS3Tests(S3App app) : ArchiveTests(app);
