using GuidanceDesk.Web.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GuidanceDesk.Web.Data.Configurations;

public sealed class SelfEvaluationConfiguration : IEntityTypeConfiguration<SelfEvaluation>
{
    public void Configure(EntityTypeBuilder<SelfEvaluation> builder)
    {
        builder.Property(e => e.Version).IsConcurrencyToken();
        builder.Property(e => e.Title).HasMaxLength(200);
        builder.Property(e => e.ConvenedByUserId).HasMaxLength(450);
        builder.Property(e => e.ConvenedByName).HasMaxLength(100);
        builder.Property(e => e.Conclusion).HasMaxLength(4000);
        builder.Property(e => e.SignedByUserId).HasMaxLength(450);
        builder.Property(e => e.SignedByName).HasMaxLength(100);
        // The report as computed, the checklist and the managers' assessments belong to this evaluation only.
        builder.OwnsMany(e => e.Rows, o => o.ToJson());
        builder.OwnsMany(e => e.Checklist, o => o.ToJson());
        builder.OwnsMany(e => e.Assessments, o => o.ToJson());
        builder.HasIndex(e => new { e.ServiceUnitId, e.PeriodTo });
        builder.HasOne<ServiceUnit>().WithMany().HasForeignKey(e => e.ServiceUnitId).OnDelete(DeleteBehavior.Restrict);
    }
}
