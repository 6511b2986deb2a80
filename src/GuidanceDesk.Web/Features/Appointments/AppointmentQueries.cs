using GuidanceDesk.Web.Data;
using GuidanceDesk.Web.Domain;
using GuidanceDesk.Web.Infrastructure;
using GuidanceDesk.Web.Infrastructure.Http;
using GuidanceDesk.Web.Infrastructure.Security;
using Microsoft.EntityFrameworkCore;

namespace GuidanceDesk.Web.Features.Appointments;

/// <summary>Appointments and free slots as staff and the portal see them; priority first wherever a queue forms (7.1.11).</summary>
public sealed class AppointmentQueries(AppDbContext db, CurrentUser user, TimeProvider time)
{
    /// <summary>Staff see their unit's appointments, a worker their own.</summary>
    public IQueryable<Appointment> Scope(IQueryable<Appointment> appointments)
    {
        if (user.IsInRole(Roles.Worker))
            return user.WorkerId is { } self ? appointments.Where(a => a.WorkerId == self) : appointments.Where(_ => false);
        if (!user.CanReadClients)
            return appointments.Where(_ => false);
        return user.IsCityLevel ? appointments : appointments.Where(a => a.ServiceUnitId == user.ServiceUnitId);
    }

    public async Task<AppointmentView> GetAsync(long id, CancellationToken ct) =>
        (await LoadAsync(Scope(db.Appointments).Where(a => a.Id == id), ct)).FirstOrDefault() ?? throw new NotFoundException();

    /// <summary>A day's queue: employment-assistance targets first, then by time.</summary>
    public async Task<IReadOnlyList<AppointmentView>> ListAsync(AppointmentQuery q, CancellationToken ct)
    {
        var query = Scope(db.Appointments).AsNoTracking();
        if (q.Date is { } day)
        {
            var from = AgencyClock.At(day, TimeOnly.MinValue);
            var to = from.AddDays(1);
            query = query.Where(a => a.StartsAt >= from && a.StartsAt < to);
        }
        if (q.CounselorId is { } c)
            query = query.Where(a => a.CounselorId == c);
        if (q.WorkerId is { } w)
            query = query.Where(a => a.WorkerId == w);
        if (q.Status is { } s)
            query = query.Where(a => a.Status == s);
        var size = Math.Clamp(q.PageSize, 1, 200);
        query = q.Date is null
            ? query.OrderByDescending(a => a.StartsAt)
            : query.OrderByDescending(a => a.IsPriority).ThenBy(a => a.StartsAt);
        return await LoadAsync(query.Skip(PageRequest.SkipOf(q.Page, size)).Take(size), ct);
    }

    /// <summary>
    /// Free slots a worker can book. Slots held for employment-assistance targets are shown only to them (and to
    /// staff booking for them) until a day before they start, so targets are offered the earliest times.
    /// </summary>
    public async Task<IReadOnlyList<SlotView>> FreeSlotsAsync(SlotQuery q, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        var workerId = user.IsInRole(Roles.Worker) ? user.WorkerId : q.WorkerId;
        long unitId;
        var isPriority = false;
        if (workerId is { } wid)
        {
            var worker = await user.Scope(db.Workers).AsNoTracking().Where(w => w.Id == wid)
                .Select(w => new { w.ServiceUnitId, w.SpecialGroups }).FirstOrDefaultAsync(ct) ?? throw new NotFoundException();
            unitId = worker.ServiceUnitId;
            isPriority = worker.SpecialGroups.HasFlag(SpecialGroups.EmploymentAssistanceTarget);
        }
        else
        {
            unitId = user.ServiceUnitId ?? throw new DomainRuleException("请选择劳动者", nameof(q.WorkerId));
        }
        var today = AgencyClock.DateOf(now);
        var from = AgencyClock.At(q.From ?? today, TimeOnly.MinValue);
        var to = AgencyClock.At((q.To ?? today.AddDays(14)).AddDays(1), TimeOnly.MinValue);
        if (from < now)
            from = now;
        var release = now.AddHours(CounselorSlot.PriorityReleaseHours);
        var slots = db.CounselorSlots.AsNoTracking().Where(s => s.ServiceUnitId == unitId && !s.IsWithdrawn
            && s.StartsAt >= from && s.StartsAt < to
            && !db.Appointments.Any(a => a.SlotId == s.Id && a.Status == AppointmentStatus.Booked));
        if (!isPriority)
            slots = slots.Where(s => !s.ReservedForPriority || s.StartsAt <= release);
        if (q.CounselorId is { } c)
            slots = slots.Where(s => s.CounselorId == c);
        var rows = await slots.OrderBy(s => s.StartsAt).Take(200)
            .Select(s => new { Slot = s, Name = db.StaffMembers.Where(m => m.Id == s.CounselorId).Select(m => m.Name).FirstOrDefault() })
            .ToListAsync(ct);
        return [.. rows.Select(r => new SlotView(r.Slot.Id, r.Slot.CounselorId, r.Name ?? "", r.Slot.StartsAt, r.Slot.EndsAt,
            r.Slot.Channel, r.Slot.ReservedForPriority, r.Slot.IsHeldForPriority(now), false))];
    }

    private async Task<List<AppointmentView>> LoadAsync(IQueryable<Appointment> q, CancellationToken ct)
    {
        var rows = await q.AsNoTracking().Select(a => new
        {
            A = a,
            Worker = db.Workers.Where(w => w.Id == a.WorkerId).Select(w => w.Name).FirstOrDefault(),
            Counselor = db.StaffMembers.Where(s => s.Id == a.CounselorId).Select(s => s.Name).FirstOrDefault(),
        }).ToListAsync(ct);
        return [.. rows.Select(x => ToView(x.A, x.Worker ?? "", x.Counselor ?? ""))];
    }

    public static AppointmentView ToView(Appointment a, string workerName, string counselorName) =>
        new(a.Id, a.ServiceUnitId, a.WorkerId, workerName, a.IsPriority, a.CounselorId, counselorName, a.SlotId, a.StartsAt,
            a.EndsAt, [.. ServiceItemSets.Split(a.Purposes)], a.Channel, a.Source, a.DifficultyNote, a.Status, a.CancelReason,
            a.CancelledByWorker, a.ArrivedAt, a.CaseId, a.RescheduleCount, a.CreatedAt, a.Version);
}
