using GuidanceDesk.Web.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GuidanceDesk.Web.Data.Configurations;

public sealed class RiskAlertConfiguration : IEntityTypeConfiguration<RiskAlert>
{
    public void Configure(EntityTypeBuilder<RiskAlert> builder)
    {
        builder.Property(a => a.Version).IsConcurrencyToken();
        builder.Property(a => a.Observed).HasMaxLength(RiskAlert.MaxText);
        builder.Property(a => a.RaisedByUserId).HasMaxLength(450);
        builder.Property(a => a.RaisedByName).HasMaxLength(100);
        builder.Property(a => a.AcknowledgedByUserId).HasMaxLength(450);
        builder.Property(a => a.AcknowledgedByName).HasMaxLength(100);
        builder.Property(a => a.ClosedByUserId).HasMaxLength(450);
        builder.Property(a => a.ClosedByName).HasMaxLength(100);
        builder.Property(a => a.ClosingSummary).HasMaxLength(RiskAlert.MaxText);
        builder.OwnsMany(a => a.Actions, o => o.ToJson());
        builder.OwnsMany(a => a.Notices, o => o.ToJson());
        builder.Ignore(a => a.IsClosed);
        builder.HasIndex(a => new { a.ServiceUnitId, a.Status, a.RaisedAt });
        // The escalation scan reads only alerts nobody has acknowledged yet.
        builder.HasIndex(a => a.NextEscalationAt).HasFilter("\"NextEscalationAt\" IS NOT NULL");
        builder.HasIndex(a => new { a.WorkerId, a.RaisedAt });
        builder.HasIndex(a => a.CaseId);
        builder.HasOne<ServiceUnit>().WithMany().HasForeignKey(a => a.ServiceUnitId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Worker>().WithMany().HasForeignKey(a => a.WorkerId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<GuidanceCase>().WithMany().HasForeignKey(a => a.CaseId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<StaffMember>().WithMany().HasForeignKey(a => a.ResponsibleStaffId).OnDelete(DeleteBehavior.Restrict);
    }
}
