using GuidanceDesk.Web.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GuidanceDesk.Web.Data.Configurations;

public sealed class OutsideAgencyConfiguration : IEntityTypeConfiguration<OutsideAgency>
{
    public void Configure(EntityTypeBuilder<OutsideAgency> builder)
    {
        builder.Property(a => a.Version).IsConcurrencyToken();
        builder.Property(a => a.Name).HasMaxLength(OutsideAgency.MaxName);
        builder.Property(a => a.DistrictCode).HasMaxLength(12);
        builder.Property(a => a.Address).HasMaxLength(200);
        builder.Property(a => a.ContactPerson).HasMaxLength(50);
        builder.Property(a => a.Phone).HasMaxLength(40);
        builder.Property(a => a.Email).HasMaxLength(200);
        builder.Property(a => a.OpeningHours).HasMaxLength(200);
        builder.Property(a => a.Services).HasMaxLength(OutsideAgency.MaxText);
        builder.HasIndex(a => new { a.Kind, a.IsActive });
        builder.HasIndex(a => a.Name);
    }
}
