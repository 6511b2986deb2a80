using GuidanceDesk.Web.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GuidanceDesk.Web.Data.Configurations;

public sealed class ArchiveRetentionRuleConfiguration : IEntityTypeConfiguration<ArchiveRetentionRule>
{
    public void Configure(EntityTypeBuilder<ArchiveRetentionRule> builder)
    {
        builder.HasKey(r => r.Kind);
        builder.Property(r => r.Kind).ValueGeneratedNever();
        builder.Property(r => r.Basis).HasMaxLength(200);
        builder.Property(r => r.UpdatedByUserId).HasMaxLength(450);
        builder.Property(r => r.Version).IsConcurrencyToken();
    }
}
