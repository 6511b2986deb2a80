namespace GuidanceDesk.Web.Domain;

/// <summary>
/// 跟进 (6.1.5): a meeting with the worker on a date the plan's cadence set, recorded with what was done and what
/// changed. The worker can answer a check-in in the portal before or instead of the meeting (6.1.7).
/// </summary>
public sealed class FollowUp : IVersioned, IUnitOwned
{
    private FollowUp() { }

    public FollowUp(long serviceUnitId, long caseId, long planId, long workerId, long? counselorId, DateOnly dueOn)
    {
        ServiceUnitId = serviceUnitId;
        CaseId = caseId;
        PlanId = planId;
        WorkerId = workerId;
        CounselorId = counselorId;
        DueOn = dueOn;
        Status = FollowUpStatus.Scheduled;
    }

    public long Id { get; private set; }
    public long ServiceUnitId { get; private set; }
    public long CaseId { get; private set; }
    public long PlanId { get; private set; }
    public long WorkerId { get; private set; }
    public long? CounselorId { get; private set; }
    public DateOnly DueOn { get; private set; }
    public FollowUpStatus Status { get; private set; }
    public DateTimeOffset? DoneAt { get; private set; }
    public Channel? Channel { get; private set; }
    public string? WhatWasDone { get; private set; }
    public string? WhatChanged { get; private set; }
    public EmploymentStatus? ReportedStatus { get; private set; }
    /// <summary>The worker's own answer to the check-in (portal).</summary>
    public string? CheckIn { get; private set; }
    public DateTimeOffset? CheckInAt { get; private set; }
    public int Version { get; private set; }

    public void BumpVersion() => Version++;

    public bool IsOverdue(DateOnly today) => Status == FollowUpStatus.Scheduled && DueOn < today;

    public void Record(Channel channel, string whatWasDone, string? whatChanged, EmploymentStatus? reported, long? counselorId, DateTimeOffset now)
    {
        if (Status is FollowUpStatus.Cancelled)
            throw new DomainRuleException("该跟进已取消", nameof(Status));
        if (string.IsNullOrWhiteSpace(whatWasDone))
            throw new DomainRuleException("请填写跟进情况", nameof(WhatWasDone));
        Status = FollowUpStatus.Done;
        Channel = channel;
        WhatWasDone = whatWasDone.Trim();
        WhatChanged = whatChanged;
        ReportedStatus = reported;
        CounselorId = counselorId ?? CounselorId;
        DoneAt = now;
    }

    /// <summary>How many days before the follow-up the worker may answer its check-in (the day the reminder comes).</summary>
    public const int CheckInOpensDaysBefore = 1;

    public void AnswerCheckIn(string answer, EmploymentStatus? reported, DateOnly today, DateTimeOffset now)
    {
        if (Status != FollowUpStatus.Scheduled)
            throw new DomainRuleException("该跟进已完成或已取消", nameof(Status));
        if (CheckInAt is not null)
            throw new DomainRuleException("这次跟进的近况已经填写过", nameof(CheckIn));
        if (today < DueOn.AddDays(-CheckInOpensDaysBefore))
            throw new DomainRuleException("还没到填写这次近况的时间", nameof(CheckIn));
        if (string.IsNullOrWhiteSpace(answer))
            throw new DomainRuleException("请填写近况", nameof(CheckIn));
        CheckIn = answer.Trim();
        ReportedStatus = reported;
        CheckInAt = now;
    }

    /// <summary>The plan ended before this date came.</summary>
    public void Cancel()
    {
        if (Status == FollowUpStatus.Scheduled)
            Status = FollowUpStatus.Cancelled;
    }

    public void Reassign(long? counselorId) => CounselorId = counselorId;
}

public enum FollowUpStatus { Scheduled = 1, Done = 2, Cancelled = 3 }
