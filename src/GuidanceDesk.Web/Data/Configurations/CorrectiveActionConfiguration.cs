using GuidanceDesk.Web.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GuidanceDesk.Web.Data.Configurations;

public sealed class CorrectiveActionConfiguration : IEntityTypeConfiguration<CorrectiveAction>
{
    public void Configure(EntityTypeBuilder<CorrectiveAction> builder)
    {
        builder.Property(a => a.Version).IsConcurrencyToken();
        builder.Property(a => a.SourceRef).HasMaxLength(100);
        builder.Property(a => a.SourceText).HasMaxLength(300);
        builder.Property(a => a.Problem).HasMaxLength(CorrectiveAction.MaxText);
        builder.Property(a => a.OwnerName).HasMaxLength(100);
        builder.Property(a => a.RootCause).HasMaxLength(CorrectiveAction.MaxText);
        builder.Property(a => a.PlannedAction).HasMaxLength(CorrectiveAction.MaxText);
        builder.Property(a => a.ImplementationNote).HasMaxLength(CorrectiveAction.MaxText);
        builder.Property(a => a.VerificationNote).HasMaxLength(CorrectiveAction.MaxText);
        builder.Property(a => a.VerifiedByName).HasMaxLength(100);
        builder.Property(a => a.RaisedByName).HasMaxLength(100);
        builder.OwnsMany(a => a.Events, o => o.ToJson());
        builder.Ignore(a => a.AwaitsOwner);
        // "The actions raised from this complaint / finding" is one index lookup.
        builder.HasIndex(a => new { a.Source, a.SourceRef });
        builder.HasIndex(a => new { a.ServiceUnitId, a.Status, a.DueOn });
        builder.HasIndex(a => new { a.OwnerStaffId, a.Status });
        builder.HasOne<ServiceUnit>().WithMany().HasForeignKey(a => a.ServiceUnitId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<StaffMember>().WithMany().HasForeignKey(a => a.OwnerStaffId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<StaffMember>().WithMany().HasForeignKey(a => a.VerifiedByStaffId).OnDelete(DeleteBehavior.Restrict);
    }
}
