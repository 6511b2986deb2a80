using GuidanceDesk.Web.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GuidanceDesk.Web.Data.Configurations;

public sealed class SeekerIntentionConfiguration : IEntityTypeConfiguration<SeekerIntention>
{
    public void Configure(EntityTypeBuilder<SeekerIntention> builder)
    {
        builder.Property(s => s.OccupationCode).HasMaxLength(12);
        builder.Property(s => s.MediumGroup).HasMaxLength(12);
        builder.Property(s => s.MinorGroup).HasMaxLength(12);
        builder.Property(s => s.DistrictCode).HasMaxLength(12);
        // Seekers by group and district: supply counts for the market table, candidates for a vacancy.
        builder.HasIndex(s => new { s.IsSeeking, s.MinorGroup, s.DistrictCode });
        builder.HasIndex(s => new { s.IsSeeking, s.MediumGroup });
        builder.HasIndex(s => new { s.WorkerId, s.Ordinal }).IsUnique();
        builder.HasOne(s => s.Worker).WithMany().HasForeignKey(s => s.WorkerId).OnDelete(DeleteBehavior.Cascade);
    }
}
