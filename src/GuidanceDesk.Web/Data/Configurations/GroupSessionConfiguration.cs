using GuidanceDesk.Web.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GuidanceDesk.Web.Data.Configurations;

public sealed class GroupSessionConfiguration : IEntityTypeConfiguration<GroupSession>
{
    public void Configure(EntityTypeBuilder<GroupSession> builder)
    {
        builder.Property(s => s.Version).IsConcurrencyToken();
        builder.Property(s => s.Topic).HasMaxLength(GroupSession.MaxTopic);
        builder.Property(s => s.Description).HasMaxLength(GroupSession.MaxText);
        builder.Property(s => s.Place).HasMaxLength(GroupSession.MaxPlace);
        builder.Property(s => s.OnlineLink).HasMaxLength(GroupSession.MaxLink);
        builder.Property(s => s.CreatedByUserId).HasMaxLength(450);
        builder.Property(s => s.CreatedByName).HasMaxLength(100);
        builder.Property(s => s.HeldByName).HasMaxLength(100);
        builder.Property(s => s.CancelReason).HasMaxLength(GroupSession.MaxReason);
        builder.Property(s => s.LateReason).HasMaxLength(GroupSession.MaxReason);
        builder.Property(s => s.LateReasonByName).HasMaxLength(100);
        builder.Property(s => s.RecordingByName).HasMaxLength(100);
        builder.OwnsMany(s => s.Materials, o => o.ToJson());
        builder.HasMany(s => s.Participants).WithOne().HasForeignKey(p => p.GroupSessionId).OnDelete(DeleteBehavior.Cascade);
        builder.Ignore(s => s.MinutesLong);
        builder.Ignore(s => s.SeatsLeft);
        builder.Ignore(s => s.HasUnsentMaterials);
        // The list of a unit by date, and the scan's two questions: what is due to be sent, what went late.
        builder.HasIndex(s => new { s.ServiceUnitId, s.StartsAt });
        builder.HasIndex(s => new { s.Status, s.MaterialsDeadline });
        builder.HasIndex(s => s.FacilitatorStaffId);
        builder.HasIndex(s => s.GuidanceProjectId);
        builder.HasOne<ServiceUnit>().WithMany().HasForeignKey(s => s.ServiceUnitId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<StaffMember>().WithMany().HasForeignKey(s => s.FacilitatorStaffId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<StoredFile>().WithMany().HasForeignKey(s => s.RecordingFileId).OnDelete(DeleteBehavior.Restrict);
    }
}
