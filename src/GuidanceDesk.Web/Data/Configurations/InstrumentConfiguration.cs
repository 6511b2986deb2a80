using GuidanceDesk.Web.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GuidanceDesk.Web.Data.Configurations;

public sealed class InstrumentConfiguration : IEntityTypeConfiguration<Instrument>
{
    public void Configure(EntityTypeBuilder<Instrument> builder)
    {
        builder.Property(i => i.Code).HasMaxLength(40);
        builder.Property(i => i.Version).HasMaxLength(20);
        builder.Property(i => i.NameZh).HasMaxLength(100);
        builder.Property(i => i.NameEn).HasMaxLength(200);
        builder.Property(i => i.ContentHash).HasMaxLength(64);
        builder.Ignore(i => i.IsRetired);
        // A version is loaded once and never replaced.
        builder.HasIndex(i => new { i.Code, i.Version }).IsUnique();
    }
}
