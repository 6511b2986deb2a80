using GuidanceDesk.Web.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GuidanceDesk.Web.Data.Configurations;

public sealed class WageGuidanceConfiguration : IEntityTypeConfiguration<WageGuidance>
{
    public void Configure(EntityTypeBuilder<WageGuidance> builder)
    {
        builder.ToTable("WageGuidance");
        builder.Property(w => w.OccupationCode).HasMaxLength(12);
        builder.Property(w => w.Version).IsConcurrencyToken();
        builder.HasIndex(w => new { w.Year, w.OccupationCode }).IsUnique();
    }
}
