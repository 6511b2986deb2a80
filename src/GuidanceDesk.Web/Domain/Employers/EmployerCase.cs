namespace GuidanceDesk.Web.Domain;

/// <summary>
/// An employer's guidance case (6.2): the employer's situation and needs (6.2.1) and the guidance records given on
/// them. A case of its own rather than a <see cref="GuidanceCase"/>: the worker's case moves through the stages of 6.1
/// (intake, goals agreed with the worker, a plan), none of which an employer's case has.
/// </summary>
public sealed class EmployerCase : IVersioned, IUnitOwned
{
    private EmployerCase() { }

    public EmployerCase(long serviceUnitId, long employerId, long counselorId, string situation, string needs, DateTimeOffset now)
    {
        ServiceUnitId = serviceUnitId;
        EmployerId = employerId;
        CounselorId = counselorId;
        OpenedAt = now;
        Status = EmployerCaseStatus.Open;
        Describe(situation, needs, now);
    }

    public long Id { get; private set; }
    public long ServiceUnitId { get; private set; }
    public long EmployerId { get; private set; }
    public long CounselorId { get; private set; }
    public EmployerCaseStatus Status { get; private set; }
    /// <summary>6.2.1 用人单位基本情况: business, workforce, how it recruits today.</summary>
    public string Situation { get; private set; } = "";
    /// <summary>6.2.1 用人需求: posts, numbers, timing, difficulties.</summary>
    public string Needs { get; private set; } = "";
    public DateTimeOffset OpenedAt { get; private set; }
    public DateTimeOffset UpdatedAt { get; private set; }
    public DateTimeOffset? ClosedAt { get; private set; }
    public string? ClosingNote { get; private set; }
    public int Version { get; private set; }

    public void BumpVersion() => Version++;

    public bool IsOpen => Status == EmployerCaseStatus.Open;

    public void Describe(string situation, string needs, DateTimeOffset now)
    {
        EnsureOpen();
        if (string.IsNullOrWhiteSpace(situation))
            throw new DomainRuleException("请填写单位基本情况", nameof(Situation));
        if (string.IsNullOrWhiteSpace(needs))
            throw new DomainRuleException("请填写用人需求", nameof(Needs));
        Situation = situation.Trim();
        Needs = needs.Trim();
        UpdatedAt = now;
    }

    public void Close(string note, DateTimeOffset now)
    {
        EnsureOpen();
        if (string.IsNullOrWhiteSpace(note))
            throw new DomainRuleException("请填写结案说明", nameof(ClosingNote));
        Status = EmployerCaseStatus.Closed;
        ClosingNote = note.Trim();
        ClosedAt = now;
        UpdatedAt = now;
    }

    public void EnsureOpen()
    {
        if (!IsOpen)
            throw new DomainRuleException("个案已结案", nameof(Status));
    }
}

public enum EmployerCaseStatus { Open = 1, Closed = 2 }
