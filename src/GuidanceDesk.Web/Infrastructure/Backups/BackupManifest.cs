namespace GuidanceDesk.Web.Infrastructure.Backups;

/// <summary>
/// What a backup holds, written as the archive's last entry: the row count of every table and a checksum of the key
/// tables (named with their key columns, so a check needs no model of its own) as they were in the dumped snapshot, and every stored file with its SHA-256. Verification and restore
/// compare a restored database and the extracted files with it.
/// </summary>
public sealed record BackupManifest(
    int Format, string Provider, DateTimeOffset CreatedAt, string DatabaseEntry,
    SortedDictionary<string, long> RowCounts, IReadOnlyList<KeyTable> KeyTables, SortedDictionary<string, string> Checksums,
    IReadOnlyList<BackupManifestFile> Files)
{
    public const string EntryName = "manifest.json";
    public const string FilesPrefix = "files/";
    public const string KeysEntry = "keys/personal-data.json";

    /// <summary>The differences between this manifest's tables and another's (empty when they agree).</summary>
    public IReadOnlyList<string> CompareTables(TableSnapshot restored)
    {
        var problems = new List<string>();
        foreach (var (table, rows) in RowCounts)
        {
            if (!restored.RowCounts.TryGetValue(table, out var got))
                problems.Add($"缺少表 {table}");
            else if (got != rows)
                problems.Add($"表 {table} 行数 {got}，备份时 {rows}");
        }
        foreach (var (table, sum) in Checksums)
        {
            if (!restored.Checksums.TryGetValue(table, out var got) || got != sum)
                problems.Add($"表 {table} 校验和不符");
        }
        return problems;
    }
}

public sealed record BackupManifestFile(string Key, long Length, string Sha256);
