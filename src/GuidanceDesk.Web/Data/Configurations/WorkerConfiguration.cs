using GuidanceDesk.Web.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GuidanceDesk.Web.Data.Configurations;

public sealed class WorkerConfiguration : IEntityTypeConfiguration<Worker>
{
    public void Configure(EntityTypeBuilder<Worker> builder)
    {
        builder.Property(w => w.Name).HasMaxLength(50);
        builder.Property(w => w.HouseholdPlaceCode).HasMaxLength(12);
        builder.Property(w => w.ResidenceDistrictCode).HasMaxLength(12);
        builder.Property(w => w.ResidenceTownshipCode).HasMaxLength(12);
        builder.Property(w => w.ResidenceAddress).HasMaxLength(200);
        builder.Property(w => w.UserId).HasMaxLength(450);
        builder.Property(w => w.Version).IsConcurrencyToken();
        builder.OwnsOne(w => w.IdNumber, p =>
        {
            p.Property(x => x.Cipher).HasColumnName("IdNumberCipher").HasMaxLength(120);
            p.Property(x => x.Hash).HasColumnName("IdNumberHash").HasMaxLength(64);
            p.HasIndex(x => x.Hash).IsUnique();
        });
        builder.Navigation(w => w.IdNumber).IsRequired();
        builder.OwnsOne(w => w.Phone, p =>
        {
            p.Property(x => x.Cipher).HasColumnName("PhoneCipher").HasMaxLength(120);
            p.Property(x => x.Hash).HasColumnName("PhoneHash").HasMaxLength(64);
            p.HasIndex(x => x.Hash);
        });
        builder.OwnsMany(w => w.WorkExperiences, e => e.ToJson());
        builder.OwnsMany(w => w.JobIntentions, e => e.ToJson());
        // Name-prefix search within a unit (the counselor's everyday search) and across the city. Id is in the key so
        // that "ORDER BY Name, Id ... LIMIT" reads the index in order (PostgreSQL otherwise sorts every match).
        builder.HasIndex(w => new { w.ServiceUnitId, w.Name, w.Id });
        builder.HasIndex(w => new { w.Name, w.Id });
        builder.HasIndex(w => new { w.ServiceUnitId, w.ResidenceDistrictCode });
        builder.HasIndex(w => w.CounselorId);
        builder.HasIndex(w => w.UserId).IsUnique();
        builder.Ignore(w => w.IsAnonymised);
        // The nightly anonymisation looks for records not anonymised and untouched for years.
        builder.HasIndex(w => new { w.AnonymisedAt, w.UpdatedAt });
        builder.HasOne<ServiceUnit>().WithMany().HasForeignKey(w => w.ServiceUnitId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<StaffMember>().WithMany().HasForeignKey(w => w.CounselorId).OnDelete(DeleteBehavior.SetNull);
    }
}
