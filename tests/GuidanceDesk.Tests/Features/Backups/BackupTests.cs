using System.Net;
using GuidanceDesk.Tests.Features.Guidance;
using GuidanceDesk.Tests.Support;
using GuidanceDesk.Web.Data;
using GuidanceDesk.Web.Domain;
using GuidanceDesk.Web.Features.Quality.Conformance;
using GuidanceDesk.Web.Infrastructure.Backups;
using GuidanceDesk.Web.Infrastructure.Files;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace GuidanceDesk.Tests.Features.Backups;

/// <summary>Backups that restore (4.4c), on both databases: back up, damage the live data, restore, find every record.</summary>
public abstract class BackupTests(AppFixture app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;
    private static byte[] Key => Convert.FromBase64String(BackupTestKey.Key);

    private async Task<(BackupRun Run, string Path)> BackupAsync()
    {
        await using var scope = app.Scope();
        var service = scope.ServiceProvider.GetRequiredService<BackupService>();
        var run = await service.BackupAndVerifyAsync("test", Ct);
        Assert.True(run.Status == BackupRunStatus.Succeeded, run.Message);
        return (run, service.PathOf(run));
    }

    private sealed record Census(int Workers, int Cases, int Records, int Files, List<string> Names, string? FileKey, string? FileSha);

    private async Task<Census> CountAsync()
    {
        await using var scope = app.Scope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var file = await db.StoredFiles.Where(f => f.ErasedAt == null).OrderBy(f => f.Id).FirstOrDefaultAsync(Ct);
        return new Census(await db.Workers.CountAsync(Ct), await db.GuidanceCases.CountAsync(Ct), await db.GuidanceRecords.CountAsync(Ct),
            await db.StoredFiles.CountAsync(Ct), await db.Workers.OrderBy(w => w.Id).Select(w => w.Name).ToListAsync(Ct), file?.StorageKey, file?.Sha256);
    }

    [Fact, Trait("Clause", "4.4c")]
    public async Task A_backup_is_verified_and_after_the_live_data_and_a_file_are_damaged_a_restore_finds_every_record_and_the_file()
    {
        var before = await CountAsync();
        Assert.True(before.Workers > 0 && before.Records > 0);
        var (run, path) = await BackupAsync();
        Assert.Equal(BackupVerification.Verified, run.Verification);
        Assert.True(File.Exists(path + ".sha256"));

        await using (var scope = app.Scope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            await db.GuidanceRecords.ExecuteDeleteAsync(Ct);
            await db.Workers.ExecuteUpdateAsync(s => s.SetProperty(w => w.Name, "损坏"), Ct);
            if (before.FileKey is { } key)
                await scope.ServiceProvider.GetRequiredService<IFileStore>().DeleteAsync(key, Ct);
        }
        Assert.Equal(0, (await CountAsync()).Records);

        await using (var scope = app.Scope())
        {
            var report = await scope.ServiceProvider.GetRequiredService<BackupRestorer>().RestoreAsync(path, Key, Ct);
            Assert.True(report.Rows > 0);
            if (before.FileKey is not null)
                Assert.True(report.FilesRestored >= 1);
        }

        var after = await CountAsync();
        Assert.Equal((before.Workers, before.Cases, before.Records, before.Files), (after.Workers, after.Cases, after.Records, after.Files));
        Assert.Equal(before.Names, after.Names);
        if (before.FileKey is { } fileKey)
        {
            await using var scope = app.Scope();
            await using var stream = await scope.ServiceProvider.GetRequiredService<IFileStore>().OpenReadAsync(fileKey, Ct);
            Assert.Equal(before.FileSha, await BackupArchive.HashAsync(stream, null, Ct));
        }
        await using (var scope = app.Scope())
        {
            // The restored database's record of this very backup (dumped while it ran) is closed, not left 进行中.
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            Assert.False(await db.BackupRuns.AnyAsync(r => r.Status == BackupRunStatus.Running, Ct));
            var own = await db.BackupRuns.SingleAsync(r => r.Id == run.Id, Ct);
            Assert.Equal((BackupRunStatus.Succeeded, BackupVerification.Verified, run.FileName), (own.Status, own.Verification, own.FileName));
            Assert.Contains("恢复", own.Message, StringComparison.Ordinal);
        }
        // The app reads the restored database through its own pipeline too.
        using var counselor = await app.ClientAsAsync("counselor");
        Assert.Equal(HttpStatusCode.OK, (await counselor.GetAsync("/api/v1/workers", Ct)).StatusCode);
    }

    [Fact, Trait("Clause", "4.4c")]
    public async Task A_key_table_checksum_changes_when_one_row_does_and_returns_when_it_is_put_back()
    {
        await using var scope = app.Scope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var provider = db.Database.IsNpgsql() ? DatabaseProvider.Postgres : DatabaseProvider.Sqlite;
        var tables = KeyTable.From(db.Model).Where(t => t.Name == "Workers").ToList();
        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync(Ct);
        async Task<string> SumAsync() => (await TableSnapshot.ReadAsync(connection, null, provider, tables, Ct)).Checksums["Workers"];
        var worker = await db.Workers.AsNoTracking().OrderBy(w => w.Id).Select(w => new { w.Id, w.Name }).FirstAsync(Ct);

        var before = await SumAsync();
        await db.Workers.Where(w => w.Id == worker.Id).ExecuteUpdateAsync(s => s.SetProperty(w => w.Name, worker.Name + "。"), Ct);
        var changed = await SumAsync();
        await db.Workers.Where(w => w.Id == worker.Id).ExecuteUpdateAsync(s => s.SetProperty(w => w.Name, worker.Name), Ct);

        Assert.NotEqual(before, changed);
        Assert.Equal(before, await SumAsync());
    }

    [Fact, Trait("Clause", "4.4c")]
    public async Task A_file_the_store_has_lost_is_left_out_and_reported_and_the_backup_of_the_rest_is_verified()
    {
        var lost = "lost/" + Guid.NewGuid().ToString("N") + ".pdf";
        await using (var scope = app.Scope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            db.StoredFiles.Add(new StoredFile(lost, scope.ServiceProvider.GetRequiredService<IFileStore>().Name, new string('0', 64), 10,
                FileType.Pdf, "lost.pdf", "test", DateTimeOffset.UtcNow));
            await db.SaveChangesAsync(Ct);
        }

        var (run, _) = await BackupAsync();
        Assert.Equal(BackupVerification.Verified, run.Verification);
        Assert.Contains("缺少", run.Message, StringComparison.Ordinal);
    }

    [Fact, Trait("Clause", "4.4c")]
    public async Task A_tampered_archive_fails_verification_and_a_wrong_key_is_refused_without_touching_the_live_data()
    {
        var (run, path) = await BackupAsync();
        var tampered = path + ".tampered";
        var bytes = await File.ReadAllBytesAsync(path, Ct);
        bytes[bytes.Length / 2] ^= 0x40;
        await File.WriteAllBytesAsync(tampered, bytes, Ct);
        await using var scope = app.Scope();
        var verifier = scope.ServiceProvider.GetRequiredService<BackupVerifier>();
        var bad = await verifier.VerifyAsync(tampered, Key, Ct);
        Assert.False(bad.Ok);
        Assert.Contains("损坏", bad.Message);

        var wrongKey = new byte[32];
        var wrong = await verifier.VerifyAsync(path, wrongKey, Ct);
        Assert.False(wrong.Ok);
        Assert.Contains("密钥不正确", wrong.Message);
        var before = await CountAsync();
        var refused = await Assert.ThrowsAsync<BackupUnreadableException>(() =>
            scope.ServiceProvider.GetRequiredService<BackupRestorer>().RestoreAsync(path, wrongKey, Ct));
        Assert.Contains("密钥不正确", refused.Message);
        Assert.Equal(before.Records, (await CountAsync()).Records);

        // The recorded run fails its re-verification once the file on disk changed.
        File.Copy(tampered, path, overwrite: true);
        var service = scope.ServiceProvider.GetRequiredService<BackupService>();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var again = await service.VerifyAsync(await db.BackupRuns.SingleAsync(r => r.Id == run.Id, Ct), Ct);
        Assert.Equal(BackupVerification.Failed, again.Verification);
        Assert.Contains("SHA-256", again.Message);
    }

    [Fact, Trait("Clause", "4.4c")]
    public async Task The_conformance_row_passes_after_a_verified_backup_and_the_admin_api_lists_runs_but_a_counselor_is_forbidden()
    {
        await BackupAsync();
        await using (var scope = app.Scope())
        {
            var rule = scope.ServiceProvider.GetServices<IConformanceRule>().Single(r => r.Clause == "4.4c");
            var row = await rule.EvaluateAsync(null!, Ct);
            Assert.Equal(ConformanceLevel.Pass, row.Level);
        }

        using var counselor = await app.ClientAsAsync("counselor");
        Assert.Equal(HttpStatusCode.Forbidden, (await counselor.GetAsync("/api/v1/backups", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await counselor.PostAsync("/api/v1/backups", null, Ct)).StatusCode);

        using var admin = await app.ClientAsAsync("admin");
        var created = await admin.PostAsync("/api/v1/backups", null, Ct);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal("Verified", (string?)(await created.BodyAsync())["verification"]);
        var list = await admin.GetFromJsonOkAsync("/api/v1/backups");
        Assert.Equal("ok", (string?)list["freshness"]!["level"]);
        Assert.True(list["runs"]!["items"]!.AsArray().Count >= 2);
        var page = await admin.GetAsync("/Admin/Backups", Ct);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("立即备份", await page.Content.ReadAsStringAsync(Ct));
    }
}

[Collection(OnBackupSqlite.Name)]
public sealed class BackupSqliteTests(BackupSqliteApp app) : BackupTests(app);

[Collection(OnBackupPostgres.Name)]
public sealed class BackupPostgresTests(BackupPostgresApp app) : BackupTests(app);

[Collection(OnBackupS3.Name)]
public sealed class BackupS3Tests(BackupS3App app) : BackupTests(app);
