using System.Formats.Tar;
using System.Text.Json;
using GuidanceDesk.Web.Data;
using GuidanceDesk.Web.Infrastructure.Files;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace GuidanceDesk.Web.Infrastructure.Backups;

/// <summary>What one backup wrote.</summary>
/// <param name="MissingFiles">Stored files the database names but the store no longer has: not in the archive.</param>
public sealed record WrittenBackup(string FileName, long Size, string Sha256, int FileCount, int MissingFiles);

/// <summary>
/// Takes one backup: a consistent copy of the database (SQLite's online backup API; pg_dump of an exported snapshot),
/// the manifest of that copy, every stored file read through <see cref="IFileStore"/> (so the S3 store is covered as
/// well as the local folder), all in one encrypted archive written beside a <c>.sha256</c> file.
/// </summary>
public sealed class BackupWriter(AppDbContext db, IFileStore store, BackupEnvironment env, PgTools pg, TimeProvider clock)
{
    public async Task<WrittenBackup> WriteAsync(string fileName, byte[] key, CancellationToken ct)
    {
        Directory.CreateDirectory(env.Directory);
        var work = Path.Combine(env.Directory, ".work-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(work);
        if (!OperatingSystem.IsWindows())
            File.SetUnixFileMode(work, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        var partial = Path.Combine(env.Directory, fileName + ".partial");
        try
        {
            // Files listed before the dump: each is in the dump too (records are never removed, only marked erased).
            var stored = await db.StoredFiles.AsNoTracking().Where(f => f.ErasedAt == null)
                .OrderBy(f => f.Id).Select(f => new { f.StorageKey, f.Sha256 }).ToListAsync(ct);
            var keyTables = KeyTable.From(db.Model);
            var (dump, snapshot) = env.Provider == DatabaseProvider.Sqlite
                ? await DumpSqliteAsync(work, keyTables, ct)
                : await DumpPostgresAsync(work, keyTables, ct);

            var files = new List<BackupManifestFile>();
            var missing = 0;
            await using (var output = new FileStream(partial, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16))
            {
                await using (var encrypted = BackupCipher.Encrypt(output, key))
                await using (var tar = new TarWriter(encrypted, TarEntryFormat.Pax, leaveOpen: true))
                {
                    await tar.WriteEntryAsync(dump, "database/" + Path.GetFileName(dump), ct);
                    if (env.PersonalDataKeyFile is { } keyFile && File.Exists(keyFile))
                        await tar.WriteEntryAsync(keyFile, BackupManifest.KeysEntry, ct);
                    foreach (var f in stored)
                    {
                        if (await CopyStoredAsync(tar, f.StorageKey, work, ct) is { } written)
                            files.Add(written);
                        else
                            missing++;
                    }
                    var manifest = new BackupManifest(TableSnapshot.CurrentFormat, env.Provider.ToString(), clock.GetUtcNow(), "database/" + Path.GetFileName(dump),
                        snapshot.RowCounts, keyTables, snapshot.Checksums, files);
                    var json = Path.Combine(work, BackupManifest.EntryName);
                    await File.WriteAllBytesAsync(json, JsonSerializer.SerializeToUtf8Bytes(manifest, BackupArchive.Json), ct);
                    await tar.WriteEntryAsync(json, BackupManifest.EntryName, ct);
                }
                await output.FlushAsync(ct);
                output.Flush(flushToDisk: true);
            }
            var sha = await BackupArchive.FileSha256Async(partial, ct);
            var final = Path.Combine(env.Directory, fileName);
            File.Move(partial, final);
            await File.WriteAllTextAsync(final + ".sha256", $"{sha}  {fileName}\n", ct);
            return new WrittenBackup(fileName, new FileInfo(final).Length, sha, files.Count, missing);
        }
        finally
        {
            if (File.Exists(partial))
                File.Delete(partial);
            BackupArchive.TryDelete(work);
        }
    }

    /// <summary>Copies one stored file into the archive through a spool file: tar needs each entry's length up front.</summary>
    private async Task<BackupManifestFile?> CopyStoredAsync(TarWriter tar, string storageKey, string work, CancellationToken ct)
    {
        var spool = Path.Combine(work, "spool");
        Stream source;
        try
        {
            source = await store.OpenReadAsync(storageKey, ct);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            // Gone from the store already: the archive's file check (7.2) reports it; the backup holds what exists.
            return null;
        }
        string sha;
        await using (source)
            sha = await BackupArchive.HashAsync(source, spool, ct);
        var length = new FileInfo(spool).Length;
        await tar.WriteEntryAsync(spool, BackupManifest.FilesPrefix + storageKey, ct);
        File.Delete(spool);
        return new BackupManifestFile(storageKey, length, sha);
    }

    private async Task<(string Dump, TableSnapshot Snapshot)> DumpSqliteAsync(string work, IReadOnlyList<KeyTable> keyTables, CancellationToken ct)
    {
        var dump = Path.Combine(work, "guidancedesk.db");
        await using (var source = new SqliteConnection(env.ConnectionString))
        await using (var target = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = dump, Pooling = false }.ToString()))
        {
            await source.OpenAsync(ct);
            await target.OpenAsync(ct);
            // The online backup API copies a consistent snapshot while the app keeps writing.
            source.BackupDatabase(target);
            await using var cmd = target.CreateCommand();
            // A self-contained file: no -wal beside it to lose on the way into the archive.
            cmd.CommandText = "PRAGMA journal_mode=DELETE;";
            await cmd.ExecuteNonQueryAsync(ct);
            return (dump, await TableSnapshot.ReadAsync(target, null, DatabaseProvider.Sqlite, keyTables, ct));
        }
    }

    private async Task<(string Dump, TableSnapshot Snapshot)> DumpPostgresAsync(string work, IReadOnlyList<KeyTable> keyTables, CancellationToken ct)
    {
        var dump = Path.Combine(work, "guidancedesk.pgdump");
        await using var conn = new NpgsqlConnection(env.ConnectionString);
        await conn.OpenAsync(ct);
        // pg_dump reads the snapshot this transaction exports, and the manifest is counted in it: both see the same rows.
        await using var tx = await conn.BeginTransactionAsync(System.Data.IsolationLevel.RepeatableRead, ct);
        string snapshotId;
        await using (var cmd = new NpgsqlCommand("SELECT pg_export_snapshot()", conn, tx))
            snapshotId = (string)(await cmd.ExecuteScalarAsync(ct))!;
        await pg.DumpAsync(env.ConnectionString, snapshotId, dump, ct);
        var snapshot = await TableSnapshot.ReadAsync(conn, tx, DatabaseProvider.Postgres, keyTables, ct);
        await tx.CommitAsync(ct);
        return (dump, snapshot);
    }
}
