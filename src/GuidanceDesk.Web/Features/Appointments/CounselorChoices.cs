using GuidanceDesk.Web.Data;
using GuidanceDesk.Web.Domain;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace GuidanceDesk.Web.Features.Appointments;

/// <summary>The active counselors of a unit, for the booking and slot forms.</summary>
public static class CounselorChoices
{
    public static async Task<List<SelectListItem>> ForUnitAsync(AppDbContext db, long? unitId, CancellationToken ct)
    {
        var rows = await db.StaffMembers.AsNoTracking()
            .Where(s => s.ServiceUnitId == unitId && s.IsActive && s.Position == StaffPosition.Counselor)
            .OrderBy(s => s.Name).Select(s => new { s.Id, s.Name }).ToListAsync(ct);
        return [.. rows.Select(r => new SelectListItem(r.Name, Common.Fmt.Id(r.Id)))];
    }
}
