using GuidanceDesk.Web.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GuidanceDesk.Web.Data.Configurations;

public sealed class TrainingProviderConfiguration : IEntityTypeConfiguration<TrainingProvider>
{
    public void Configure(EntityTypeBuilder<TrainingProvider> builder)
    {
        builder.Property(p => p.Version).IsConcurrencyToken();
        builder.Property(p => p.Name).HasMaxLength(TrainingProvider.MaxName);
        builder.Property(p => p.CreditCode).HasMaxLength(18);
        builder.Property(p => p.DistrictCode).HasMaxLength(12);
        builder.Property(p => p.Address).HasMaxLength(200);
        builder.Property(p => p.ContactPerson).HasMaxLength(50);
        builder.Property(p => p.Phone).HasMaxLength(40);
        builder.Property(p => p.Email).HasMaxLength(200);
        builder.Property(p => p.Scope).HasMaxLength(1000);
        builder.Property(p => p.RetiredReason).HasMaxLength(500);
        builder.OwnsMany(p => p.Qualifications, q => q.ToJson());
        builder.OwnsMany(p => p.Checks, c => c.ToJson());
        builder.HasIndex(p => p.CreditCode).IsUnique();
        // The registry list by district; the expiry flag (count on the managers' home page) by end of validity.
        builder.HasIndex(p => new { p.IsRetired, p.DistrictCode, p.Name });
        builder.HasIndex(p => new { p.IsRetired, p.QualifiedUntil });
    }
}
