using GuidanceDesk.Web.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GuidanceDesk.Web.Data.Configurations;

public sealed class GuidanceProjectConfiguration : IEntityTypeConfiguration<GuidanceProject>
{
    public void Configure(EntityTypeBuilder<GuidanceProject> builder)
    {
        builder.Property(p => p.Version).IsConcurrencyToken();
        builder.Property(p => p.Title).HasMaxLength(GuidanceProject.MaxTitle);
        builder.Property(p => p.NeedsAnalysis).HasMaxLength(GuidanceProject.MaxText);
        builder.Property(p => p.TargetGroup).HasMaxLength(1000);
        builder.Property(p => p.Objectives).HasMaxLength(GuidanceProject.MaxText);
        builder.Property(p => p.BudgetNotes).HasMaxLength(2000);
        builder.Property(p => p.CreatedByUserId).HasMaxLength(450);
        builder.Property(p => p.CreatedByName).HasMaxLength(100);
        builder.Property(p => p.CancelReason).HasMaxLength(500);
        builder.OwnsOne(p => p.Criteria, o => o.ToJson());
        builder.OwnsMany(p => p.Indicators, o => o.ToJson());
        builder.OwnsMany(p => p.Schedule, o => o.ToJson());
        builder.OwnsOne(p => p.Evaluation, o => o.ToJson());
        builder.PrimitiveCollection(p => p.MemberStaffIds).HasField("_memberStaffIds");
        builder.Ignore(p => p.AcceptsLinks);
        builder.Ignore(p => p.IsEditable);
        builder.HasIndex(p => new { p.ServiceUnitId, p.Status, p.PeriodStart });
        builder.HasIndex(p => p.LeadStaffId);
        builder.HasOne<ServiceUnit>().WithMany().HasForeignKey(p => p.ServiceUnitId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<StaffMember>().WithMany().HasForeignKey(p => p.LeadStaffId).OnDelete(DeleteBehavior.Restrict);
    }
}
