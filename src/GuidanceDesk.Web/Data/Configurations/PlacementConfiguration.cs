using GuidanceDesk.Web.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GuidanceDesk.Web.Data.Configurations;

public sealed class PlacementConfiguration : IEntityTypeConfiguration<Placement>
{
    public void Configure(EntityTypeBuilder<Placement> builder)
    {
        builder.Property(p => p.Version).IsConcurrencyToken();
        builder.Property(p => p.Note).HasMaxLength(500);
        builder.Property(p => p.RejectionReason).HasMaxLength(500);
        builder.Ignore(p => p.IsActive);
        builder.OwnsMany(p => p.Components, o => o.ToJson());
        builder.OwnsMany(p => p.Steps, o => o.ToJson());
        // One active placement of a worker to a vacancy: a second click or a racing request gets 409, not a duplicate.
        builder.HasIndex(p => new { p.WorkerId, p.VacancyId }).IsUnique().HasFilter("\"Status\" IN (1, 2, 3)")
            .HasDatabaseName("UX_Placements_ActivePerWorkerVacancy");
        builder.HasIndex(p => new { p.WorkerId, p.CreatedAt });
        builder.HasIndex(p => new { p.VacancyId, p.Status });
        builder.HasIndex(p => new { p.EmployerId, p.Status, p.CreatedAt });
        builder.HasIndex(p => new { p.ServiceUnitId, p.CreatedAt });
        builder.HasIndex(p => new { p.CounselorId, p.Status });
        builder.HasIndex(p => p.CaseId);
        builder.HasOne<ServiceUnit>().WithMany().HasForeignKey(p => p.ServiceUnitId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Worker>().WithMany().HasForeignKey(p => p.WorkerId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Vacancy>().WithMany().HasForeignKey(p => p.VacancyId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Employer>().WithMany().HasForeignKey(p => p.EmployerId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<GuidanceCase>().WithMany().HasForeignKey(p => p.CaseId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<StaffMember>().WithMany().HasForeignKey(p => p.CounselorId).OnDelete(DeleteBehavior.Restrict);
    }
}
