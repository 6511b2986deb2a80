using GuidanceDesk.Web.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GuidanceDesk.Web.Data.Configurations;

public sealed class FollowUpConfiguration : IEntityTypeConfiguration<FollowUp>
{
    public void Configure(EntityTypeBuilder<FollowUp> builder)
    {
        builder.Property(f => f.Version).IsConcurrencyToken();
        builder.Property(f => f.WhatWasDone).HasMaxLength(4000);
        builder.Property(f => f.WhatChanged).HasMaxLength(2000);
        builder.Property(f => f.CheckIn).HasMaxLength(2000);
        builder.HasIndex(f => new { f.CounselorId, f.Status, f.DueOn });
        builder.HasIndex(f => new { f.ServiceUnitId, f.Status, f.DueOn });
        builder.HasIndex(f => new { f.Status, f.DueOn });
        builder.HasIndex(f => new { f.CaseId, f.DueOn });
        builder.HasIndex(f => f.PlanId);
        builder.HasOne<ServiceUnit>().WithMany().HasForeignKey(f => f.ServiceUnitId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<GuidanceCase>().WithMany().HasForeignKey(f => f.CaseId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<EmploymentPlan>().WithMany().HasForeignKey(f => f.PlanId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Worker>().WithMany().HasForeignKey(f => f.WorkerId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<StaffMember>().WithMany().HasForeignKey(f => f.CounselorId).OnDelete(DeleteBehavior.Restrict);
    }
}
