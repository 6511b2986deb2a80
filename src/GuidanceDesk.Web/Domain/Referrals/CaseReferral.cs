namespace GuidanceDesk.Web.Domain;

/// <summary>
/// 个案转介 (8.1): the counselor ends the guidance relationship and hands the case on — to another counselor or to an
/// outside agency — with the worker's consent (8.1.2), a filled referral form and the case's guidance records (8.1.3).
/// A receiving counselor accepts or declines, and on acceptance books an interview within the limit (8.1.4); an
/// agency's reply is recorded by the sender. Every step stays in <see cref="Events"/>.
/// </summary>
public sealed partial class CaseReferral : IVersioned, IUnitOwned
{
    private readonly List<ReferralEvent> _events = [];
    private List<long> _handedOverRecordIds = [];

    private CaseReferral() { }

    public CaseReferral(long serviceUnitId, long caseId, long workerId, long? senderStaffId, ReferralReason reason,
        ReferralTarget target, long? receiverStaffId, long? receiverUnitId, long? agencyId, ReferralForm form, Actor by, DateTimeOffset now)
    {
        if (!Enum.IsDefined(reason))
            throw new DomainRuleException("请选择转介原因", nameof(Reason));
        if (target == ReferralTarget.Counselor && (receiverStaffId is null || receiverUnitId is null))
            throw new DomainRuleException("请选择接收的职业指导人员", nameof(ReceiverStaffId));
        if (target == ReferralTarget.Counselor && receiverStaffId == senderStaffId)
            throw new DomainRuleException("不能转介给自己", nameof(ReceiverStaffId));
        if (target == ReferralTarget.Agency && agencyId is null)
            throw new DomainRuleException("请选择接收机构", nameof(AgencyId));
        if (!Enum.IsDefined(target))
            throw new DomainRuleException("请选择转介对象", nameof(Target));
        ServiceUnitId = serviceUnitId;
        CaseId = caseId;
        WorkerId = workerId;
        SenderStaffId = senderStaffId;
        SenderUserId = by.UserId;
        SenderName = by.Name;
        Reason = reason;
        Target = target;
        ReceiverStaffId = target == ReferralTarget.Counselor ? receiverStaffId : null;
        ReceiverUnitId = target == ReferralTarget.Counselor ? receiverUnitId : null;
        AgencyId = target == ReferralTarget.Agency ? agencyId : null;
        Form = form;
        Status = ReferralStatus.Draft;
        CreatedAt = now;
        _events.Add(new ReferralEvent(ReferralEventKind.Created, now, by.Name, null));
    }

    public long Id { get; private set; }
    /// <summary>The sending unit: the case's.</summary>
    public long ServiceUnitId { get; private set; }
    public long CaseId { get; private set; }
    public long WorkerId { get; private set; }
    public long? SenderStaffId { get; private set; }
    public string SenderUserId { get; private set; } = "";
    public string SenderName { get; private set; } = "";
    public ReferralReason Reason { get; private set; }
    public ReferralTarget Target { get; private set; }
    public long? ReceiverStaffId { get; private set; }
    public long? ReceiverUnitId { get; private set; }
    public long? AgencyId { get; private set; }
    public ReferralForm Form { get; private set; } = null!;
    public ReferralStatus Status { get; private set; }
    public long? ConsentRecordId { get; private set; }
    public Channel? ConsentChannel { get; private set; }
    public DateTimeOffset? ConsentAt { get; private set; }
    /// <summary>The guidance records handed over with the form (8.1.3): the case's records when it was sent.</summary>
    public IReadOnlyList<long> HandedOverRecordIds => _handedOverRecordIds;
    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset? SentAt { get; private set; }
    /// <summary>The receiver should accept or decline by this day (working days after sending).</summary>
    public DateOnly? AnswerDueOn { get; private set; }
    public DateTimeOffset? AnsweredAt { get; private set; }
    public string? AnsweredByName { get; private set; }
    public string? AnswerNote { get; private set; }
    /// <summary>8.1.4: after acceptance, the interview must be booked by this day.</summary>
    public DateOnly? InterviewDueOn { get; private set; }
    public DateTimeOffset? InterviewBookedAt { get; private set; }
    public DateTimeOffset? InterviewAt { get; private set; }
    public long? AppointmentId { get; private set; }
    public string? Outcome { get; private set; }
    public DateTimeOffset? ClosedAt { get; private set; }
    public IReadOnlyList<ReferralEvent> Events => _events;
    public int Version { get; private set; }

    public void BumpVersion() => Version++;

    /// <summary>Still under way: it holds the case (one open referral per case) and may appear on worklists.</summary>
    public bool IsOpen => Status is ReferralStatus.Draft or ReferralStatus.Sent or ReferralStatus.Accepted or ReferralStatus.InterviewBooked;

    /// <summary>The receiving counselor may read the case: from sending (to study it, 8.1.4) until it is declined or cancelled.</summary>
    public bool GrantsReceiverAccess => Target == ReferralTarget.Counselor
        && Status is ReferralStatus.Sent or ReferralStatus.Accepted or ReferralStatus.InterviewBooked or ReferralStatus.Completed;

    public bool IsAnswerOverdue(DateOnly today) => Status == ReferralStatus.Sent && AnswerDueOn < today;

    public bool IsInterviewOverdue(DateOnly today) =>
        Target == ReferralTarget.Counselor && Status == ReferralStatus.Accepted && InterviewDueOn < today;

    public void UpdateForm(ReferralForm form, Actor by, DateTimeOffset now)
    {
        if (Status != ReferralStatus.Draft)
            throw new DomainRuleException("转介已发出，转介表不能再修改", nameof(Form));
        Form = form;
        _events.Add(new ReferralEvent(ReferralEventKind.FormUpdated, now, by.Name, null));
    }

    /// <summary>8.1.2: the worker agreed, in person (recorded by staff) or in the portal; the consent record is kept apart.</summary>
    public void RecordConsent(long consentRecordId, Channel channel, Actor by, DateTimeOffset now)
    {
        if (Status != ReferralStatus.Draft)
            throw new DomainRuleException("只有待发出的转介需要劳动者同意", nameof(Status));
        if (ConsentRecordId is not null)
            throw new DomainRuleException("劳动者已同意该转介", nameof(ConsentRecordId));
        ConsentRecordId = consentRecordId;
        ConsentChannel = channel;
        ConsentAt = now;
        _events.Add(new ReferralEvent(ReferralEventKind.ConsentRecorded, now, by.Name,
            channel == Channel.Online ? "劳动者在网上服务大厅同意" : "劳动者当面同意"));
    }
}
