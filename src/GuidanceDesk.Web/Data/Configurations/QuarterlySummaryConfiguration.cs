using GuidanceDesk.Web.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GuidanceDesk.Web.Data.Configurations;

public sealed class QuarterlySummaryConfiguration : IEntityTypeConfiguration<QuarterlySummary>
{
    public void Configure(EntityTypeBuilder<QuarterlySummary> builder)
    {
        builder.Property(s => s.Version).IsConcurrencyToken();
        builder.Property(s => s.PublishedByName).HasMaxLength(100);
        builder.OwnsOne(s => s.Sections, o => o.ToJson());
        // One summary per unit and quarter: drafting twice returns the same one.
        builder.HasIndex(s => new { s.ServiceUnitId, s.Year, s.Quarter }).IsUnique();
        builder.HasOne<ServiceUnit>().WithMany().HasForeignKey(s => s.ServiceUnitId).OnDelete(DeleteBehavior.Restrict);
    }
}
