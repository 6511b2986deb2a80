using GuidanceDesk.Web.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GuidanceDesk.Web.Data.Configurations;

public sealed class ServiceDisclosureConfiguration : IEntityTypeConfiguration<ServiceDisclosure>
{
    public void Configure(EntityTypeBuilder<ServiceDisclosure> builder)
    {
        builder.Property(d => d.Version).IsConcurrencyToken();
        builder.Property(d => d.UpdatedByName).HasMaxLength(100);
        builder.OwnsOne(d => d.Content, o => o.ToJson());
        // One text per unit and one for the agency (null unit): both databases treat NULLs as distinct in a unique
        // index, so the agency's row is kept single by the handler, which updates it rather than adding another.
        builder.HasIndex(d => d.ServiceUnitId).IsUnique();
        builder.HasOne<ServiceUnit>().WithMany().HasForeignKey(d => d.ServiceUnitId).OnDelete(DeleteBehavior.Restrict);
    }
}
