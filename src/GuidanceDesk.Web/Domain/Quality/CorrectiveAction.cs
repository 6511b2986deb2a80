namespace GuidanceDesk.Web.Domain;

/// <summary>
/// 纠正和预防措施 (9.1.3): what a unit does about a complaint, an audit finding, a weak satisfaction driver, a
/// non-conforming clause or a third-party finding. An owner analyses the root cause, plans and implements the action by
/// its due date; someone other than the owner (a manager or the head) verifies that it worked — "not effective" sends it
/// back — and only a verified action is closed. The flow is in CorrectiveAction.Flow.cs.
/// </summary>
public sealed partial class CorrectiveAction : IVersioned, IUnitOwned
{
    public const int MaxText = 2000;
    private readonly List<CorrectiveActionEvent> _events = [];

    private CorrectiveAction() { }

    public CorrectiveAction(long serviceUnitId, CorrectiveActionKind kind, CorrectiveActionSource source, string sourceRef, string sourceText,
        string problem, ActionOwner owner, DateOnly dueOn, DateOnly today, string raisedByName, DateTimeOffset now)
    {
        if (!Enum.IsDefined(kind))
            throw new DomainRuleException("请选择纠正或预防", nameof(Kind));
        if (!Enum.IsDefined(source))
            throw new DomainRuleException("请选择措施来源", nameof(Source));
        if (dueOn < today)
            throw new DomainRuleException("完成期限不能早于今天", nameof(DueOn));
        ServiceUnitId = serviceUnitId;
        Kind = kind;
        Source = source;
        SourceRef = Text(sourceRef, "缺少来源记录", nameof(SourceRef), 100);
        SourceText = Text(sourceText, "缺少来源说明", nameof(SourceText), 300);
        Problem = Text(problem, "请描述需要纠正或预防的问题", nameof(Problem), MaxText);
        OwnerStaffId = owner.StaffId;
        OwnerName = owner.Name;
        DueOn = dueOn;
        Status = CorrectiveActionStatus.Open;
        RaisedAt = now;
        RaisedByName = raisedByName;
        _events.Add(new CorrectiveActionEvent(CorrectiveActionEventKind.Raised, now, raisedByName, "责任人：" + owner.Name));
    }

    public long Id { get; private set; }
    public long ServiceUnitId { get; private set; }
    public CorrectiveActionKind Kind { get; private set; }
    public CorrectiveActionSource Source { get; private set; }
    /// <summary>The source record's key, e.g. "42" for complaint 42 or "7#2" for finding 2 of audit 7.</summary>
    public string SourceRef { get; private set; } = "";
    /// <summary>What the source is, for people reading the action (no personal data: an evaluator reads it).</summary>
    public string SourceText { get; private set; } = "";
    public string Problem { get; private set; } = "";
    public long OwnerStaffId { get; private set; }
    public string OwnerName { get; private set; } = "";
    public DateOnly DueOn { get; private set; }
    public string? RootCause { get; private set; }
    public string? PlannedAction { get; private set; }
    public string? ImplementationNote { get; private set; }
    public DateTimeOffset? ImplementedAt { get; private set; }
    public bool? Effective { get; private set; }
    public string? VerificationNote { get; private set; }
    public long? VerifiedByStaffId { get; private set; }
    public string? VerifiedByName { get; private set; }
    public DateTimeOffset? VerifiedAt { get; private set; }
    public DateTimeOffset? ClosedAt { get; private set; }
    public CorrectiveActionStatus Status { get; private set; }
    public DateTimeOffset RaisedAt { get; private set; }
    public string RaisedByName { get; private set; } = "";
    /// <summary>Overdue notices sent for <see cref="EscalatedForDueOn"/>: 1 = the owner was told, 2 = the head too.</summary>
    public int EscalationLevel { get; private set; }
    public DateOnly? EscalatedForDueOn { get; private set; }
    public IReadOnlyList<CorrectiveActionEvent> Events => _events;
    public int Version { get; private set; }

    public void BumpVersion() => Version++;

    /// <summary>Still to be done by the owner: an implemented action waits for its verifier, not for the owner.</summary>
    public bool AwaitsOwner => Status is CorrectiveActionStatus.Open or CorrectiveActionStatus.InProgress;

    public bool IsOverdue(DateOnly today) => AwaitsOwner && DueOn < today;

    private static string Text(string? s, string message, string field, int max)
    {
        if (string.IsNullOrWhiteSpace(s))
            throw new DomainRuleException(message, field);
        var t = s.Trim();
        return t.Length > max ? throw new DomainRuleException($"不能超过 {max} 字", field) : t;
    }
}
