using GuidanceDesk.Web.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GuidanceDesk.Web.Data.Configurations;

public sealed class GroupSessionParticipantConfiguration : IEntityTypeConfiguration<GroupSessionParticipant>
{
    public void Configure(EntityTypeBuilder<GroupSessionParticipant> builder)
    {
        // A worker signs up once per session, whatever two requests at the same moment try.
        builder.HasIndex(p => new { p.GroupSessionId, p.WorkerId }).IsUnique();
        // The worker's own sessions (portal) and the archive's completeness by case.
        builder.HasIndex(p => p.WorkerId);
        builder.HasIndex(p => p.RecordingCaseId);
        builder.HasOne<Worker>().WithMany().HasForeignKey(p => p.WorkerId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<ConsentRecord>().WithMany().HasForeignKey(p => p.RecordingConsentId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<GuidanceRecord>().WithMany().HasForeignKey(p => p.GuidanceRecordId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<ArchiveItem>().WithMany().HasForeignKey(p => p.RecordingItemId).OnDelete(DeleteBehavior.Restrict);
    }
}
