namespace GuidanceDesk.Web.Domain;

/// <summary>How the assessment is done (7.1.6): online in the portal, on site at a hall computer, or by interview.</summary>
public enum AssessmentMode { Online = 1, OnSite = 2, Interview = 3 }

public enum AssessmentPlanStatus { Proposed = 1, Agreed = 2, Completed = 3, Cancelled = 4 }

/// <summary>
/// 测评实施方案 (7.1.6): before any testing the counselor and the worker agree why they assess, with which instruments,
/// how and when. Nothing can be administered before the worker agrees, and the agreement goes with an assessment
/// consent (PIPL: the answers are sensitive personal information). An interview-only plan has no instruments.
/// </summary>
public sealed partial class AssessmentPlan : IVersioned, IUnitOwned
{
    private List<long> _instrumentIds = [];

    private AssessmentPlan() { }

    public AssessmentPlan(long serviceUnitId, long workerId, long? caseId, long? counselorId, string purpose, AssessmentMode mode,
        DateOnly plannedOn, IReadOnlyList<long> instrumentIds, string? note, Actor by, DateTimeOffset now)
    {
        ServiceUnitId = serviceUnitId;
        WorkerId = workerId;
        CaseId = caseId;
        CounselorId = counselorId;
        Status = AssessmentPlanStatus.Proposed;
        CreatedAt = now;
        CreatedByUserId = by.UserId;
        CreatedByName = by.Name;
        Revise(purpose, mode, plannedOn, instrumentIds, note);
    }

    public long Id { get; private set; }
    public long ServiceUnitId { get; private set; }
    public long WorkerId { get; private set; }
    public long? CaseId { get; private set; }
    public long? CounselorId { get; private set; }
    public string Purpose { get; private set; } = "";
    public AssessmentMode Mode { get; private set; }
    public DateOnly PlannedOn { get; private set; }
    public IReadOnlyList<long> InstrumentIds => _instrumentIds;
    public string? Note { get; private set; }
    public AssessmentPlanStatus Status { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
    public string CreatedByUserId { get; private set; } = "";
    public string CreatedByName { get; private set; } = "";
    public DateTimeOffset? AgreedAt { get; private set; }
    public Channel? AgreementChannel { get; private set; }
    public string? AgreementRecordedBy { get; private set; }
    public long? ConsentRecordId { get; private set; }
    public DateTimeOffset? ClosedAt { get; private set; }
    public string? CancelReason { get; private set; }
    public int Version { get; private set; }

    public void BumpVersion() => Version++;

    public bool IsAgreed => Status is AssessmentPlanStatus.Agreed or AssessmentPlanStatus.Completed;

    /// <summary>Changes what was proposed; once agreed, a change needs a new plan (and a new agreement).</summary>
    public void Revise(string purpose, AssessmentMode mode, DateOnly plannedOn, IReadOnlyList<long> instrumentIds, string? note)
    {
        ArgumentNullException.ThrowIfNull(instrumentIds);
        if (Status != AssessmentPlanStatus.Proposed)
            throw new DomainRuleException("测评方案已经商定，不能再修改；如需调整请另订方案", nameof(Purpose));
        if (string.IsNullOrWhiteSpace(purpose))
            throw new DomainRuleException("请填写测评目的", nameof(Purpose));
        if (!Enum.IsDefined(mode))
            throw new DomainRuleException("请选择测评方式", nameof(Mode));
        if (mode != AssessmentMode.Interview && instrumentIds.Count == 0)
            throw new DomainRuleException("请至少选择一种测评工具（仅访谈评估可不选）", nameof(InstrumentIds));
        if (instrumentIds.Distinct().Count() != instrumentIds.Count)
            throw new DomainRuleException("同一测评工具只能选一次", nameof(InstrumentIds));
        Purpose = purpose.Trim();
        Mode = mode;
        PlannedOn = plannedOn;
        _instrumentIds = [.. instrumentIds];
        Note = string.IsNullOrWhiteSpace(note) ? null : note.Trim();
    }

    /// <summary>The worker agrees (in person, recorded by staff, or online in the portal); the consent record goes with it.</summary>
    public void Agree(Channel channel, long consentRecordId, string recordedBy, DateTimeOffset now)
    {
        if (Status != AssessmentPlanStatus.Proposed)
            throw new DomainRuleException(Status == AssessmentPlanStatus.Cancelled ? "测评方案已取消" : "劳动者已确认过该测评方案", nameof(Status));
        Status = AssessmentPlanStatus.Agreed;
        AgreedAt = now;
        AgreementChannel = channel;
        AgreementRecordedBy = recordedBy;
        ConsentRecordId = consentRecordId;
    }

    public void Cancel(string reason, DateTimeOffset now)
    {
        if (Status is AssessmentPlanStatus.Completed or AssessmentPlanStatus.Cancelled)
            throw new DomainRuleException("测评方案已结束，不能取消", nameof(Status));
        if (string.IsNullOrWhiteSpace(reason))
            throw new DomainRuleException("请说明取消原因", nameof(CancelReason));
        Status = AssessmentPlanStatus.Cancelled;
        CancelReason = reason.Trim();
        ClosedAt = now;
    }

    /// <summary>All its assessments are done (or it was an interview): the plan is carried out.</summary>
    public void Complete(DateTimeOffset now)
    {
        if (Status != AssessmentPlanStatus.Agreed)
            return;
        Status = AssessmentPlanStatus.Completed;
        ClosedAt = now;
    }
}
