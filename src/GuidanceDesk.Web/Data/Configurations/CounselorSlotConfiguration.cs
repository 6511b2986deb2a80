using GuidanceDesk.Web.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GuidanceDesk.Web.Data.Configurations;

public sealed class CounselorSlotConfiguration : IEntityTypeConfiguration<CounselorSlot>
{
    public void Configure(EntityTypeBuilder<CounselorSlot> builder)
    {
        builder.Property(s => s.Version).IsConcurrencyToken();
        builder.HasIndex(s => new { s.CounselorId, s.StartsAt });
        builder.HasIndex(s => new { s.ServiceUnitId, s.StartsAt });
        builder.HasOne<ServiceUnit>().WithMany().HasForeignKey(s => s.ServiceUnitId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<StaffMember>().WithMany().HasForeignKey(s => s.CounselorId).OnDelete(DeleteBehavior.Restrict);
    }
}
