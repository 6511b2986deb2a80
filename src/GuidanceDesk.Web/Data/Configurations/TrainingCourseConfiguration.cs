using GuidanceDesk.Web.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GuidanceDesk.Web.Data.Configurations;

public sealed class TrainingCourseConfiguration : IEntityTypeConfiguration<TrainingCourse>
{
    public void Configure(EntityTypeBuilder<TrainingCourse> builder)
    {
        builder.Property(c => c.Version).IsConcurrencyToken();
        builder.Property(c => c.Title).HasMaxLength(TrainingCourse.MaxTitle);
        builder.Property(c => c.OccupationCode).HasMaxLength(12);
        builder.Property(c => c.SubsidyNote).HasMaxLength(500);
        builder.Property(c => c.Description).HasMaxLength(2000);
        builder.Property(c => c.Fee).HasPrecision(10, 2);
        // Course lists filter by occupation (prefix) and start date; a provider's page lists its courses.
        builder.HasIndex(c => new { c.OccupationCode, c.StartsOn });
        builder.HasIndex(c => new { c.StartsOn, c.Status });
        builder.HasIndex(c => new { c.ProviderId, c.StartsOn });
        builder.HasOne<TrainingProvider>().WithMany().HasForeignKey(c => c.ProviderId).OnDelete(DeleteBehavior.Restrict);
    }
}
