using GuidanceDesk.Web.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GuidanceDesk.Web.Data.Configurations;

public sealed class ThirdPartyEvaluationConfiguration : IEntityTypeConfiguration<ThirdPartyEvaluation>
{
    public void Configure(EntityTypeBuilder<ThirdPartyEvaluation> builder)
    {
        builder.Property(e => e.Version).IsConcurrencyToken();
        builder.Property(e => e.EvaluatorUserId).HasMaxLength(450);
        builder.Property(e => e.EvaluatorName).HasMaxLength(200);
        builder.Property(e => e.Purpose).HasMaxLength(2000);
        builder.Property(e => e.GrantedByUserId).HasMaxLength(450);
        builder.Property(e => e.GrantedByName).HasMaxLength(100);
        builder.Property(e => e.Conclusion).HasMaxLength(4000);
        builder.PrimitiveCollection(e => e.SampleCaseIds);
        builder.OwnsMany(e => e.Findings, o => o.ToJson());
        builder.HasIndex(e => new { e.EvaluatorUserId, e.Status });
        builder.HasIndex(e => e.ServiceUnitId);
        builder.HasOne<ServiceUnit>().WithMany().HasForeignKey(e => e.ServiceUnitId).OnDelete(DeleteBehavior.Restrict);
    }
}
