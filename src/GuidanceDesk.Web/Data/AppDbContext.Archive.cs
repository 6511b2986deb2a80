using GuidanceDesk.Web.Infrastructure.Calendar;
using Microsoft.EntityFrameworkCore;

namespace GuidanceDesk.Web.Data;

/// <summary>Reference upkeep (holiday notice years) and the archive (7.2), in a file of their own.</summary>
public abstract partial class AppDbContext
{
    public DbSet<HolidayYearUpload> HolidayYearUploads => Set<HolidayYearUpload>();
}
