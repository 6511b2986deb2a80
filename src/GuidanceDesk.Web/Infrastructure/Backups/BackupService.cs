using System.Globalization;
using GuidanceDesk.Web.Data;
using GuidanceDesk.Web.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace GuidanceDesk.Web.Infrastructure.Backups;

/// <summary>One backup at a time in this process (the lease keeps other instances out; this keeps a second click out).</summary>
public sealed class BackupGate
{
    public SemaphoreSlim Semaphore { get; } = new(1, 1);
}

/// <summary>
/// Backs up, verifies and applies retention, recording each run as a <see cref="BackupRun"/>. The nightly job, the
/// admin's 立即备份 and the <c>backup</c> command all come here.
/// </summary>
public sealed class BackupService(AppDbContext db, BackupWriter writer, BackupVerifier verifier, BackupEnvironment env,
    IOptions<BackupOptions> options, TimeProvider clock, ILogger<BackupService> logger)
{
    private byte[] Key(bool create) => BackupKey.Load(options.Value, env.ContentRoot, create);

    /// <summary>Takes a backup and verifies it; a failure is recorded on the run (and logged), not thrown.</summary>
    public async Task<BackupRun> BackupAndVerifyAsync(string triggeredBy, CancellationToken ct)
    {
        var run = new BackupRun(env.Provider.ToString(), triggeredBy, clock.GetUtcNow());
        db.BackupRuns.Add(run);
        await db.SaveChangesAsync(ct);
        var stamp = AgencyClock.ToLocal(run.StartedAt).ToString("yyyyMMdd-HHmmss", CultureInfo.InvariantCulture);
        var fileName = $"guidancedesk-{stamp}-{run.Id.ToString(CultureInfo.InvariantCulture)}.gdbak";
        try
        {
            var key = Key(create: true);
            var written = await writer.WriteAsync(fileName, key, ct);
            run.Succeed(written.FileName, written.Size, written.Sha256, written.FileCount, clock.GetUtcNow());
            await db.SaveChangesAsync(ct);
            var result = await verifier.VerifyAsync(PathOf(run), key, ct);
            // A file the store lost does not spoil the backup of everything else, but the run says so.
            var message = written.MissingFiles == 0 ? result.Message
                : $"{result.Message}；文件存储中缺少 {written.MissingFiles.ToString(CultureInfo.InvariantCulture)} 个已登记的文件，未能备份（见档案完整性检查）";
            run.RecordVerification(result.Ok, message, clock.GetUtcNow());
            if (!result.Ok)
                logger.LogError("Backup {File} failed its verification: {Message}", fileName, result.Message);
        }
        catch (Exception e) when (e is not OperationCanceledException and not OutOfMemoryException)
        {
            logger.LogError(e, "Backup {File} failed", fileName);
            run.Fail("备份失败：" + e.Message, clock.GetUtcNow());
        }
        await db.SaveChangesAsync(CancellationToken.None);
        return run;
    }

    /// <summary>Verifies an existing backup again (e.g. after copying it back from off-site storage).</summary>
    public async Task<BackupRun> VerifyAsync(BackupRun run, CancellationToken ct)
    {
        var path = PathOf(run);
        VerificationResult result;
        if (!File.Exists(path))
            result = new VerificationResult(false, "备份文件不存在");
        else if (!string.Equals(await BackupArchive.FileSha256Async(path, ct), run.Sha256, StringComparison.OrdinalIgnoreCase))
            result = new VerificationResult(false, "备份文件的 SHA-256 与备份时记录的不符：文件已损坏或被改动");
        else
            result = await verifier.VerifyAsync(path, Key(create: false), ct);
        run.RecordVerification(result.Ok, result.Message, clock.GetUtcNow());
        await db.SaveChangesAsync(ct);
        return run;
    }

    /// <summary>Deletes the archives retention no longer keeps (and those that failed verification); their runs stay, marked deleted.</summary>
    public async Task<int> ApplyRetentionAsync(CancellationToken ct)
    {
        var runs = await db.BackupRuns.Where(r => r.Status == BackupRunStatus.Succeeded).ToListAsync(ct);
        var keep = BackupRetention.Keep(runs.Where(r => r.Verification != BackupVerification.Failed).Select(r => (r.Id, r.StartedAt)), options.Value);
        var deleted = 0;
        foreach (var run in runs.Where(r => !keep.Contains(r.Id)))
        {
            var path = PathOf(run);
            File.Delete(path);
            File.Delete(path + ".sha256");
            run.MarkDeleted(clock.GetUtcNow());
            deleted++;
        }
        await db.SaveChangesAsync(ct);
        return deleted;
    }

    public string PathOf(BackupRun run) => Path.Combine(env.Directory, run.FileName ?? throw new InvalidOperationException("The run wrote no file."));
}
