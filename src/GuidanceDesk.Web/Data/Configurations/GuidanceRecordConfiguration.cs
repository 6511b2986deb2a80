using GuidanceDesk.Web.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GuidanceDesk.Web.Data.Configurations;

public sealed class GuidanceRecordConfiguration : IEntityTypeConfiguration<GuidanceRecord>
{
    public void Configure(EntityTypeBuilder<GuidanceRecord> builder)
    {
        builder.Property(r => r.Version).IsConcurrencyToken();
        builder.Property(r => r.Content).HasMaxLength(4000);
        builder.Property(r => r.Advice).HasMaxLength(2000);
        builder.Property(r => r.NextSteps).HasMaxLength(2000);
        builder.Property(r => r.RecordedByUserId).HasMaxLength(450);
        builder.OwnsOne(r => r.Registration, o => o.ToJson());
        // The timeline of a worker and of a case, newest first; a counselor's own sessions.
        builder.HasIndex(r => new { r.WorkerId, r.OccurredAt });
        builder.HasIndex(r => new { r.CaseId, r.OccurredAt });
        builder.HasIndex(r => new { r.CounselorId, r.OccurredAt });
        // A unit's records in a period: the conformance report and the head's statistics group them by kind and
        // channel and count distinct workers, by special group as served, which PostgreSQL answers from the index
        // alone with these columns included.
        builder.HasIndex(r => new { r.ServiceUnitId, r.OccurredAt })
            .IncludeProperties(r => new { r.Kind, r.Channel, r.WorkerId, r.WorkerGroups, r.WorkerAssistanceCategory });
        builder.HasOne<ServiceUnit>().WithMany().HasForeignKey(r => r.ServiceUnitId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Worker>().WithMany().HasForeignKey(r => r.WorkerId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<GuidanceCase>().WithMany().HasForeignKey(r => r.CaseId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<StaffMember>().WithMany().HasForeignKey(r => r.CounselorId).OnDelete(DeleteBehavior.Restrict);
    }
}
