using System.Globalization;
using GuidanceDesk.Web.Data;
using GuidanceDesk.Web.Infrastructure.Files;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace GuidanceDesk.Web.Infrastructure.Backups;

/// <summary>What a restore put back, for the operator's console.</summary>
public sealed record RestoreReport(string Provider, DateTimeOffset TakenAt, int Tables, long Rows, int FilesRestored, int FilesAlreadyPresent,
    string? KeptAside, IReadOnlyList<string> Notes);

/// <summary>
/// Replaces the live database and the stored files with a backup's (the <c>restore</c> command). Nothing live is
/// touched until the archive has decrypted, every file matched its hash and, on SQLite, the restored copy matched the
/// manifest. SQLite: the live file (and its -wal/-shm) is moved aside, not deleted; PostgreSQL: pg_restore --clean
/// in one transaction, so a failure leaves the database as it was.
/// </summary>
public sealed class BackupRestorer(BackupEnvironment env, IFileStore store, PgTools pg, TimeProvider clock, IServiceScopeFactory scopes)
{
    public async Task<RestoreReport> RestoreAsync(string archive, byte[] key, CancellationToken ct)
    {
        await CheckSidecarAsync(archive, ct);
        var scratch = Path.Combine(Path.GetTempPath(), "gd-restore-" + Guid.NewGuid().ToString("N"));
        try
        {
            var extracted = await BackupArchive.ExtractAsync(archive, key, scratch, extractFiles: true, ct);
            var manifest = extracted.Manifest;
            if (!string.Equals(manifest.Provider, env.Provider.ToString(), StringComparison.OrdinalIgnoreCase))
                throw new BackupUnreadableException($"此备份来自 {manifest.Provider} 数据库，当前配置的是 {env.Provider}");
            var notes = new List<string>();
            string? aside = null;
            TableSnapshot restored;
            if (env.Provider == DatabaseProvider.Sqlite)
            {
                await using (var check = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = extracted.DatabasePath, Pooling = false }.ToString()))
                {
                    await check.OpenAsync(ct);
                    restored = await TableSnapshot.ReadAsync(check, null, DatabaseProvider.Sqlite, manifest.KeyTables, ct);
                }
                var problems = manifest.CompareTables(restored);
                if (problems.Count > 0)
                    throw new BackupUnreadableException("备份中的数据库与清单不符，未做任何更改：" + string.Join("；", problems.Take(5)));
                aside = SwapSqlite(extracted.DatabasePath);
            }
            else
            {
                await pg.RestoreAsync(env.ConnectionString, extracted.DatabasePath, clean: true, ct);
                NpgsqlConnection.ClearAllPools();
                await using var conn = new NpgsqlConnection(env.ConnectionString);
                await conn.OpenAsync(ct);
                restored = await TableSnapshot.ReadAsync(conn, null, DatabaseProvider.Postgres, manifest.KeyTables, ct, manifest.Format);
                // Tables the dump does not have (a newer release's) are left alone by --clean; only the dump's are compared.
                var problems = manifest.CompareTables(restored);
                if (problems.Count > 0)
                    notes.Add("恢复后核对有差异：" + string.Join("；", problems.Take(5)));
            }
            var (put, present) = await RestoreFilesAsync(extracted, ct);
            notes.AddRange(RestoreKeyFile(extracted));
            await CloseOwnRunAsync(archive, manifest, matched: notes.Count == 0, ct);
            return new RestoreReport(manifest.Provider, manifest.CreatedAt, manifest.RowCounts.Count, manifest.RowCounts.Values.Sum(),
                put, present, aside, notes);
        }
        finally
        {
            BackupArchive.TryDelete(scratch);
        }
    }

    /// <summary>Closes the restored database's record of the backup being restored (it was still running when dumped).</summary>
    private async Task CloseOwnRunAsync(string archive, BackupManifest manifest, bool matched, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var running = await db.BackupRuns.Where(r => r.Status == Domain.BackupRunStatus.Running).ToListAsync(ct);
        if (running.Count == 0)
            return;
        var size = new FileInfo(archive).Length;
        var sha = await BackupArchive.FileSha256Async(archive, ct);
        var now = clock.GetUtcNow();
        var when = AgencyClock.ToLocal(now).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
        // The newest running row is this archive's; an older one still running was cut short before the snapshot.
        foreach (var run in running.OrderByDescending(r => r.StartedAt).Skip(1))
            run.Fail("备份时此前的一次备份仍未完成（中断）", now);
        running.MaxBy(r => r.StartedAt)!.CloseAfterRestore(Path.GetFileName(archive), size, sha, manifest.Files.Count, matched,
            matched ? $"已于 {when} 从此备份恢复，核对一致" : $"已于 {when} 从此备份恢复，核对有差异", now);
        await db.SaveChangesAsync(ct);
    }

    /// <summary>A <c>.sha256</c> beside the archive (written by the backup) must match; without one the GCM tags still catch any change.</summary>
    private static async Task CheckSidecarAsync(string archive, CancellationToken ct)
    {
        if (!File.Exists(archive))
            throw new BackupUnreadableException($"找不到备份文件 {archive}");
        var sidecar = archive + ".sha256";
        if (!File.Exists(sidecar))
            return;
        var expected = (await File.ReadAllTextAsync(sidecar, ct)).Split(' ', 2)[0].Trim();
        if (!string.Equals(expected, await BackupArchive.FileSha256Async(archive, ct), StringComparison.OrdinalIgnoreCase))
            throw new BackupUnreadableException("备份文件的 SHA-256 与备份时记录的不符：文件已损坏或被改动");
    }

    /// <summary>Moves the live file and its WAL aside and puts the restored one in its place; returns where the old one went.</summary>
    private string? SwapSqlite(string restoredFile)
    {
        var live = new SqliteConnectionStringBuilder(env.ConnectionString).DataSource;
        // Pooled connections keep the old file open; new ones must open the restored file.
        SqliteConnection.ClearAllPools();
        var stamp = AgencyClock.ToLocal(clock.GetUtcNow()).ToString("yyyyMMdd-HHmmss", CultureInfo.InvariantCulture);
        var aside = $"{live}.before-restore-{stamp}";
        string? kept = null;
        foreach (var suffix in new[] { "", "-wal", "-shm" })
        {
            if (File.Exists(live + suffix))
            {
                File.Move(live + suffix, aside + suffix, overwrite: true);
                kept ??= aside;
            }
        }
        Directory.CreateDirectory(Path.GetDirectoryName(live)!);
        File.Move(restoredFile, live);
        return kept;
    }

    /// <summary>Puts back every file that is missing or changed; files already right are left as they are.</summary>
    private async Task<(int Put, int Present)> RestoreFilesAsync(ExtractedBackup extracted, CancellationToken ct)
    {
        int put = 0, present = 0;
        foreach (var (storageKey, file) in extracted.Files)
        {
            var current = await CurrentHashAsync(storageKey, ct);
            if (current == file.Sha256)
            {
                present++;
                continue;
            }
            if (current is not null)
                await store.DeleteAsync(storageKey, ct);
            await store.PutAsync(storageKey, file.Path!, ct);
            put++;
        }
        return (put, present);
    }

    private async Task<string?> CurrentHashAsync(string storageKey, CancellationToken ct)
    {
        try
        {
            await using var stream = await store.OpenReadAsync(storageKey, ct);
            return await BackupArchive.HashAsync(stream, null, ct);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            return null;
        }
    }

    /// <summary>The personal-data key file goes back only where there is none: a different one is reported, never overwritten.</summary>
    private IEnumerable<string> RestoreKeyFile(ExtractedBackup extracted)
    {
        if (extracted.PersonalDataKeys is not { } keys || env.PersonalDataKeyFile is not { } path)
            yield break;
        if (!File.Exists(path))
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, keys);
            if (!OperatingSystem.IsWindows())
                File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite);
            yield return $"已恢复个人信息密钥文件 {path}";
        }
        else if (File.ReadAllText(path).Trim() != keys.Trim())
        {
            yield return $"注意：现有个人信息密钥文件 {path} 与备份中的不同，未覆盖；备份中的身份证号和电话需用备份时的密钥才能读取";
        }
    }
}
