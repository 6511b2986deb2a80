using GuidanceDesk.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace GuidanceDesk.Web.Data;

/// <summary>Guidance projects (4.4b, 4.6.1a) in a file of their own; cases and assessment plans point to them.</summary>
public abstract partial class AppDbContext
{
    public DbSet<GuidanceProject> GuidanceProjects => Set<GuidanceProject>();
}
