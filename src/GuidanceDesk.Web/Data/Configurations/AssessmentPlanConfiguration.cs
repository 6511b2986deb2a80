using GuidanceDesk.Web.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GuidanceDesk.Web.Data.Configurations;

public sealed class AssessmentPlanConfiguration : IEntityTypeConfiguration<AssessmentPlan>
{
    public void Configure(EntityTypeBuilder<AssessmentPlan> builder)
    {
        builder.Property(p => p.Version).IsConcurrencyToken();
        builder.Property(p => p.Purpose).HasMaxLength(1000);
        builder.Property(p => p.Note).HasMaxLength(1000);
        builder.Property(p => p.CancelReason).HasMaxLength(500);
        builder.Property(p => p.CreatedByUserId).HasMaxLength(450);
        builder.Property(p => p.CreatedByName).HasMaxLength(100);
        builder.Property(p => p.AgreementRecordedBy).HasMaxLength(100);
        builder.PrimitiveCollection(p => p.InstrumentIds).HasField("_instrumentIds");
        builder.Ignore(p => p.IsAgreed);
        builder.HasIndex(p => new { p.WorkerId, p.CreatedAt });
        builder.HasIndex(p => new { p.ServiceUnitId, p.Status, p.PlannedOn });
        builder.HasIndex(p => new { p.CounselorId, p.Status });
        builder.HasIndex(p => p.CaseId);
        builder.HasOne<ServiceUnit>().WithMany().HasForeignKey(p => p.ServiceUnitId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Worker>().WithMany().HasForeignKey(p => p.WorkerId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<GuidanceCase>().WithMany().HasForeignKey(p => p.CaseId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<StaffMember>().WithMany().HasForeignKey(p => p.CounselorId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<ConsentRecord>().WithMany().HasForeignKey(p => p.ConsentRecordId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(p => p.GuidanceProjectId).HasFilter("\"GuidanceProjectId\" IS NOT NULL");
        builder.HasOne<GuidanceProject>().WithMany().HasForeignKey(p => p.GuidanceProjectId).OnDelete(DeleteBehavior.Restrict);
    }
}
