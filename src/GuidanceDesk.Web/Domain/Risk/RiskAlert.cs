namespace GuidanceDesk.Web.Domain;

/// <summary>
/// 危害个人和公共安全的情形 (8.2): anyone working with the worker raises it with what they observed. The unit's on-duty
/// people are told at once; until one of them acknowledges it, it escalates down the list and then to the head. It
/// cannot be closed silently: only with recorded actions, and only by a manager or head other than the one who raised it.
/// </summary>
public sealed class RiskAlert : IVersioned, IUnitOwned
{
    public const int MaxText = 2000;

    private readonly List<RiskAction> _actions = [];
    private readonly List<RiskNotice> _notices = [];

    private RiskAlert() { }

    public RiskAlert(long serviceUnitId, long workerId, long? caseId, RiskKind kind, string observed, bool immediateDanger,
        Actor by, DateTimeOffset now, DateTimeOffset firstEscalationAt)
    {
        if (!Enum.IsDefined(kind))
            throw new DomainRuleException("请选择风险类别", nameof(Kind));
        ServiceUnitId = serviceUnitId;
        WorkerId = workerId;
        CaseId = caseId;
        Kind = kind;
        Observed = string.IsNullOrWhiteSpace(observed) ? throw new DomainRuleException("请写下观察到的情况", nameof(Observed)) : observed.Trim();
        ImmediateDanger = immediateDanger;
        RaisedByUserId = by.UserId;
        RaisedByName = by.Name;
        RaisedAt = now;
        Status = RiskAlertStatus.Open;
        NextEscalationAt = firstEscalationAt;
    }

    public long Id { get; private set; }
    public long ServiceUnitId { get; private set; }
    public long WorkerId { get; private set; }
    public long? CaseId { get; private set; }
    public RiskKind Kind { get; private set; }
    public string Observed { get; private set; } = "";
    /// <summary>The danger is happening now (call 110/120 first); shown first everywhere.</summary>
    public bool ImmediateDanger { get; private set; }
    public string RaisedByUserId { get; private set; } = "";
    public string RaisedByName { get; private set; } = "";
    public DateTimeOffset RaisedAt { get; private set; }
    public RiskAlertStatus Status { get; private set; }
    /// <summary>0 at raising; each escalation adds one.</summary>
    public int EscalationLevel { get; private set; }
    /// <summary>The person the alert is with now (the list's first, then whoever it escalated to).</summary>
    public long? ResponsibleStaffId { get; private set; }
    /// <summary>When it escalates next if nobody acknowledges it; null once acknowledged or closed.</summary>
    public DateTimeOffset? NextEscalationAt { get; private set; }
    public DateTimeOffset? AcknowledgedAt { get; private set; }
    public string? AcknowledgedByUserId { get; private set; }
    public string? AcknowledgedByName { get; private set; }
    public DateTimeOffset? ClosedAt { get; private set; }
    public string? ClosedByUserId { get; private set; }
    public string? ClosedByName { get; private set; }
    public string? ClosingSummary { get; private set; }
    public IReadOnlyList<RiskAction> Actions => _actions;
    public IReadOnlyList<RiskNotice> Notices => _notices;
    public int Version { get; private set; }

    public void BumpVersion() => Version++;

    public bool IsClosed => Status == RiskAlertStatus.Closed;

    /// <summary>Records who was told, at which level; the first person told at raising holds the alert.</summary>
    public void Notified(IReadOnlyList<(long StaffId, string Name)> people, long? responsible, DateTimeOffset now)
    {
        foreach (var (id, name) in people)
            _notices.Add(new RiskNotice(id, name, EscalationLevel, now));
        ResponsibleStaffId = responsible ?? ResponsibleStaffId;
    }

    /// <summary>Nobody acknowledged in time: the alert goes one step on, to <paramref name="next"/>.</summary>
    public void Escalate((long StaffId, string Name) next, DateTimeOffset now, DateTimeOffset nextAt)
    {
        if (Status != RiskAlertStatus.Open)
            throw new DomainRuleException("预警已有人确认，不再升级", nameof(Status));
        EscalationLevel++;
        ResponsibleStaffId = next.StaffId;
        NextEscalationAt = nextAt;
        _notices.Add(new RiskNotice(next.StaffId, next.Name, EscalationLevel, now));
    }

    /// <summary>Someone other than the one who raised it has taken charge; escalation stops.</summary>
    public void Acknowledge(Actor by, long? staffId, DateTimeOffset now)
    {
        if (Status != RiskAlertStatus.Open)
            throw new DomainRuleException(IsClosed ? "预警已关闭" : "预警已有人确认", nameof(Status));
        if (by.UserId == RaisedByUserId)
            throw new DomainRuleException("预警须由值守人员确认，不能由提出人本人确认", nameof(Status));
        Status = RiskAlertStatus.Acknowledged;
        AcknowledgedAt = now;
        AcknowledgedByUserId = by.UserId;
        AcknowledgedByName = by.Name;
        ResponsibleStaffId = staffId ?? ResponsibleStaffId;
        NextEscalationAt = null;
    }

    public void RecordAction(RiskContactKind contact, DateTimeOffset contactedAt, string who, string result, Actor by, DateTimeOffset now)
    {
        if (IsClosed)
            throw new DomainRuleException("预警已关闭", nameof(Status));
        if (!Enum.IsDefined(contact))
            throw new DomainRuleException("请选择联系对象", "contact");
        if (contactedAt > now.AddMinutes(5))
            throw new DomainRuleException("联系时间不能晚于现在", "contactedAt");
        if (contactedAt < RaisedAt.AddDays(-1))
            throw new DomainRuleException("联系时间早于预警提出时间", "contactedAt");
        _actions.Add(new RiskAction(contact, contactedAt, Required(who, "请填写联系了谁", "who"),
            Required(result, "请填写联系的结果", "result"), by.UserId, by.Name, now));
    }

    /// <summary>
    /// Closing needs recorded actions and a second person: a manager or head (<paramref name="isManagerOrHead"/>) who did
    /// not raise the alert.
    /// </summary>
    public void Close(string summary, bool isManagerOrHead, Actor by, DateTimeOffset now)
    {
        if (IsClosed)
            throw new DomainRuleException("预警已关闭", nameof(Status));
        if (_actions.Count == 0)
            throw new DomainRuleException("请先记录采取的措施（联系了谁、何时、结果），再关闭预警", "actions");
        if (!isManagerOrHead)
            throw new DomainRuleException("预警须由专业管理人员或负责人关闭", nameof(Status));
        if (by.UserId == RaisedByUserId)
            throw new DomainRuleException("预警须由提出人以外的第二人关闭", nameof(Status));
        if (Status == RiskAlertStatus.Open)
        {
            // Closing is the strongest acknowledgement: it also stops the escalation.
            AcknowledgedAt = now;
            AcknowledgedByUserId = by.UserId;
            AcknowledgedByName = by.Name;
        }
        Status = RiskAlertStatus.Closed;
        ClosedAt = now;
        ClosedByUserId = by.UserId;
        ClosedByName = by.Name;
        ClosingSummary = Required(summary, "请填写关闭说明", "summary");
        NextEscalationAt = null;
    }

    private static string Required(string? s, string message, string field) =>
        string.IsNullOrWhiteSpace(s) ? throw new DomainRuleException(message, field) : s.Trim();
}
