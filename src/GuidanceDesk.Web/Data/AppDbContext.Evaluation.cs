using GuidanceDesk.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace GuidanceDesk.Web.Data;

/// <summary>Self-evaluation (9.2.2), third-party evaluation (9.2.3) and quarterly summaries (9.2.1).</summary>
public abstract partial class AppDbContext
{
    public DbSet<SelfEvaluation> SelfEvaluations => Set<SelfEvaluation>();
    public DbSet<ThirdPartyEvaluation> ThirdPartyEvaluations => Set<ThirdPartyEvaluation>();
    public DbSet<QuarterlySummary> QuarterlySummaries => Set<QuarterlySummary>();
}
