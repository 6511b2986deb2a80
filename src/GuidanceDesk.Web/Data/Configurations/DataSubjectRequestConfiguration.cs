using GuidanceDesk.Web.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GuidanceDesk.Web.Data.Configurations;

public sealed class DataSubjectRequestConfiguration : IEntityTypeConfiguration<DataSubjectRequest>
{
    public void Configure(EntityTypeBuilder<DataSubjectRequest> builder)
    {
        builder.Property(r => r.Version).IsConcurrencyToken();
        builder.Property(r => r.ProposedValueCipher).HasMaxLength(400);
        builder.Property(r => r.Details).HasMaxLength(DataSubjectRequest.MaxText);
        builder.Property(r => r.HandlerName).HasMaxLength(100);
        builder.Property(r => r.RejectionReason).HasMaxLength(DataSubjectRequest.MaxText);
        builder.Property(r => r.Outcome).HasMaxLength(DataSubjectRequest.MaxText);
        builder.OwnsMany(r => r.Events, o => o.ToJson());
        builder.Ignore(r => r.IsOpen);
        // The queue of a unit (open first, by due day) and the nightly look at accepted deletions.
        builder.HasIndex(r => new { r.ServiceUnitId, r.Status, r.DueOn });
        builder.HasIndex(r => new { r.Status, r.Kind });
        builder.HasIndex(r => r.WorkerId);
        builder.HasOne<ServiceUnit>().WithMany().HasForeignKey(r => r.ServiceUnitId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Worker>().WithMany().HasForeignKey(r => r.WorkerId).OnDelete(DeleteBehavior.Restrict);
    }
}
