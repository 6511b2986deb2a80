using GuidanceDesk.Web.Data;
using GuidanceDesk.Web.Domain;
using GuidanceDesk.Web.Infrastructure;
using GuidanceDesk.Web.Infrastructure.Audit;
using GuidanceDesk.Web.Infrastructure.Http;
using GuidanceDesk.Web.Infrastructure.Security;
using Microsoft.EntityFrameworkCore;

namespace GuidanceDesk.Web.Features.Appointments;

/// <summary>Booking, rescheduling and cancelling appointments (7.2.2a); a counselor's time is never booked twice.</summary>
public sealed class AppointmentHandlers(AppDbContext db, CurrentUser user, AuditLog audit, TimeProvider time, AppointmentQueries queries)
{
    public const string EntityType = "Appointment";

    public async Task<AppointmentView> BookAsync(BookRequest r, CancellationToken ct)
    {
        var worker = await FindWorkerAsync(user.IsInRole(Roles.Worker) ? user.WorkerId : r.WorkerId, ct);
        var now = time.GetUtcNow();
        var isPriority = worker.SpecialGroups.HasFlag(SpecialGroups.EmploymentAssistanceTarget);
        var source = user.IsInRole(Roles.Worker) ? BookingSource.Portal : r.Source;
        var (counselorId, slotId, start, end) = await ResolveTimeAsync(worker.ServiceUnitId, r.SlotId, r.CounselorId, r.Date, r.Time,
            r.Minutes, isPriority, r.Channel, now, ct);
        await EnsureFreeAsync(counselorId, worker.Id, start, end, null, ct);
        var appointment = new Appointment(worker.ServiceUnitId, worker.Id, counselorId, slotId, start, end,
            new AppointmentRequest(r.PurposeSet, r.Channel, source, Blank(r.DifficultyNote)), isPriority, user.UserId!, now);
        db.Appointments.Add(appointment);
        await SaveAsync(() => audit.Changed(db, AuditAction.Create, EntityType, "new", worker.ServiceUnitId, "worker:" + Key(worker.Id)), ct);
        return await queries.GetAsync(appointment.Id, ct);
    }

    public async Task<AppointmentView> RescheduleAsync(long id, RescheduleRequest r, int? expectedVersion, CancellationToken ct)
    {
        var appointment = await FindAsync(id, ct);
        ETags.EnsureCurrentIfGiven(db, appointment, expectedVersion);
        var now = time.GetUtcNow();
        var (counselorId, slotId, start, end) = await ResolveTimeAsync(appointment.ServiceUnitId, r.SlotId,
            r.CounselorId ?? appointment.CounselorId, r.Date, r.Time, r.Minutes, appointment.IsPriority, appointment.Channel, now, ct);
        await EnsureFreeAsync(counselorId, appointment.WorkerId, start, end, appointment.Id, ct);
        appointment.Reschedule(counselorId, slotId, start, end, now);
        await SaveAsync(() => audit.Changed(db, AuditAction.Update, EntityType, Key(id), appointment.ServiceUnitId, "rescheduled"), ct);
        return await queries.GetAsync(id, ct);
    }

    public async Task<AppointmentView> CancelAsync(long id, string reason, int? expectedVersion, CancellationToken ct)
    {
        var appointment = await FindAsync(id, ct);
        ETags.EnsureCurrentIfGiven(db, appointment, expectedVersion);
        appointment.Cancel(reason, user.IsInRole(Roles.Worker));
        await SaveAsync(() => audit.Changed(db, AuditAction.Update, EntityType, Key(id), appointment.ServiceUnitId, "cancelled"), ct);
        return await queries.GetAsync(id, ct);
    }

    public async Task<AppointmentView> MarkNoShowAsync(long id, CancellationToken ct)
    {
        var appointment = await FindAsync(id, ct);
        appointment.MarkNoShow(time.GetUtcNow());
        await SaveAsync(() => audit.Changed(db, AuditAction.Update, EntityType, Key(id), appointment.ServiceUnitId, "no-show"), ct);
        return await queries.GetAsync(id, ct);
    }

    /// <summary>The worker is here (or online): the appointment joins the worker's open case, if there is one.</summary>
    public async Task<AppointmentView> MarkArrivedAsync(long id, CancellationToken ct)
    {
        var appointment = await FindAsync(id, ct);
        var openCase = await db.GuidanceCases.Where(c => c.WorkerId == appointment.WorkerId && c.Stage != CaseStage.Closed)
            .Select(c => (long?)c.Id).FirstOrDefaultAsync(ct);
        appointment.MarkArrived(time.GetUtcNow(), openCase);
        await SaveAsync(() => audit.Changed(db, AuditAction.Update, EntityType, Key(id), appointment.ServiceUnitId, "arrived"), ct);
        return await queries.GetAsync(id, ct);
    }

    private async Task<(long Counselor, long? Slot, DateTimeOffset Start, DateTimeOffset End)> ResolveTimeAsync(long unitId,
        long? slotId, long? counselorId, DateOnly? date, TimeOnly? at, int minutes, bool isPriority, Channel channel,
        DateTimeOffset now, CancellationToken ct)
    {
        if (slotId is { } sid)
        {
            var slot = await db.CounselorSlots.AsNoTracking().FirstOrDefaultAsync(s => s.Id == sid && s.ServiceUnitId == unitId && !s.IsWithdrawn, ct)
                ?? throw new DomainRuleException("该时段不存在或已撤回", nameof(BookRequest.SlotId));
            if (slot.StartsAt <= now)
                throw new DomainRuleException("该时段已过", nameof(BookRequest.SlotId));
            if (!isPriority && slot.IsHeldForPriority(now) && !user.IsStaff)
                throw new DomainRuleException("该时段优先留给就业援助对象，开始前24小时开放预约", nameof(BookRequest.SlotId));
            if (slot.Channel is { } c && c != channel)
                throw new DomainRuleException(c == Channel.Online ? "该时段仅提供线上指导" : "该时段仅提供线下指导", nameof(BookRequest.Channel));
            return (slot.CounselorId, slot.Id, slot.StartsAt, slot.EndsAt);
        }
        if (user.IsInRole(Roles.Worker))
            throw new DomainRuleException("请选择一个预约时段", nameof(BookRequest.SlotId));
        var counselor = counselorId ?? throw new DomainRuleException("请选择职业指导人员", nameof(BookRequest.CounselorId));
        if (!await db.StaffMembers.AnyAsync(s => s.Id == counselor && s.ServiceUnitId == unitId && s.IsActive, ct))
            throw new DomainRuleException("所选职业指导人员不属于该服务单位", nameof(BookRequest.CounselorId));
        var start = AgencyClock.At(date!.Value, at!.Value);
        return (counselor, null, start, start.AddMinutes(minutes));
    }

    private Task EnsureFreeAsync(long counselorId, long workerId, DateTimeOffset start, DateTimeOffset end, long? self, CancellationToken ct) =>
        AppointmentClashes.EnsureFreeAsync(db, counselorId, workerId, start, end, self, nameof(BookRequest.SlotId), ct);

    /// <summary>Saves with the audit entry; a booking that lost a race to the unique index is a 409, not a 500.</summary>
    private async Task SaveAsync(Action audited, CancellationToken ct)
    {
        audited();
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException e) when (DbErrors.IsUniqueViolation(e))
        {
            throw new ConflictException("该时段刚刚被预约，请另选时段", nameof(BookRequest.SlotId));
        }
    }

    private async Task<Worker> FindWorkerAsync(long? workerId, CancellationToken ct) =>
        workerId is { } id
            ? await user.Scope(db.Workers).AsNoTracking().FirstOrDefaultAsync(w => w.Id == id, ct) ?? throw new NotFoundException()
            : throw new DomainRuleException("请选择劳动者", nameof(BookRequest.WorkerId));

    private async Task<Appointment> FindAsync(long id, CancellationToken ct) =>
        await queries.Scope(db.Appointments).FirstOrDefaultAsync(a => a.Id == id, ct) ?? throw new NotFoundException();

    private static string? Blank(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();

    private static string Key(long id) => id.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
