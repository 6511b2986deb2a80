using GuidanceDesk.Web.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GuidanceDesk.Web.Data.Configurations;

public sealed class EmploymentPlanConfiguration : IEntityTypeConfiguration<EmploymentPlan>
{
    public void Configure(EntityTypeBuilder<EmploymentPlan> builder)
    {
        builder.Property(p => p.Version).IsConcurrencyToken();
        builder.Property(p => p.Goal).HasMaxLength(2000);
        builder.OwnsOne(p => p.Agreement, o => o.ToJson());
        builder.OwnsMany(p => p.Actions, o => o.ToJson());
        builder.OwnsMany(p => p.Changes, o => o.ToJson());
        builder.HasIndex(p => new { p.CaseId, p.Sequence }).IsUnique();
        // The nightly scan reads active plans by end date; the worklist reads them by case.
        builder.HasIndex(p => new { p.Status, p.PeriodEnd });
        builder.HasOne<ServiceUnit>().WithMany().HasForeignKey(p => p.ServiceUnitId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<GuidanceCase>().WithMany().HasForeignKey(p => p.CaseId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Worker>().WithMany().HasForeignKey(p => p.WorkerId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<EmploymentPlan>().WithMany().HasForeignKey(p => p.PreviousPlanId).OnDelete(DeleteBehavior.Restrict);
    }
}
