using GuidanceDesk.Web.Features.Archive;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GuidanceDesk.Web.Data.Configurations;

public sealed class ArchiveFilingMarkConfiguration : IEntityTypeConfiguration<ArchiveFilingMark>
{
    public void Configure(EntityTypeBuilder<ArchiveFilingMark> builder)
    {
        builder.HasKey(m => m.SourceType);
        builder.Property(m => m.SourceType).HasMaxLength(40);
    }
}
