using GuidanceDesk.Web.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GuidanceDesk.Web.Data.Configurations;

public sealed class SatisfactionSurveyConfiguration : IEntityTypeConfiguration<SatisfactionSurvey>
{
    public void Configure(EntityTypeBuilder<SatisfactionSurvey> builder)
    {
        builder.Property(s => s.Version).IsConcurrencyToken();
        builder.Property(s => s.OccasionKey).HasMaxLength(SatisfactionSurvey.MaxKeyLength);
        // One invitation per occasion, whichever instance or retry finds it.
        builder.HasIndex(s => s.OccasionKey).IsUnique();
        builder.HasIndex(s => new { s.WorkerId, s.RespondedAt });
        builder.HasIndex(s => new { s.EmployerId, s.RespondedAt });
        // The response rate of a unit's period counts settled invitations per cell from the index alone (PostgreSQL).
        builder.HasIndex(s => new { s.ServiceUnitId, s.InvitedAt })
            .IncludeProperties(s => new { s.RespondedAt, s.ExpiresAt, s.CounselorId, s.Service, s.Channel });
        builder.HasIndex(s => s.CaseId);
        builder.HasOne<ServiceUnit>().WithMany().HasForeignKey(s => s.ServiceUnitId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Worker>().WithMany().HasForeignKey(s => s.WorkerId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Employer>().WithMany().HasForeignKey(s => s.EmployerId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<GuidanceCase>().WithMany().HasForeignKey(s => s.CaseId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<EmployerCase>().WithMany().HasForeignKey(s => s.EmployerCaseId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<GroupSession>().WithMany().HasForeignKey(s => s.GroupSessionId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<StaffMember>().WithMany().HasForeignKey(s => s.CounselorId).OnDelete(DeleteBehavior.Restrict);
        builder.Ignore(s => s.IsAnswered);
    }
}
