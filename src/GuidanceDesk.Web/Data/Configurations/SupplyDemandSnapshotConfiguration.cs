using GuidanceDesk.Web.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GuidanceDesk.Web.Data.Configurations;

public sealed class SupplyDemandSnapshotConfiguration : IEntityTypeConfiguration<SupplyDemandSnapshot>
{
    public void Configure(EntityTypeBuilder<SupplyDemandSnapshot> builder)
    {
        builder.Ignore(s => s.Quarter);
        builder.Property(s => s.MinorGroup).HasMaxLength(12);
        builder.Property(s => s.DistrictCode).HasMaxLength(12);
        // One cell per quarter, group and district; a quarter's table is read (and rebuilt) whole by this key's prefix.
        builder.HasIndex(s => new { s.QuarterKey, s.MinorGroup, s.DistrictCode }).IsUnique();
    }
}
