namespace GuidanceDesk.Web.Domain;

/// <summary>
/// 预约登记 (7.2.2a): a worker's booking with a counselor, made in the portal, at the desk (walk-in) or by phone.
/// The registration form printed from it is item a of the case archive.
/// </summary>
public sealed class Appointment : IVersioned, IUnitOwned
{
    private Appointment() { }

    public Appointment(long serviceUnitId, long workerId, long counselorId, long? slotId, DateTimeOffset startsAt,
        DateTimeOffset endsAt, AppointmentRequest request, bool isPriority, string createdByUserId, DateTimeOffset now)
    {
        ServiceItemSets.EnsureForWorker(request.Purposes, nameof(Purposes));
        if (endsAt <= startsAt)
            throw new DomainRuleException("结束时间应晚于开始时间", nameof(EndsAt));
        if (request.Source != BookingSource.WalkIn && startsAt < now)
            throw new DomainRuleException("预约时间已过", nameof(StartsAt));
        ServiceUnitId = serviceUnitId;
        WorkerId = workerId;
        CounselorId = counselorId;
        SlotId = slotId;
        StartsAt = startsAt;
        EndsAt = endsAt;
        Purposes = request.Purposes;
        Channel = request.Channel;
        Source = request.Source;
        DifficultyNote = request.DifficultyNote;
        IsPriority = isPriority;
        Status = AppointmentStatus.Booked;
        CreatedByUserId = createdByUserId;
        CreatedAt = now;
    }

    public long Id { get; private set; }
    public long ServiceUnitId { get; private set; }
    public long WorkerId { get; private set; }
    public long CounselorId { get; private set; }
    public long? SlotId { get; private set; }
    public DateTimeOffset StartsAt { get; private set; }
    public DateTimeOffset EndsAt { get; private set; }
    public ServiceItems Purposes { get; private set; }
    public Channel Channel { get; private set; }
    public BookingSource Source { get; private set; }
    /// <summary>求职困惑 in the worker's words, so the counselor can prepare.</summary>
    public string? DifficultyNote { get; private set; }
    /// <summary>An employment-assistance target at booking time: served first (7.1.11).</summary>
    public bool IsPriority { get; private set; }
    public AppointmentStatus Status { get; private set; }
    public string? CancelReason { get; private set; }
    public bool CancelledByWorker { get; private set; }
    public DateTimeOffset? ArrivedAt { get; private set; }
    public long? CaseId { get; private set; }
    public int RescheduleCount { get; private set; }
    public string CreatedByUserId { get; private set; } = "";
    public DateTimeOffset CreatedAt { get; private set; }
    public int Version { get; private set; }

    public void BumpVersion() => Version++;

    public void Reschedule(long counselorId, long? slotId, DateTimeOffset startsAt, DateTimeOffset endsAt, DateTimeOffset now)
    {
        EnsureBooked();
        if (startsAt < now)
            throw new DomainRuleException("新的预约时间已过", nameof(StartsAt));
        CounselorId = counselorId;
        SlotId = slotId;
        StartsAt = startsAt;
        EndsAt = endsAt;
        RescheduleCount++;
    }

    public void Cancel(string reason, bool byWorker)
    {
        EnsureBooked();
        if (string.IsNullOrWhiteSpace(reason))
            throw new DomainRuleException("请填写取消原因", nameof(CancelReason));
        Status = AppointmentStatus.Cancelled;
        CancelReason = reason;
        CancelledByWorker = byWorker;
        SlotId = null;
    }

    /// <summary>Recorded only once the appointment time has passed.</summary>
    public void MarkNoShow(DateTimeOffset now)
    {
        EnsureBooked();
        if (now < StartsAt)
            throw new DomainRuleException("预约时间未到，不能记为爽约", nameof(Status));
        Status = AppointmentStatus.NoShow;
    }

    public void MarkArrived(DateTimeOffset now, long? caseId)
    {
        EnsureBooked();
        Status = AppointmentStatus.Attended;
        ArrivedAt = now;
        CaseId = caseId;
    }

    public void LinkCase(long caseId) => CaseId = caseId;

    private void EnsureBooked()
    {
        if (Status != AppointmentStatus.Booked)
            throw new DomainRuleException("该预约已" + (Status switch
            {
                AppointmentStatus.Cancelled => "取消",
                AppointmentStatus.NoShow => "记为爽约",
                _ => "到访",
            }) + "，不能再修改", nameof(Status));
    }
}

public sealed record AppointmentRequest(ServiceItems Purposes, Channel Channel, BookingSource Source, string? DifficultyNote);

public enum AppointmentStatus { Booked = 1, Attended = 2, NoShow = 3, Cancelled = 4 }

/// <summary><see cref="CaseReferral"/>: booked by the counselor who received a referred case (8.1.4).</summary>
public enum BookingSource { Portal = 1, WalkIn = 2, Phone = 3, CaseReferral = 4 }
