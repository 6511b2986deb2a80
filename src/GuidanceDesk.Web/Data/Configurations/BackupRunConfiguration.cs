using GuidanceDesk.Web.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GuidanceDesk.Web.Data.Configurations;

public sealed class BackupRunConfiguration : IEntityTypeConfiguration<BackupRun>
{
    public void Configure(EntityTypeBuilder<BackupRun> builder)
    {
        builder.Property(r => r.Provider).HasMaxLength(20);
        builder.Property(r => r.TriggeredBy).HasMaxLength(100);
        builder.Property(r => r.FileName).HasMaxLength(BackupRun.MaxFileNameLength);
        builder.Property(r => r.Sha256).HasMaxLength(64).IsFixedLength();
        builder.Property(r => r.Message).HasMaxLength(BackupRun.MaxMessageLength);
        // The dashboards ask for the newest verified run; the list pages newest first.
        builder.HasIndex(r => new { r.Verification, r.VerifiedAt });
        builder.HasIndex(r => r.StartedAt);
    }
}
