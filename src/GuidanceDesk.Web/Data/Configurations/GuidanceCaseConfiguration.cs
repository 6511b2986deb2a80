using GuidanceDesk.Web.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GuidanceDesk.Web.Data.Configurations;

public sealed class GuidanceCaseConfiguration : IEntityTypeConfiguration<GuidanceCase>
{
    public void Configure(EntityTypeBuilder<GuidanceCase> builder)
    {
        builder.ToTable("GuidanceCases");
        builder.Property(c => c.Version).IsConcurrencyToken();
        builder.Property(c => c.NeedsAnalysis).HasMaxLength(4000);
        builder.Property(c => c.ReviewAnalysis).HasMaxLength(4000);
        // Computed by the database after each save (AppDbContext.WorklistColumns): an update of the case never writes them.
        builder.Property(c => c.PlanDueOn).Metadata.SetAfterSaveBehavior(PropertySaveBehavior.Ignore);
        builder.Property(c => c.WorkerGroups).Metadata.SetAfterSaveBehavior(PropertySaveBehavior.Ignore);
        builder.OwnsOne(c => c.Intake, o => o.ToJson());
        builder.OwnsOne(c => c.Outcome, o => o.ToJson());
        builder.OwnsMany(c => c.Transitions, o => o.ToJson());
        builder.OwnsMany(c => c.Goals, o => o.ToJson());
        builder.OwnsMany(c => c.Assignments, o => o.ToJson());
        builder.OwnsMany(c => c.Checklist, o => o.ToJson());
        // One open case per worker: a second intake continues the open one instead of splitting the history.
        builder.HasIndex(c => c.WorkerId).IsUnique().HasFilter("\"Stage\" <> 9").HasDatabaseName("UX_GuidanceCases_OpenPerWorker");
        builder.HasIndex(c => new { c.WorkerId, c.OpenedAt });
        builder.HasIndex(c => new { c.CounselorId, c.Stage });
        builder.HasIndex(c => new { c.CounselorId, c.LastActivityAt });
        builder.HasIndex(c => new { c.ServiceUnitId, c.Stage });
        builder.HasIndex(c => new { c.ServiceUnitId, c.LastActivityAt });
        // The worklists read open cases only, and most of a counselor's or unit's cases are closed (85 % in the bench
        // city): without these the open ones are found by visiting every case row of the counselor or unit.
        // With what the worklist joins and filters on (PostgreSQL: an index-only scan of a counselor's open cases, not
        // one heap page per case; SQLite has no INCLUDE and ignores it).
        builder.HasIndex(c => new { c.CounselorId, c.LastActivityAt }, "IX_GuidanceCases_Open_CounselorId_LastActivityAt").HasFilter("\"Stage\" <> 9")
            .IncludeProperties(c => new { c.Id, c.WorkerId, c.WorkerGroups, c.Stage });
        builder.HasIndex(c => new { c.ServiceUnitId, c.LastActivityAt }, "IX_GuidanceCases_Open_ServiceUnitId_LastActivityAt").HasFilter("\"Stage\" <> 9");
        // The worklist's "plans ending" section reads the due lines only, not one plan probe per open case (≈ 950
        // buffers a counselor at city scale).
        builder.HasIndex(c => new { c.CounselorId, c.PlanDueOn }, "IX_GuidanceCases_Open_CounselorId_PlanDueOn")
            .HasFilter("\"Stage\" <> 9 AND \"PlanDueOn\" IS NOT NULL");
        // The worklist's preventive-checklist section: a counselor's open cases of the groups that have a checklist.
        builder.HasIndex(c => new { c.CounselorId, c.Id }, "IX_GuidanceCases_Open_Checklist")
            .HasFilter($"\"Stage\" <> 9 AND (\"WorkerGroups\" & {(int)PreventiveChecklist.Groups}) <> 0");
        // The statistics count a unit's cases opened, and closed, in a period; the closed ones by outcome and group, and the
        // employed ones' days to employment, all from the index (PostgreSQL: an index-only scan).
        builder.HasIndex(c => new { c.ServiceUnitId, c.OpenedAt });
        builder.HasIndex(c => new { c.ServiceUnitId, c.ClosedAt }, "IX_GuidanceCases_Closed_ServiceUnitId_ClosedAt").HasFilter("\"Stage\" = 9")
            .IncludeProperties(c => new { c.ClosedWith, c.ClosedWorkerGroups, c.OpenedAt });
        builder.HasOne<ServiceUnit>().WithMany().HasForeignKey(c => c.ServiceUnitId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Worker>().WithMany().HasForeignKey(c => c.WorkerId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<StaffMember>().WithMany().HasForeignKey(c => c.CounselorId).OnDelete(DeleteBehavior.Restrict);
        // A case referred to a counselor (8.1) is read by them and their unit's oversight.
        builder.HasIndex(c => c.ReferralReceiverStaffId).HasFilter("\"ReferralReceiverStaffId\" IS NOT NULL");
        builder.HasIndex(c => c.ReferralReceiverUnitId).HasFilter("\"ReferralReceiverUnitId\" IS NOT NULL");
        builder.HasOne<StaffMember>().WithMany().HasForeignKey(c => c.ReferralReceiverStaffId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<ServiceUnit>().WithMany().HasForeignKey(c => c.ReferralReceiverUnitId).OnDelete(DeleteBehavior.Restrict);
        // A guidance project's progress reads its cases (4.6.1a); most cases belong to none.
        builder.HasIndex(c => c.GuidanceProjectId).HasFilter("\"GuidanceProjectId\" IS NOT NULL");
        builder.HasOne<GuidanceProject>().WithMany().HasForeignKey(c => c.GuidanceProjectId).OnDelete(DeleteBehavior.Restrict);
    }
}
