using System.Formats.Tar;
using System.Security.Cryptography;
using System.Text.Json;
using GuidanceDesk.Web.Data;

namespace GuidanceDesk.Web.Infrastructure.Backups;

/// <summary>Where this installation's data and backups are, resolved once from configuration.</summary>
public sealed record BackupEnvironment(DatabaseProvider Provider, string ConnectionString, string ContentRoot, string Directory,
    string? PersonalDataKeyFile);

/// <summary>A backup archive opened and checked: the manifest, the database dump on disk, and every stored file's hash.</summary>
public sealed record ExtractedBackup(BackupManifest Manifest, string DatabasePath, IReadOnlyDictionary<string, ExtractedFile> Files, string? PersonalDataKeys);

/// <summary>A stored file found in the archive; <see cref="Path"/> is set when it was extracted (restore), not when only hashed (verify).</summary>
public sealed record ExtractedFile(long Length, string Sha256, string? Path);

/// <summary>
/// The archive inside the encryption: a tar stream of the database dump, the stored files (<c>files/&lt;key&gt;</c>),
/// the personal-data key file when the installation uses one, and last the manifest.
/// </summary>
public static class BackupArchive
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    /// <summary>Decrypts and reads the whole archive into <paramref name="scratch"/>; any damage or a wrong key throws <see cref="BackupUnreadableException"/>.</summary>
    public static async Task<ExtractedBackup> ExtractAsync(string archive, byte[] key, string scratch, bool extractFiles, CancellationToken ct)
    {
        Directory.CreateDirectory(scratch);
        await using var file = new FileStream(archive, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
        await using var plain = BackupCipher.Decrypt(file, key);
        BackupManifest? manifest = null;
        string? database = null;
        string? keys = null;
        var files = new Dictionary<string, ExtractedFile>(StringComparer.Ordinal);
        try
        {
            await using var tar = new TarReader(plain);
            while (await tar.GetNextEntryAsync(copyData: false, ct) is { } entry)
            {
                if (entry.DataStream is null)
                    continue;
                if (entry.Name == BackupManifest.EntryName)
                {
                    manifest = await JsonSerializer.DeserializeAsync<BackupManifest>(entry.DataStream, Json, ct);
                }
                else if (entry.Name.StartsWith("database/", StringComparison.Ordinal))
                {
                    database = Path.Combine(scratch, Path.GetFileName(entry.Name));
                    await using var target = File.Create(database);
                    await entry.DataStream.CopyToAsync(target, ct);
                }
                else if (entry.Name == BackupManifest.KeysEntry)
                {
                    using var reader = new StreamReader(entry.DataStream);
                    keys = await reader.ReadToEndAsync(ct);
                }
                else if (entry.Name.StartsWith(BackupManifest.FilesPrefix, StringComparison.Ordinal))
                {
                    var storageKey = entry.Name[BackupManifest.FilesPrefix.Length..];
                    string? path = extractFiles ? Path.Combine(scratch, "files", files.Count.ToString(System.Globalization.CultureInfo.InvariantCulture)) : null;
                    files[storageKey] = new ExtractedFile(entry.Length, await HashAsync(entry.DataStream, path, ct), path);
                }
            }
        }
        catch (Exception e) when (e is InvalidDataException or FormatException or JsonException)
        {
            throw new BackupUnreadableException("备份文件内容无法解析：" + e.Message, e);
        }
        if (manifest is null || database is null)
            throw new BackupUnreadableException("备份文件不完整：缺少清单或数据库");
        var missing = manifest.Files.Where(f => !files.TryGetValue(f.Key, out var got) || got.Sha256 != f.Sha256).Select(f => f.Key).ToList();
        if (missing.Count > 0)
            throw new BackupUnreadableException($"备份中的 {missing.Count} 个文件与清单不符，例如 {missing[0]}");
        return new ExtractedBackup(manifest, database, files, keys);
    }

    /// <summary>Hashes a stream, copying it to <paramref name="copyTo"/> on the way when given.</summary>
    public static async Task<string> HashAsync(Stream source, string? copyTo, CancellationToken ct)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        await using var target = copyTo is null ? null : CreateFile(copyTo);
        var buffer = new byte[1 << 16];
        int read;
        while ((read = await source.ReadAsync(buffer, ct)) > 0)
        {
            hash.AppendData(buffer, 0, read);
            if (target is not null)
                await target.WriteAsync(buffer.AsMemory(0, read), ct);
        }
        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    public static async Task<string> FileSha256Async(string path, CancellationToken ct)
    {
        await using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
        return Convert.ToHexStringLower(await SHA256.HashDataAsync(stream, ct));
    }

    private static FileStream CreateFile(string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        return File.Create(path);
    }

    /// <summary>Deletes a scratch folder, ignoring what the OS still holds (the temp folder is cleaned anyway).</summary>
    public static void TryDelete(string directory)
    {
        try
        {
            if (Directory.Exists(directory))
                Directory.Delete(directory, recursive: true);
        }
        catch (IOException)
        {
            // A file still open on the way out; nothing secret is left unencrypted for long in a 0700 temp folder.
        }
        catch (UnauthorizedAccessException)
        {
            // As above.
        }
    }
}
