namespace GuidanceDesk.Web.Domain;

/// <summary>
/// A time a counselor publishes as bookable (预约时段). A slot can be held for employment-assistance targets (7.1.11):
/// until <see cref="PriorityReleaseHours"/> before it starts, only they (or staff on their behalf) can book it.
/// </summary>
public sealed class CounselorSlot : IVersioned, IUnitOwned
{
    public const int PriorityReleaseHours = 24;
    public const int MaxMinutes = 240;

    private CounselorSlot() { }

    public CounselorSlot(long serviceUnitId, long counselorId, DateTimeOffset startsAt, DateTimeOffset endsAt,
        Channel? channel, bool reservedForPriority, DateTimeOffset now)
    {
        if (endsAt <= startsAt)
            throw new DomainRuleException("结束时间应晚于开始时间", nameof(EndsAt));
        if ((endsAt - startsAt).TotalMinutes > MaxMinutes)
            throw new DomainRuleException("单个预约时段不超过4小时", nameof(EndsAt));
        if (startsAt < now)
            throw new DomainRuleException("不能发布已经过去的时段", nameof(StartsAt));
        ServiceUnitId = serviceUnitId;
        CounselorId = counselorId;
        StartsAt = startsAt;
        EndsAt = endsAt;
        Channel = channel;
        ReservedForPriority = reservedForPriority;
        CreatedAt = now;
    }

    public long Id { get; private set; }
    public long ServiceUnitId { get; private set; }
    public long CounselorId { get; private set; }
    public DateTimeOffset StartsAt { get; private set; }
    public DateTimeOffset EndsAt { get; private set; }
    /// <summary>Null: the worker chooses offline or online.</summary>
    public Channel? Channel { get; private set; }
    public bool ReservedForPriority { get; private set; }
    public bool IsWithdrawn { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
    public int Version { get; private set; }

    public void BumpVersion() => Version++;

    /// <summary>Whether an ordinary worker may book it now: held slots open up a day before they start.</summary>
    public bool IsHeldForPriority(DateTimeOffset now) =>
        ReservedForPriority && StartsAt - now > TimeSpan.FromHours(PriorityReleaseHours);

    public void Withdraw() => IsWithdrawn = true;

    public bool Overlaps(DateTimeOffset start, DateTimeOffset end) => start < EndsAt && StartsAt < end;
}
