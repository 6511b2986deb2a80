using GuidanceDesk.Web.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GuidanceDesk.Web.Data.Configurations;

public sealed class AssessmentConfiguration : IEntityTypeConfiguration<Assessment>
{
    public void Configure(EntityTypeBuilder<Assessment> builder)
    {
        builder.Property(a => a.Version).IsConcurrencyToken();
        builder.Property(a => a.HollandCode).HasMaxLength(3);
        builder.Property(a => a.EnteredBy).HasMaxLength(100);
        builder.Property(a => a.VoidReason).HasMaxLength(500);
        builder.Ignore(a => a.IsOpen);
        builder.OwnsMany(a => a.Scores, o =>
        {
            o.ToJson();
            o.Ignore(s => s.Share);
        });
        builder.HasIndex(a => new { a.WorkerId, a.Status });
        builder.HasIndex(a => a.PlanId);
        builder.HasIndex(a => new { a.InstrumentId, a.Status });
        builder.HasOne<ServiceUnit>().WithMany().HasForeignKey(a => a.ServiceUnitId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Worker>().WithMany().HasForeignKey(a => a.WorkerId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<AssessmentPlan>().WithMany().HasForeignKey(a => a.PlanId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Instrument>().WithMany().HasForeignKey(a => a.InstrumentId).OnDelete(DeleteBehavior.Restrict);
    }
}
