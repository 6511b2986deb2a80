using GuidanceDesk.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace GuidanceDesk.Web.Data;

/// <summary>The policy library and handbooks (4.3b–c, 7.1.1), in a file of their own.</summary>
public abstract partial class AppDbContext
{
    public DbSet<PolicyDocument> PolicyDocuments => Set<PolicyDocument>();
    public DbSet<Handbook> Handbooks => Set<Handbook>();
}
