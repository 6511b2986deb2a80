using GuidanceDesk.Web.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GuidanceDesk.Web.Data.Configurations;

public sealed class EmployerGuidanceRecordConfiguration : IEntityTypeConfiguration<EmployerGuidanceRecord>
{
    public void Configure(EntityTypeBuilder<EmployerGuidanceRecord> builder)
    {
        builder.Property(r => r.Content).HasMaxLength(4000);
        builder.Property(r => r.Advice).HasMaxLength(4000);
        builder.Property(r => r.Evidence).HasMaxLength(8000);
        builder.Property(r => r.AgreedChanges).HasMaxLength(2000);
        builder.Property(r => r.RecordedByUserId).HasMaxLength(450);
        builder.Property(r => r.Version).IsConcurrencyToken();
        builder.HasIndex(r => new { r.EmployerCaseId, r.OccurredAt });
        builder.HasIndex(r => new { r.EmployerId, r.OccurredAt });
        builder.HasIndex(r => r.VacancyId);
        builder.HasOne<EmployerCase>().WithMany().HasForeignKey(r => r.EmployerCaseId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Vacancy>().WithMany().HasForeignKey(r => r.VacancyId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<StaffMember>().WithMany().HasForeignKey(r => r.CounselorId).OnDelete(DeleteBehavior.Restrict);
    }
}
