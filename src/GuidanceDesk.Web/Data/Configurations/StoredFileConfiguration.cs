using GuidanceDesk.Web.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GuidanceDesk.Web.Data.Configurations;

public sealed class StoredFileConfiguration : IEntityTypeConfiguration<StoredFile>
{
    public void Configure(EntityTypeBuilder<StoredFile> builder)
    {
        builder.Property(f => f.StorageKey).HasMaxLength(100);
        builder.HasIndex(f => f.StorageKey).IsUnique();
        builder.Property(f => f.Store).HasMaxLength(10);
        builder.Property(f => f.Sha256).HasMaxLength(64).IsFixedLength();
        builder.Property(f => f.FileName).HasMaxLength(StoredFile.MaxFileNameLength);
        builder.Property(f => f.CreatedByUserId).HasMaxLength(450);
    }
}
