using GuidanceDesk.Web.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GuidanceDesk.Web.Data.Configurations;

public sealed class ServiceUnitConfiguration : IEntityTypeConfiguration<ServiceUnit>
{
    public void Configure(EntityTypeBuilder<ServiceUnit> builder)
    {
        builder.Property(u => u.Name).HasMaxLength(100);
        builder.HasIndex(u => u.Name).IsUnique();
        builder.Property(u => u.DistrictCode).HasMaxLength(12);
        builder.Property(u => u.Address).HasMaxLength(200);
        builder.Property(u => u.Phone).HasMaxLength(30);
        builder.Property(u => u.Version).IsConcurrencyToken();
        builder.OwnsOne(u => u.Qualification, q =>
        {
            q.Property(x => x.Number).HasColumnName("QualificationNumber").HasMaxLength(60);
            q.Property(x => x.Issuer).HasColumnName("QualificationIssuer").HasMaxLength(100);
            q.Property(x => x.ValidUntil).HasColumnName("QualificationValidUntil");
        });
        builder.OwnsMany(u => u.Documents, d =>
        {
            d.ToJson();
            d.Property(x => x.Title).HasMaxLength(200);
        });
    }
}
