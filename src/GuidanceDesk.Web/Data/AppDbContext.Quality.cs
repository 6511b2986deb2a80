using GuidanceDesk.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace GuidanceDesk.Web.Data;

/// <summary>Supervision and improvement (9.1): public service information, complaints, internal audits, corrective actions.</summary>
public abstract partial class AppDbContext
{
    public DbSet<ServiceDisclosure> ServiceDisclosures => Set<ServiceDisclosure>();
    public DbSet<Complaint> Complaints => Set<Complaint>();
    public DbSet<InternalAudit> InternalAudits => Set<InternalAudit>();
    public DbSet<CorrectiveAction> CorrectiveActions => Set<CorrectiveAction>();
}
