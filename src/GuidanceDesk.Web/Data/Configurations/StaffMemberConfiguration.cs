using GuidanceDesk.Web.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GuidanceDesk.Web.Data.Configurations;

public sealed class StaffMemberConfiguration : IEntityTypeConfiguration<StaffMember>
{
    public void Configure(EntityTypeBuilder<StaffMember> builder)
    {
        builder.Property(s => s.Name).HasMaxLength(50);
        builder.Property(s => s.UserId).HasMaxLength(450);
        builder.Property(s => s.SpecialTalentNote).HasMaxLength(500);
        builder.Property(s => s.Version).IsConcurrencyToken();
        builder.HasIndex(s => new { s.ServiceUnitId, s.Name });
        builder.HasIndex(s => s.UserId).IsUnique();
        builder.HasOne<ServiceUnit>().WithMany().HasForeignKey(s => s.ServiceUnitId).OnDelete(DeleteBehavior.Restrict);
        builder.OwnsMany(s => s.Certificates, c => c.ToJson());
        builder.OwnsMany(s => s.Trainings, t => t.ToJson());
    }
}
