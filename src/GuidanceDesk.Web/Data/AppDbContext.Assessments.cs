using GuidanceDesk.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace GuidanceDesk.Web.Data;

/// <summary>Career assessment (5.1c, 7.1.6–7.1.7) in a file of its own.</summary>
public abstract partial class AppDbContext
{
    public DbSet<Instrument> Instruments => Set<Instrument>();
    public DbSet<AssessmentPlan> AssessmentPlans => Set<AssessmentPlan>();
    public DbSet<Assessment> Assessments => Set<Assessment>();
    public DbSet<AssessmentAnswer> AssessmentAnswers => Set<AssessmentAnswer>();
    public DbSet<CareerTendencyReport> CareerTendencyReports => Set<CareerTendencyReport>();
}
