namespace GuidanceDesk.Web.Infrastructure.Backups;

/// <summary>The <c>Backups</c> settings: where archives go, when they are taken, how many are kept, and the key.</summary>
public sealed class BackupOptions
{
    public const string Section = "Backups";

    /// <summary>Whether the nightly job runs and the conformance row 4.4c counts this system's own backups.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>The archive folder; relative paths are under the content root. Put it on another disk, and copy it off-site.</summary>
    public string Directory { get; set; } = "data/backups";

    /// <summary>Quartz cron in Asia/Shanghai: 02:30 every night, after the 01:30 case scan.</summary>
    public string Cron { get; set; } = "0 30 2 * * ?";

    public int KeepDaily { get; set; } = 7;
    public int KeepWeekly { get; set; } = 4;
    public int KeepMonthly { get; set; } = 12;

    /// <summary>
    /// Base64 of 32 random bytes: the AES-256 key of the archives. Needed to restore, so keep a copy away from the
    /// backups (a password safe, the operator's vault). When empty, <see cref="KeyFile"/> is used.
    /// </summary>
    public string Key { get; set; } = "";

    /// <summary>Created on the first backup when <see cref="Key"/> is not set (embedded mode); relative to the content root.</summary>
    public string KeyFile { get; set; } = "data/keys/backup.key";

    /// <summary>The PostgreSQL client programs; by default found on the PATH.</summary>
    public string PgDump { get; set; } = "pg_dump";

    /// <summary>pg_dump's gzip level, 0–9.</summary>
    public int DumpCompression { get; set; } = 1;
    public string PgRestore { get; set; } = "pg_restore";
}
