using GuidanceDesk.Web.Data;
using GuidanceDesk.Web.Domain;
using GuidanceDesk.Web.Infrastructure;
using GuidanceDesk.Web.Infrastructure.Http;
using GuidanceDesk.Web.Infrastructure.Security;
using Microsoft.EntityFrameworkCore;

namespace GuidanceDesk.Web.Features.Appointments;

/// <summary>Counselors publish their availability; a manager may publish for any counselor of the unit.</summary>
public sealed class SlotHandlers(AppDbContext db, CurrentUser user, TimeProvider time, AppointmentQueries queries)
{
    public const int MaxSlotsPerBlock = 32;

    public async Task<IReadOnlyList<SlotView>> PublishAsync(PublishSlotsRequest r, CancellationToken ct)
    {
        var counselorId = r.CounselorId ?? user.StaffMemberId ?? throw new DomainRuleException("请选择职业指导人员", nameof(r.CounselorId));
        if (counselorId != user.StaffMemberId && !(user.IsInRole(Roles.Manager) || user.IsInRole(Roles.Head)))
            throw new DomainRuleException("只能发布本人的预约时段", nameof(r.CounselorId));
        var counselor = await db.StaffMembers.AsNoTracking().FirstOrDefaultAsync(s => s.Id == counselorId && s.IsActive, ct);
        if (counselor is null || !user.CanReachUnit(counselor.ServiceUnitId))
            throw new DomainRuleException("所选职业指导人员不属于本单位", nameof(r.CounselorId));

        var start = AgencyClock.At(r.Date!.Value, r.From!.Value);
        var end = AgencyClock.At(r.Date.Value, r.To!.Value);
        var count = (int)((end - start).TotalMinutes / r.MinutesEach);
        if (count < 1)
            throw new DomainRuleException("时间段短于一个预约时长", nameof(r.To));
        if (count > MaxSlotsPerBlock)
            throw new DomainRuleException($"一次最多发布{MaxSlotsPerBlock}个时段", nameof(r.To));
        var blockEnd = start.AddMinutes(count * r.MinutesEach);
        var clash = await db.CounselorSlots.AnyAsync(s => s.CounselorId == counselorId && !s.IsWithdrawn
            && s.StartsAt < blockEnd && start < s.EndsAt, ct);
        if (clash)
            throw new ConflictException("与已发布的时段重叠", nameof(r.From));

        var now = time.GetUtcNow();
        var slots = Enumerable.Range(0, count).Select(i => new CounselorSlot(counselor.ServiceUnitId, counselorId,
            start.AddMinutes(i * r.MinutesEach), start.AddMinutes((i + 1) * r.MinutesEach), r.Channel,
            r.ReserveFirstForPriority && i == 0, now)).ToList();
        db.CounselorSlots.AddRange(slots);
        await db.SaveChangesAsync(ct);
        return [.. slots.Select(s => new SlotView(s.Id, counselorId, counselor.Name, s.StartsAt, s.EndsAt, s.Channel,
            s.ReservedForPriority, s.IsHeldForPriority(now), false))];
    }

    /// <summary>A booked slot stays until its appointment is cancelled or moved; only a free slot can be withdrawn.</summary>
    public async Task WithdrawAsync(long slotId, CancellationToken ct)
    {
        var slot = await db.CounselorSlots.FirstOrDefaultAsync(s => s.Id == slotId, ct) ?? throw new NotFoundException();
        if (!user.CanReachUnit(slot.ServiceUnitId) || (slot.CounselorId != user.StaffMemberId && !(user.IsInRole(Roles.Manager) || user.IsInRole(Roles.Head))))
            throw new NotFoundException();
        if (await queries.Scope(db.Appointments).AnyAsync(a => a.SlotId == slotId && a.Status == AppointmentStatus.Booked, ct))
            throw new ConflictException("该时段已有预约，请先改约或取消预约");
        slot.Withdraw();
        await db.SaveChangesAsync(ct);
    }
}
