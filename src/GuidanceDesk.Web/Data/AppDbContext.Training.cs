using GuidanceDesk.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace GuidanceDesk.Web.Data;

/// <summary>Training guidance (5.1d, 7.1.5): the registry of providers, their courses and the recommendations made.</summary>
public abstract partial class AppDbContext
{
    public DbSet<TrainingProvider> TrainingProviders => Set<TrainingProvider>();
    public DbSet<TrainingCourse> TrainingCourses => Set<TrainingCourse>();
    public DbSet<TrainingRecommendation> TrainingRecommendations => Set<TrainingRecommendation>();
}
