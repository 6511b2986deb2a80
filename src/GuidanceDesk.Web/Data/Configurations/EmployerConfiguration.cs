using GuidanceDesk.Web.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GuidanceDesk.Web.Data.Configurations;

public sealed class EmployerConfiguration : IEntityTypeConfiguration<Employer>
{
    public void Configure(EntityTypeBuilder<Employer> builder)
    {
        builder.Property(e => e.CreditCode).HasMaxLength(18);
        builder.HasIndex(e => e.CreditCode).IsUnique();
        builder.Property(e => e.Name).HasMaxLength(200);
        builder.HasIndex(e => e.Name);
        builder.HasIndex(e => new { e.ServiceUnitId, e.Name });
        builder.Property(e => e.IndustryCode).HasMaxLength(1);
        builder.Property(e => e.DistrictCode).HasMaxLength(12);
        builder.Property(e => e.Address).HasMaxLength(200);
        builder.Property(e => e.UserId).HasMaxLength(450);
        builder.Property(e => e.Version).IsConcurrencyToken();
        builder.OwnsMany(e => e.Contacts, c => c.ToJson());
        builder.HasOne<ServiceUnit>().WithMany().HasForeignKey(e => e.ServiceUnitId).OnDelete(DeleteBehavior.Restrict);
    }
}
