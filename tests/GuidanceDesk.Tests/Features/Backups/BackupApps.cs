using GuidanceDesk.Tests.Support;
using Microsoft.AspNetCore.Hosting;

namespace GuidanceDesk.Tests.Features.Backups;

/// <summary>
/// The backup tests restore over the live database, so they get an app of their own (not the shared fixture), with
/// the archives in a temp folder and a fixed backup key.
/// </summary>
public interface IBackupApp
{
    string BackupDirectory { get; }
}

public static class BackupTestKey
{
    public const string Key = "ZGVmZ2hpamtsbW5vcHFyc3R1dnd4eXp7fH1+f4CBgoM=";
}

public sealed class BackupSqliteApp : SqliteApp, IBackupApp
{
    public string BackupDirectory { get; } = Path.Combine(Path.GetTempPath(), "gd-backups-" + Guid.NewGuid().ToString("N"));

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("Backups:Directory", BackupDirectory);
        builder.UseSetting("Backups:Key", BackupTestKey.Key);
    }
}

public sealed class BackupPostgresApp : PostgresApp, IBackupApp
{
    public string BackupDirectory { get; } = Path.Combine(Path.GetTempPath(), "gd-backups-" + Guid.NewGuid().ToString("N"));

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("Backups:Directory", BackupDirectory);
        builder.UseSetting("Backups:Key", BackupTestKey.Key);
    }
}

/// <summary>SQLite with its files in S3-compatible storage (s3rver): the archive carries the files read from the bucket.</summary>
public sealed class BackupS3App : S3App, IBackupApp
{
    public string BackupDirectory { get; } = Path.Combine(Path.GetTempPath(), "gd-backups-" + Guid.NewGuid().ToString("N"));

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Backups:Directory", BackupDirectory);
        builder.UseSetting("Backups:Key", BackupTestKey.Key);
    }
}

[CollectionDefinition(Name)]
public sealed class OnBackupS3 : ICollectionFixture<BackupS3App>
{
    public const string Name = "backup s3 app";
}

[CollectionDefinition(Name)]
public sealed class OnBackupSqlite : ICollectionFixture<BackupSqliteApp>
{
    public const string Name = "backup sqlite app";
}

[CollectionDefinition(Name)]
public sealed class OnBackupPostgres : ICollectionFixture<BackupPostgresApp>
{
    public const string Name = "backup postgres app";
}
