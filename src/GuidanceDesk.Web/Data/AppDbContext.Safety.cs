using GuidanceDesk.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace GuidanceDesk.Web.Data;

/// <summary>Risk assessment and control (8): case referral and risk alerts, in a file of their own.</summary>
public abstract partial class AppDbContext
{
    public DbSet<OutsideAgency> OutsideAgencies => Set<OutsideAgency>();
    public DbSet<CaseReferral> CaseReferrals => Set<CaseReferral>();
    public DbSet<RiskAlert> RiskAlerts => Set<RiskAlert>();
    public DbSet<RiskDutyRoster> RiskDutyRosters => Set<RiskDutyRoster>();
}
