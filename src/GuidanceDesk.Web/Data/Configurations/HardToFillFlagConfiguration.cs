using GuidanceDesk.Web.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GuidanceDesk.Web.Data.Configurations;

public sealed class HardToFillFlagConfiguration : IEntityTypeConfiguration<HardToFillFlag>
{
    public void Configure(EntityTypeBuilder<HardToFillFlag> builder)
    {
        builder.Ignore(f => f.Findings);
        builder.Property(f => f.FindingsJson).HasMaxLength(8000);
        builder.HasIndex(f => f.VacancyId).IsUnique();
        // The list of active flags of a unit, and of an employer (its case page and portal).
        builder.HasIndex(f => new { f.ServiceUnitId, f.ClearedAt });
        builder.HasIndex(f => new { f.EmployerId, f.ClearedAt });
        builder.HasOne<Vacancy>().WithMany().HasForeignKey(f => f.VacancyId).OnDelete(DeleteBehavior.Cascade);
    }
}
