namespace GuidanceDesk.Web.Domain;

/// <summary>
/// 投诉 (9.1.1): a complaint about a unit's service, from the public page, the portal, a call or a visit. It gets a
/// tracking number at once; the unit's manager or head acknowledges it and assigns a handler; the handler investigates
/// and replies by the response deadline (working days); the complainant says whether they are satisfied, and a
/// not-satisfied answer reopens it. Every step stays in <see cref="Events"/>. The flow is in Complaint.Flow.cs.
/// </summary>
public sealed partial class Complaint : IVersioned, IUnitOwned
{
    public const int MaxText = 2000;
    private readonly List<ComplaintEvent> _events = [];

    private Complaint() { }

    public Complaint(long serviceUnitId, ComplaintChannel channel, ComplaintCategory category, string description, DateOnly? serviceDate,
        Complainant complainant, DateOnly dueOn, DateTimeOffset now, string byName)
    {
        if (!Enum.IsDefined(category))
            throw new DomainRuleException("请选择投诉类别", nameof(Category));
        if (!Enum.IsDefined(channel))
            throw new DomainRuleException("请选择投诉渠道", nameof(Channel));
        if (!complainant.Anonymous && complainant.Phone is null && complainant.WorkerId is null && complainant.EmployerId is null)
            throw new DomainRuleException("请留下联系电话以便答复；不愿留电话可选择匿名投诉", "contactPhone");
        ServiceUnitId = serviceUnitId;
        Channel = channel;
        Category = category;
        Description = Required(description, "请描述投诉的事情", nameof(Description));
        ServiceDate = serviceDate;
        ComplainantName = complainant.Anonymous ? null : Trimmed(complainant.Name);
        Anonymous = complainant.Anonymous;
        Phone = complainant.Phone;
        WorkerId = complainant.WorkerId;
        EmployerId = complainant.EmployerId;
        ReceivedAt = now;
        DueOn = dueOn;
        Status = ComplaintStatus.Received;
        // A unique placeholder until the id is known (see AssignTrackingNumber): the column is unique and not null.
        TrackingNumber = "new-" + Guid.NewGuid().ToString("N");
        _events.Add(new ComplaintEvent(ComplaintEventKind.Received, now, byName, null));
    }

    public long Id { get; private set; }
    /// <summary>TS-yyyy-nnnnnn: what the complainant quotes when they ask about it.</summary>
    public string TrackingNumber { get; private set; } = "";
    public long ServiceUnitId { get; private set; }
    public ComplaintChannel Channel { get; private set; }
    public ComplaintCategory Category { get; private set; }
    public string Description { get; private set; } = "";
    public DateOnly? ServiceDate { get; private set; }
    public string? ComplainantName { get; private set; }
    public bool Anonymous { get; private set; }
    public ProtectedValue? Phone { get; private set; }
    public long? WorkerId { get; private set; }
    public long? EmployerId { get; private set; }
    public DateTimeOffset ReceivedAt { get; private set; }
    /// <summary>The reply is due by this day (working days from receipt, or from reopening).</summary>
    public DateOnly DueOn { get; private set; }
    public ComplaintStatus Status { get; private set; }
    public DateTimeOffset? AcknowledgedAt { get; private set; }
    public long? HandlerStaffId { get; private set; }
    public string? HandlerName { get; private set; }
    public string? Investigation { get; private set; }
    public string? Resolution { get; private set; }
    public string? Reply { get; private set; }
    public DateTimeOffset? RepliedAt { get; private set; }
    public bool? Satisfied { get; private set; }
    public string? FeedbackComment { get; private set; }
    public DateTimeOffset? FeedbackAt { get; private set; }
    public DateTimeOffset? ClosedAt { get; private set; }
    /// <summary>The deadline an overdue notice went out for: one escalation per deadline, however often the job runs.</summary>
    public DateOnly? EscalatedForDueOn { get; private set; }
    public IReadOnlyList<ComplaintEvent> Events => _events;
    public int Version { get; private set; }

    public void BumpVersion() => Version++;

    /// <summary>Waiting for the unit's answer (received or being handled).</summary>
    public bool AwaitsReply => Status is ComplaintStatus.Received or ComplaintStatus.Assigned;

    public bool IsOverdue(DateOnly today) => AwaitsReply && DueOn < today;

    public void AssignTrackingNumber(int year)
    {
        if (!TrackingNumber.StartsWith("new-", StringComparison.Ordinal))
            throw new DomainRuleException("投诉编号已生成", nameof(TrackingNumber));
        TrackingNumber = FormatTracking(year, Id);
    }

    public static string FormatTracking(int year, long id) =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"TS-{year:D4}-{id:D6}");

    private static string Required(string? s, string message, string field)
    {
        var t = Trimmed(s) ?? throw new DomainRuleException(message, field);
        return t.Length > MaxText ? throw new DomainRuleException($"内容不能超过 {MaxText} 字", field) : t;
    }

    private static string? Trimmed(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
}
