using GuidanceDesk.Web.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GuidanceDesk.Web.Data.Configurations;

public sealed class TrainingRecommendationConfiguration : IEntityTypeConfiguration<TrainingRecommendation>
{
    public void Configure(EntityTypeBuilder<TrainingRecommendation> builder)
    {
        builder.Property(r => r.Note).HasMaxLength(TrainingRecommendation.MaxNote);
        builder.Property(r => r.RecommendedByUserId).HasMaxLength(450);
        builder.Property(r => r.RecommendedByName).HasMaxLength(100);
        builder.HasIndex(r => new { r.CaseId, r.RecommendedAt });
        builder.HasIndex(r => r.CourseId);
        builder.HasIndex(r => r.ProviderId);
        builder.HasIndex(r => r.GuidanceRecordId).IsUnique();
        builder.HasOne<ServiceUnit>().WithMany().HasForeignKey(r => r.ServiceUnitId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<GuidanceCase>().WithMany().HasForeignKey(r => r.CaseId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Worker>().WithMany().HasForeignKey(r => r.WorkerId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<TrainingCourse>().WithMany().HasForeignKey(r => r.CourseId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<TrainingProvider>().WithMany().HasForeignKey(r => r.ProviderId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<GuidanceRecord>().WithMany().HasForeignKey(r => r.GuidanceRecordId).OnDelete(DeleteBehavior.Restrict);
    }
}
