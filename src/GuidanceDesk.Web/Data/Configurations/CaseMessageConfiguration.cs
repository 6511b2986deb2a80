using GuidanceDesk.Web.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GuidanceDesk.Web.Data.Configurations;

public sealed class CaseMessageConfiguration : IEntityTypeConfiguration<CaseMessage>
{
    public void Configure(EntityTypeBuilder<CaseMessage> builder)
    {
        builder.Property(m => m.Body).HasMaxLength(CaseMessage.MaxLength);
        builder.Property(m => m.SenderUserId).HasMaxLength(450);
        builder.Property(m => m.SenderName).HasMaxLength(50);
        builder.HasIndex(m => new { m.CaseId, m.SentAt });
        builder.HasOne<ServiceUnit>().WithMany().HasForeignKey(m => m.ServiceUnitId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<GuidanceCase>().WithMany().HasForeignKey(m => m.CaseId).OnDelete(DeleteBehavior.Restrict);
    }
}
