using GuidanceDesk.Web.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GuidanceDesk.Web.Data.Configurations;

public sealed class SatisfactionResponseConfiguration : IEntityTypeConfiguration<SatisfactionResponse>
{
    public void Configure(EntityTypeBuilder<SatisfactionResponse> builder)
    {
        builder.Property(r => r.EnteredByUserId).HasMaxLength(450);
        builder.Property(r => r.Comment).HasMaxLength(SurveyItems.MaxComment);
        builder.PrimitiveCollection(r => r.Answers).HasField("_answers");
        // One response per invitation: a second submit that races past the handler's check fails here (409).
        builder.HasIndex(r => r.SurveyId).IsUnique();
        // The index reads a period, filtered by unit: the range scan is on time, the unit narrows it.
        builder.HasIndex(r => new { r.RespondedAt, r.ServiceUnitId });
        builder.HasIndex(r => new { r.CounselorId, r.RespondedAt });
        // A unit's period (the head's dashboard, a unit's index): the cells' keys and the scores come from the index alone
        // on PostgreSQL, instead of a heap visit per response.
        builder.HasIndex(r => new { r.ServiceUnitId, r.RespondedAt }).IncludeProperties(r => new
        {
            r.CounselorId, r.Service, r.Channel, r.Image, r.Expectation, r.Quality, r.Value, r.Satisfaction, r.Complaint, r.Loyalty,
        });
        builder.HasIndex(r => r.CaseId);
        builder.HasIndex(r => r.GroupSessionId);
        builder.HasOne(r => r.Survey).WithMany().HasForeignKey(r => r.SurveyId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<ServiceUnit>().WithMany().HasForeignKey(r => r.ServiceUnitId).OnDelete(DeleteBehavior.Restrict);
    }
}
