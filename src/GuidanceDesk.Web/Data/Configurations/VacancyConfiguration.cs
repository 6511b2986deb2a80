using GuidanceDesk.Web.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GuidanceDesk.Web.Data.Configurations;

public sealed class VacancyConfiguration : IEntityTypeConfiguration<Vacancy>
{
    public void Configure(EntityTypeBuilder<Vacancy> builder)
    {
        builder.Property(v => v.Title).HasMaxLength(100);
        builder.Property(v => v.OccupationCode).HasMaxLength(12);
        builder.Property(v => v.OccupationNote).HasMaxLength(200);
        builder.Property(v => v.MediumGroup).HasMaxLength(12);
        builder.Property(v => v.MinorGroup).HasMaxLength(12);
        builder.Property(v => v.DistrictCode).HasMaxLength(12);
        builder.Property(v => v.TownshipCode).HasMaxLength(12);
        builder.Property(v => v.WorkingHours).HasMaxLength(200);
        builder.Property(v => v.Benefits).HasMaxLength(1000);
        builder.Property(v => v.Description).HasMaxLength(4000);
        builder.Property(v => v.EndReason).HasMaxLength(500);
        builder.Property(v => v.Version).IsConcurrencyToken();
        builder.PrimitiveCollection(v => v.Skills).HasField("_skills");
        // Open vacancies by group and district (market counts, matching, public search) and an employer's own list.
        builder.HasIndex(v => new { v.Status, v.MinorGroup, v.DistrictCode });
        // Matching a worker (7.1.4): open vacancies of a wanted medium group in a wanted district, and the newest of the
        // medium group anywhere (by id, so that ORDER BY Id DESC LIMIT reads only the rows it returns).
        builder.HasIndex(v => new { v.Status, v.MediumGroup, v.DistrictCode });
        builder.HasIndex(v => new { v.Status, v.MediumGroup, v.Id });
        builder.HasIndex(v => new { v.Status, v.DistrictCode, v.PublishedAt });
        builder.HasIndex(v => new { v.Status, v.ClosesOn });
        builder.HasIndex(v => new { v.EmployerId, v.Status });
        builder.HasIndex(v => new { v.ServiceUnitId, v.Status });
        builder.HasIndex(v => v.OccupationCode);
        // What changed since a moment: the public search's index patches itself from these.
        builder.HasIndex(v => v.UpdatedAt);
        builder.HasOne<Employer>().WithMany().HasForeignKey(v => v.EmployerId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<ServiceUnit>().WithMany().HasForeignKey(v => v.ServiceUnitId).OnDelete(DeleteBehavior.Restrict);
    }
}
