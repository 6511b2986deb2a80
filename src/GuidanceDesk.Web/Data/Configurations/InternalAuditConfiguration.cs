using GuidanceDesk.Web.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GuidanceDesk.Web.Data.Configurations;

public sealed class InternalAuditConfiguration : IEntityTypeConfiguration<InternalAudit>
{
    public void Configure(EntityTypeBuilder<InternalAudit> builder)
    {
        builder.Property(a => a.Version).IsConcurrencyToken();
        builder.Property(a => a.Title).HasMaxLength(200);
        builder.Property(a => a.Scope).HasMaxLength(500);
        builder.Property(a => a.Auditors).HasMaxLength(200);
        builder.Property(a => a.SupervisingBody).HasMaxLength(200);
        builder.Property(a => a.Summary).HasMaxLength(InternalAudit.MaxText);
        builder.Property(a => a.CreatedByName).HasMaxLength(100);
        builder.OwnsMany(a => a.Findings, o => o.ToJson());
        builder.HasIndex(a => new { a.ServiceUnitId, a.PlannedStart });
        builder.HasOne<ServiceUnit>().WithMany().HasForeignKey(a => a.ServiceUnitId).OnDelete(DeleteBehavior.Restrict);
    }
}
