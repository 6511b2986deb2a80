using GuidanceDesk.Web.Data;
using GuidanceDesk.Web.Domain;
using GuidanceDesk.Web.Infrastructure.Http;
using Microsoft.EntityFrameworkCore;

namespace GuidanceDesk.Web.Features.Appointments;

/// <summary>A counselor's time, and a worker's, is never booked twice: the check every booking path makes.</summary>
public static class AppointmentClashes
{
    /// <summary>409 (naming <paramref name="field"/>) when the counselor or the worker already has a booking that overlaps.</summary>
    public static async Task EnsureFreeAsync(AppDbContext db, long counselorId, long workerId, DateTimeOffset start, DateTimeOffset end,
        long? self, string field, CancellationToken ct)
    {
        var clash = await db.Appointments.AsNoTracking()
            .Where(a => a.Status == AppointmentStatus.Booked && a.Id != self && a.StartsAt < end && start < a.EndsAt
                && (a.CounselorId == counselorId || a.WorkerId == workerId))
            .Select(a => new { a.CounselorId, a.WorkerId }).FirstOrDefaultAsync(ct);
        if (clash is null)
            return;
        throw clash.CounselorId == counselorId
            ? new ConflictException("该职业指导人员在此时间已有预约，请另选时段", field)
            : new ConflictException("该劳动者在此时间已有其他预约", field);
    }
}
