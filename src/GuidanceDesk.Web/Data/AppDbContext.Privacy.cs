using GuidanceDesk.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace GuidanceDesk.Web.Data;

/// <summary>Privacy operations (4.6.2b, PIPL): the workers' requests to correct or delete their information.</summary>
public abstract partial class AppDbContext
{
    public DbSet<DataSubjectRequest> DataSubjectRequests => Set<DataSubjectRequest>();
}
