using GuidanceDesk.Web.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GuidanceDesk.Web.Data.Configurations;

public sealed class CaseReferralConfiguration : IEntityTypeConfiguration<CaseReferral>
{
    public void Configure(EntityTypeBuilder<CaseReferral> builder)
    {
        builder.Property(r => r.Version).IsConcurrencyToken();
        builder.Property(r => r.SenderUserId).HasMaxLength(450);
        builder.Property(r => r.SenderName).HasMaxLength(100);
        builder.Property(r => r.AnsweredByName).HasMaxLength(100);
        builder.Property(r => r.AnswerNote).HasMaxLength(ReferralForm.MaxLength);
        builder.Property(r => r.Outcome).HasMaxLength(ReferralForm.MaxLength);
        builder.OwnsOne(r => r.Form, o => o.ToJson());
        builder.OwnsMany(r => r.Events, o => o.ToJson());
        builder.PrimitiveCollection(r => r.HandedOverRecordIds).HasField("_handedOverRecordIds");
        builder.Ignore(r => r.IsOpen);
        builder.Ignore(r => r.GrantsReceiverAccess);
        builder.HasIndex(r => new { r.CaseId, r.CreatedAt });
        // One referral under way per case: a second one waits until the first is answered or stopped.
        builder.HasIndex(r => r.CaseId).IsUnique().HasFilter("\"Status\" IN (1, 2, 3, 5)").HasDatabaseName("UX_CaseReferrals_OpenPerCase");
        builder.HasIndex(r => new { r.ReceiverStaffId, r.Status });
        builder.HasIndex(r => new { r.SenderStaffId, r.Status });
        builder.HasIndex(r => new { r.ServiceUnitId, r.Status });
        builder.HasIndex(r => new { r.ReceiverUnitId, r.Status });
        builder.HasIndex(r => r.WorkerId);
        builder.HasOne<ServiceUnit>().WithMany().HasForeignKey(r => r.ServiceUnitId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<ServiceUnit>().WithMany().HasForeignKey(r => r.ReceiverUnitId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<GuidanceCase>().WithMany().HasForeignKey(r => r.CaseId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Worker>().WithMany().HasForeignKey(r => r.WorkerId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<StaffMember>().WithMany().HasForeignKey(r => r.SenderStaffId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<StaffMember>().WithMany().HasForeignKey(r => r.ReceiverStaffId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<OutsideAgency>().WithMany().HasForeignKey(r => r.AgencyId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<ConsentRecord>().WithMany().HasForeignKey(r => r.ConsentRecordId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Appointment>().WithMany().HasForeignKey(r => r.AppointmentId).OnDelete(DeleteBehavior.Restrict);
    }
}
