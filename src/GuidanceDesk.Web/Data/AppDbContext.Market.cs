using GuidanceDesk.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace GuidanceDesk.Web.Data;

/// <summary>The market tables (supply/demand snapshots, hard-to-fill flags) and the employer's guidance cases.</summary>
public abstract partial class AppDbContext
{
    public DbSet<SupplyDemandSnapshot> SupplyDemandSnapshots => Set<SupplyDemandSnapshot>();
    public DbSet<HardToFillFlag> HardToFillFlags => Set<HardToFillFlag>();
    public DbSet<EmployerCase> EmployerCases => Set<EmployerCase>();
    public DbSet<EmployerGuidanceRecord> EmployerGuidanceRecords => Set<EmployerGuidanceRecord>();
}
