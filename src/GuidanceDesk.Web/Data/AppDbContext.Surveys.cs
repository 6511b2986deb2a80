using GuidanceDesk.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace GuidanceDesk.Web.Data;

/// <summary>Satisfaction surveys (7.2.2g, 9.2.1): invitations and their responses.</summary>
public abstract partial class AppDbContext
{
    public DbSet<SatisfactionSurvey> SatisfactionSurveys => Set<SatisfactionSurvey>();
    public DbSet<SatisfactionResponse> SatisfactionResponses => Set<SatisfactionResponse>();
}
