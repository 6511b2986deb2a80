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
        // Seekers by group and district: supply counts for the market table, candidates for a vacancy. WorkerId is in the
        // key so that the table's COUNT(DISTINCT WorkerId) GROUP BY group, district is an index-only scan: reading the
        // 1.5M seeking rows from the heap took 7 s at city scale, the index alone 0.4 s (docs/performance.md).
        builder.HasIndex(s => new { s.IsSeeking, s.MinorGroup, s.DistrictCode, s.WorkerId });
        builder.HasIndex(s => new { s.IsSeeking, s.MediumGroup });
        builder.HasIndex(s => new { s.WorkerId, s.Ordinal }).IsUnique();
        // Candidates for a vacancy (7.1.4): a unit's seekers by group (a counselor sees their unit's), and the city's
        // seekers of a medium group in the vacancy's district.
        builder.HasIndex(s => new { s.ServiceUnitId, s.IsSeeking, s.MediumGroup, s.MinorGroup });
        builder.HasIndex(s => new { s.IsSeeking, s.MediumGroup, s.DistrictCode });
        builder.HasOne(s => s.Worker).WithMany().HasForeignKey(s => s.WorkerId).OnDelete(DeleteBehavior.Cascade);
    }
}
