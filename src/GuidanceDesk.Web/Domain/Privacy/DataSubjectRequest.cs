namespace GuidanceDesk.Web.Domain;

/// <summary>
/// A worker's request about their personal information (PIPL arts. 46–47; standard 4.6.2b): correct a field, or delete
/// the record. The unit's head or manager accepts or refuses it (a refusal says why) within
/// <see cref="DueOn"/> — 15 working days, as agencies practise it — and completes it: a correction is applied to the
/// worker's record, a deletion anonymises the record as soon as nothing requires keeping it (an open case, the archive's
/// retention period). Until then an accepted deletion waits with the day it becomes possible (<see cref="ErasableOn"/>).
/// Every step stays in <see cref="Events"/>. The proposed value is held encrypted (it may be an ID or phone number).
/// </summary>
public sealed class DataSubjectRequest : IVersioned, IUnitOwned
{
    public const int MaxText = 1000;
    private readonly List<DataRequestEvent> _events = [];

    private DataSubjectRequest() { }

    public DataSubjectRequest(long serviceUnitId, long workerId, DataRequestKind kind, CorrectionField? field, string? proposedValueCipher,
        string? details, DateOnly dueOn, string byName, DateTimeOffset now)
    {
        if (!Enum.IsDefined(kind))
            throw new DomainRuleException("请选择请求类型", nameof(Kind));
        if (kind == DataRequestKind.Correction)
        {
            if (field is not { } f || !Enum.IsDefined(f))
                throw new DomainRuleException("请选择要更正的信息", nameof(Field));
            if (f == CorrectionField.Other && string.IsNullOrWhiteSpace(details))
                throw new DomainRuleException("请说明要更正的内容", nameof(Details));
            if (f != CorrectionField.Other && proposedValueCipher is null)
                throw new DomainRuleException("请填写正确的信息", "proposedValue");
        }
        else if (string.IsNullOrWhiteSpace(details))
        {
            throw new DomainRuleException("请说明删除的理由", nameof(Details));
        }
        ServiceUnitId = serviceUnitId;
        WorkerId = workerId;
        Kind = kind;
        Field = kind == DataRequestKind.Correction ? field : null;
        ProposedValueCipher = kind == DataRequestKind.Correction ? proposedValueCipher : null;
        Details = Text(details);
        SubmittedAt = now;
        DueOn = dueOn;
        Status = DataRequestStatus.Submitted;
        _events.Add(new DataRequestEvent(DataRequestEventKind.Submitted, now, byName, null));
    }

    public long Id { get; private set; }
    public long ServiceUnitId { get; private set; }
    public long WorkerId { get; private set; }
    public DataRequestKind Kind { get; private set; }
    /// <summary>Correction: which information is wrong.</summary>
    public CorrectionField? Field { get; private set; }
    /// <summary>Correction: the value the worker says is right, encrypted.</summary>
    public string? ProposedValueCipher { get; private set; }
    /// <summary>Correction: what is wrong (free text); deletion: the worker's reason.</summary>
    public string? Details { get; private set; }
    public DateTimeOffset SubmittedAt { get; private set; }
    /// <summary>The unit answers by this day (working days from submission).</summary>
    public DateOnly DueOn { get; private set; }
    public DataRequestStatus Status { get; private set; }
    public string? HandlerName { get; private set; }
    public DateTimeOffset? DecidedAt { get; private set; }
    public string? RejectionReason { get; private set; }
    /// <summary>An accepted deletion: the day the record may be anonymised (null while an open case keeps it).</summary>
    public DateOnly? ErasableOn { get; private set; }
    public DateTimeOffset? CompletedAt { get; private set; }
    /// <summary>What was done, as the worker is told.</summary>
    public string? Outcome { get; private set; }
    public IReadOnlyList<DataRequestEvent> Events => _events;
    public int Version { get; private set; }

    public void BumpVersion() => Version++;

    public bool IsOpen => Status is DataRequestStatus.Submitted or DataRequestStatus.Accepted;

    /// <summary>Not answered in time: still undecided, or an accepted correction not yet made, after the due day.</summary>
    public bool IsOverdue(DateOnly today) => DueOn < today
        && (Status == DataRequestStatus.Submitted || (Status == DataRequestStatus.Accepted && Kind == DataRequestKind.Correction));

    public void Accept(string byName, DateTimeOffset now)
    {
        if (Status != DataRequestStatus.Submitted)
            throw new DomainRuleException("只有待受理的请求可以受理", nameof(Status));
        Status = DataRequestStatus.Accepted;
        HandlerName = byName;
        DecidedAt = now;
        _events.Add(new DataRequestEvent(DataRequestEventKind.Accepted, now, byName, null));
    }

    /// <summary>A refusal must say why: the worker is told, and may complain about it (PIPL art. 50).</summary>
    public void Reject(string reason, string byName, DateTimeOffset now)
    {
        if (Status != DataRequestStatus.Submitted)
            throw new DomainRuleException("只有待受理的请求可以不予受理", nameof(Status));
        RejectionReason = Text(reason) ?? throw new DomainRuleException("请说明不予受理的理由", "reason");
        Status = DataRequestStatus.Rejected;
        HandlerName = byName;
        DecidedAt = now;
        _events.Add(new DataRequestEvent(DataRequestEventKind.Rejected, now, byName, RejectionReason));
    }

    /// <summary>An accepted deletion that must wait: the day it becomes possible (null: when the open case ends).</summary>
    public void WaitUntil(DateOnly? erasableOn, string byName, DateTimeOffset now)
    {
        if (Status != DataRequestStatus.Accepted || Kind != DataRequestKind.Deletion)
            throw new DomainRuleException("只有已受理的删除请求需要等待", nameof(Status));
        if (ErasableOn == erasableOn && _events.Any(e => e.Kind == DataRequestEventKind.Waiting))
            return;
        ErasableOn = erasableOn;
        _events.Add(new DataRequestEvent(DataRequestEventKind.Waiting, now, byName,
            erasableOn is { } d ? string.Create(System.Globalization.CultureInfo.InvariantCulture, $"可删除日期 {d:yyyy-MM-dd}") : "个案结束后确定"));
    }

    public void Complete(string outcome, string byName, DateTimeOffset now)
    {
        if (Status != DataRequestStatus.Accepted)
            throw new DomainRuleException("受理后才能办结", nameof(Status));
        Outcome = Text(outcome) ?? throw new DomainRuleException("请填写办理结果", nameof(Outcome));
        Status = DataRequestStatus.Completed;
        CompletedAt = now;
        HandlerName ??= byName;
        _events.Add(new DataRequestEvent(DataRequestEventKind.Completed, now, byName, Outcome));
    }

    private static string? Text(string? s)
    {
        if (string.IsNullOrWhiteSpace(s))
            return null;
        var t = s.Trim();
        return t.Length <= MaxText ? t : throw new DomainRuleException($"内容不能超过 {MaxText} 字", nameof(Details));
    }
}

public enum DataRequestKind { Correction = 1, Deletion = 2 }

public enum DataRequestStatus { Submitted = 1, Accepted = 2, Rejected = 3, Completed = 4 }

/// <summary>The information a correction names; <see cref="Other"/> is described in words and corrected by hand.</summary>
public enum CorrectionField { Name = 1, Phone = 2, ResidenceAddress = 3, Education = 4, EmploymentStatus = 5, IdNumber = 6, Other = 9 }

public enum DataRequestEventKind { Submitted = 1, Accepted = 2, Rejected = 3, Waiting = 4, Completed = 5 }

public sealed record DataRequestEvent(DataRequestEventKind Kind, DateTimeOffset At, string ByName, string? Note);
