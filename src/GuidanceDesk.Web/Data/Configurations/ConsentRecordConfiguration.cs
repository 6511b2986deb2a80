using GuidanceDesk.Web.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GuidanceDesk.Web.Data.Configurations;

public sealed class ConsentRecordConfiguration : IEntityTypeConfiguration<ConsentRecord>
{
    public void Configure(EntityTypeBuilder<ConsentRecord> builder)
    {
        builder.Property(c => c.RecordedByUserId).HasMaxLength(450);
        builder.Property(c => c.Note).HasMaxLength(500);
        builder.Ignore(c => c.IsActive);
        builder.HasIndex(c => new { c.WorkerId, c.Kind });
        builder.HasOne<Worker>().WithMany().HasForeignKey(c => c.WorkerId).OnDelete(DeleteBehavior.Cascade);
    }
}
