using GuidanceDesk.Web.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GuidanceDesk.Web.Data.Configurations;

public sealed class RiskDutyRosterConfiguration : IEntityTypeConfiguration<RiskDutyRoster>
{
    public void Configure(EntityTypeBuilder<RiskDutyRoster> builder)
    {
        builder.Property(r => r.Version).IsConcurrencyToken();
        builder.Property(r => r.CrisisHotline).HasMaxLength(40);
        builder.OwnsMany(r => r.Members, o => o.ToJson()).Navigation(r => r.Members).HasField("_members");
        builder.HasIndex(r => r.ServiceUnitId).IsUnique();
        builder.HasOne<ServiceUnit>().WithMany().HasForeignKey(r => r.ServiceUnitId).OnDelete(DeleteBehavior.Restrict);
    }
}
