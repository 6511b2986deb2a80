using GuidanceDesk.Web.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GuidanceDesk.Web.Data.Configurations;

public sealed class CareerTendencyReportConfiguration : IEntityTypeConfiguration<CareerTendencyReport>
{
    public void Configure(EntityTypeBuilder<CareerTendencyReport> builder)
    {
        builder.Property(r => r.Version).IsConcurrencyToken();
        builder.Property(r => r.Evaluation).HasMaxLength(8000);
        builder.Property(r => r.NextSteps).HasMaxLength(4000);
        builder.Property(r => r.WorkerComments).HasMaxLength(2000);
        builder.Property(r => r.IssuedBy).HasMaxLength(100);
        builder.PrimitiveCollection(r => r.AssessmentIds).HasField("_assessmentIds");
        builder.Ignore(r => r.IsFedBack);
        builder.OwnsMany(r => r.Suggestions, o => o.ToJson());
        builder.HasIndex(r => new { r.WorkerId, r.CreatedAt });
        builder.HasIndex(r => new { r.ServiceUnitId, r.Status });
        builder.HasIndex(r => r.PlanId).IsUnique();
        builder.HasIndex(r => r.CaseId);
        builder.HasOne<ServiceUnit>().WithMany().HasForeignKey(r => r.ServiceUnitId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Worker>().WithMany().HasForeignKey(r => r.WorkerId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<AssessmentPlan>().WithMany().HasForeignKey(r => r.PlanId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<GuidanceCase>().WithMany().HasForeignKey(r => r.CaseId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<StaffMember>().WithMany().HasForeignKey(r => r.CounselorId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<CareerTendencyReport>().WithMany().HasForeignKey(r => r.PreviousReportId).OnDelete(DeleteBehavior.Restrict);
    }
}
