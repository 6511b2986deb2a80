using GuidanceDesk.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace GuidanceDesk.Web.Data;

/// <summary>Job referral (7.1.4) in a file of its own, so that the placement area adds to the context without editing it.</summary>
public abstract partial class AppDbContext
{
    public DbSet<Placement> Placements => Set<Placement>();
}
