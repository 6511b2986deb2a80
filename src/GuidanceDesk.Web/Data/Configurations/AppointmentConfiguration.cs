using GuidanceDesk.Web.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GuidanceDesk.Web.Data.Configurations;

public sealed class AppointmentConfiguration : IEntityTypeConfiguration<Appointment>
{
    /// <summary>Only booked appointments hold a counselor's time (same SQL on both providers).</summary>
    private const string Booked = "\"Status\" = 1";

    public void Configure(EntityTypeBuilder<Appointment> builder)
    {
        builder.Property(a => a.Version).IsConcurrencyToken();
        builder.Property(a => a.DifficultyNote).HasMaxLength(1000);
        builder.Property(a => a.CancelReason).HasMaxLength(200);
        builder.Property(a => a.CreatedByUserId).HasMaxLength(450);
        // The database, not only the handler, refuses a double booking: two requests racing for one slot or one start time.
        builder.HasIndex(a => a.SlotId).IsUnique().HasFilter(Booked).HasDatabaseName("UX_Appointments_BookedSlot");
        builder.HasIndex(a => new { a.CounselorId, a.StartsAt }).IsUnique().HasFilter(Booked).HasDatabaseName("UX_Appointments_BookedCounselorStart");
        builder.HasIndex(a => new { a.CounselorId, a.StartsAt, a.Status });
        // The clash check of every booking (AppointmentClashes): a booking overlaps only those that end after it starts,
        // a range of these indexes; by start time it was every booked appointment of the counselor before its end.
        builder.HasIndex(a => new { a.CounselorId, a.EndsAt }, "IX_Appointments_Booked_CounselorId_EndsAt").HasFilter(Booked);
        builder.HasIndex(a => new { a.WorkerId, a.EndsAt }, "IX_Appointments_Booked_WorkerId_EndsAt").HasFilter(Booked);
        builder.HasIndex(a => new { a.ServiceUnitId, a.StartsAt });
        builder.HasIndex(a => new { a.WorkerId, a.StartsAt });
        builder.HasOne<ServiceUnit>().WithMany().HasForeignKey(a => a.ServiceUnitId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Worker>().WithMany().HasForeignKey(a => a.WorkerId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<StaffMember>().WithMany().HasForeignKey(a => a.CounselorId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<CounselorSlot>().WithMany().HasForeignKey(a => a.SlotId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<GuidanceCase>().WithMany().HasForeignKey(a => a.CaseId).OnDelete(DeleteBehavior.Restrict);
    }
}
