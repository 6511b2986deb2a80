using GuidanceDesk.Web.Domain;
using GuidanceDesk.Web.Infrastructure.Calendar;
using Microsoft.EntityFrameworkCore;

namespace GuidanceDesk.Web.Data;

/// <summary>Reference upkeep (holiday notice years), stored files, their backups (4.4c) and the archive (7.2), in a file of their own.</summary>
public abstract partial class AppDbContext
{
    public DbSet<HolidayYearUpload> HolidayYearUploads => Set<HolidayYearUpload>();
    public DbSet<StoredFile> StoredFiles => Set<StoredFile>();
    public DbSet<BackupRun> BackupRuns => Set<BackupRun>();
    public DbSet<ArchiveItem> ArchiveItems => Set<ArchiveItem>();
    public DbSet<ArchiveRetentionRule> ArchiveRetentionRules => Set<ArchiveRetentionRule>();
    public DbSet<Features.Archive.ArchiveFilingMark> ArchiveFilingMarks => Set<Features.Archive.ArchiveFilingMark>();
}
