namespace GuidanceDesk.Web.Domain;

public enum BackupRunStatus { Running = 0, Succeeded = 1, Failed = 2, Deleted = 3 }

public enum BackupVerification { Pending = 0, Verified = 1, Failed = 2 }

/// <summary>
/// One backup of the database and the file store (4.4c): the encrypted archive it wrote, and whether restoring that
/// archive into a scratch database gave back what was backed up. Only a verified backup counts as a backup.
/// </summary>
public sealed class BackupRun
{
    public const int MaxFileNameLength = 200;
    public const int MaxMessageLength = 1000;

    private BackupRun() { }

    public BackupRun(string provider, string triggeredBy, DateTimeOffset now)
    {
        Provider = provider;
        TriggeredBy = triggeredBy.Length > 100 ? triggeredBy[..100] : triggeredBy;
        StartedAt = now;
    }

    public long Id { get; private set; }
    public string Provider { get; private set; } = "";

    /// <summary>"schedule", "command" or the user who pressed 立即备份.</summary>
    public string TriggeredBy { get; private set; } = "";

    public DateTimeOffset StartedAt { get; private set; }
    public DateTimeOffset? FinishedAt { get; private set; }
    public BackupRunStatus Status { get; private set; }

    /// <summary>The archive's name inside the backup folder (never a path: the folder is configuration).</summary>
    public string? FileName { get; private set; }

    public long SizeBytes { get; private set; }

    /// <summary>Lower-case hex SHA-256 of the encrypted archive as written.</summary>
    public string? Sha256 { get; private set; }

    public int FileCount { get; private set; }
    public BackupVerification Verification { get; private set; }
    public DateTimeOffset? VerifiedAt { get; private set; }
    public string? Message { get; private set; }
    public DateTimeOffset? DeletedAt { get; private set; }

    public void Succeed(string fileName, long size, string sha256, int fileCount, DateTimeOffset now)
    {
        if (Status != BackupRunStatus.Running)
            throw new DomainRuleException("只有进行中的备份可以完成");
        FileName = fileName;
        SizeBytes = size;
        Sha256 = sha256;
        FileCount = fileCount;
        FinishedAt = now;
        Status = BackupRunStatus.Succeeded;
    }

    public void Fail(string message, DateTimeOffset now)
    {
        Status = BackupRunStatus.Failed;
        FinishedAt ??= now;
        Message = Cut(message);
    }

    /// <summary>The result of restoring the archive into a scratch database and comparing it with the manifest.</summary>
    public void RecordVerification(bool ok, string message, DateTimeOffset now)
    {
        if (Status != BackupRunStatus.Succeeded)
            throw new DomainRuleException("只有已完成的备份可以验证");
        Verification = ok ? BackupVerification.Verified : BackupVerification.Failed;
        VerifiedAt = now;
        Message = Cut(message);
    }

    /// <summary>
    /// A restored database holds the row of the very backup it came from, still 进行中 (the dump was taken while the run
    /// went on). The restore closes it: the archive restored is the one this run wrote, and the restore compared it.
    /// </summary>
    public void CloseAfterRestore(string fileName, long size, string sha256, int fileCount, bool matched, string message, DateTimeOffset now)
    {
        Succeed(fileName, size, sha256, fileCount, now);
        RecordVerification(matched, message, now);
    }

    /// <summary>Retention removed the archive; the record of the run stays.</summary>
    public void MarkDeleted(DateTimeOffset now)
    {
        Status = BackupRunStatus.Deleted;
        DeletedAt ??= now;
    }

    private static string Cut(string s) => s.Length > MaxMessageLength ? s[..MaxMessageLength] : s;
}
