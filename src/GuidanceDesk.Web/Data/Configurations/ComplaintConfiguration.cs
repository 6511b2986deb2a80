using GuidanceDesk.Web.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GuidanceDesk.Web.Data.Configurations;

public sealed class ComplaintConfiguration : IEntityTypeConfiguration<Complaint>
{
    public void Configure(EntityTypeBuilder<Complaint> builder)
    {
        builder.Property(c => c.Version).IsConcurrencyToken();
        builder.Property(c => c.TrackingNumber).HasMaxLength(40);
        builder.HasIndex(c => c.TrackingNumber).IsUnique();
        builder.Property(c => c.Description).HasMaxLength(Complaint.MaxText);
        builder.Property(c => c.ComplainantName).HasMaxLength(50);
        builder.OwnsOne(c => c.Phone, p =>
        {
            p.Property(x => x.Cipher).HasColumnName("PhoneCipher").HasMaxLength(120);
            p.Property(x => x.Hash).HasColumnName("PhoneHash").HasMaxLength(64);
        });
        builder.Property(c => c.HandlerName).HasMaxLength(100);
        builder.Property(c => c.Investigation).HasMaxLength(Complaint.MaxText);
        builder.Property(c => c.Resolution).HasMaxLength(Complaint.MaxText);
        builder.Property(c => c.Reply).HasMaxLength(Complaint.MaxText);
        builder.Property(c => c.FeedbackComment).HasMaxLength(Complaint.MaxText);
        builder.OwnsMany(c => c.Events, o => o.ToJson());
        builder.Ignore(c => c.AwaitsReply);
        builder.HasIndex(c => new { c.ServiceUnitId, c.Status, c.ReceivedAt });
        builder.HasIndex(c => new { c.Status, c.DueOn });
        builder.HasIndex(c => new { c.HandlerStaffId, c.Status });
        builder.HasIndex(c => c.WorkerId);
        builder.HasIndex(c => c.EmployerId);
        builder.HasOne<ServiceUnit>().WithMany().HasForeignKey(c => c.ServiceUnitId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<StaffMember>().WithMany().HasForeignKey(c => c.HandlerStaffId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Worker>().WithMany().HasForeignKey(c => c.WorkerId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Employer>().WithMany().HasForeignKey(c => c.EmployerId).OnDelete(DeleteBehavior.Restrict);
    }
}
