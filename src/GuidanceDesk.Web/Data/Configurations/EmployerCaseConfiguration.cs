using GuidanceDesk.Web.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GuidanceDesk.Web.Data.Configurations;

public sealed class EmployerCaseConfiguration : IEntityTypeConfiguration<EmployerCase>
{
    public void Configure(EntityTypeBuilder<EmployerCase> builder)
    {
        builder.Property(c => c.Situation).HasMaxLength(4000);
        builder.Property(c => c.Needs).HasMaxLength(4000);
        builder.Property(c => c.ClosingNote).HasMaxLength(1000);
        builder.Property(c => c.Version).IsConcurrencyToken();
        builder.HasIndex(c => new { c.ServiceUnitId, c.Status });
        builder.HasIndex(c => new { c.EmployerId, c.Status });
        builder.HasOne<Employer>().WithMany().HasForeignKey(c => c.EmployerId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<ServiceUnit>().WithMany().HasForeignKey(c => c.ServiceUnitId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<StaffMember>().WithMany().HasForeignKey(c => c.CounselorId).OnDelete(DeleteBehavior.Restrict);
    }
}
