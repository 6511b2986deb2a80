namespace GuidanceDesk.Web.Domain;

/// <summary>
/// 个案: one worker's guidance relationship (6.1). It moves through <see cref="CaseStage"/> one step at a time; each
/// step has its condition (an intake, goals the worker confirmed, a guidance record, an agreed plan) and a reason.
/// </summary>
public sealed partial class GuidanceCase : IVersioned, IUnitOwned
{
    private readonly List<StageTransition> _transitions = [];
    private readonly List<GuidanceGoal> _goals = [];
    private readonly List<CounselorAssignment> _assignments = [];
    private readonly List<ChecklistEntry> _checklist = [];

    private GuidanceCase() { }

    public GuidanceCase(long serviceUnitId, long workerId, Channel channel, Actor by, string reason, DateTimeOffset now)
    {
        ServiceUnitId = serviceUnitId;
        WorkerId = workerId;
        Channel = channel;
        Stage = CaseStage.Intake;
        OpenedAt = now;
        LastActivityAt = now;
        _transitions.Add(new StageTransition(null, CaseStage.Intake, now, by.UserId, by.Name, Require(reason)));
    }

    public long Id { get; private set; }
    public long ServiceUnitId { get; private set; }
    public long WorkerId { get; private set; }
    public long? CounselorId { get; private set; }
    /// <summary>The channel the case was opened through; each record carries its own (4.5).</summary>
    public Channel Channel { get; private set; }
    public CaseStage Stage { get; private set; }
    /// <summary>The stage a closed case returns to when reopened.</summary>
    public CaseStage? StageBeforeClose { get; private set; }
    public IntakeNotes? Intake { get; private set; }
    public ServiceItems NeededServices { get; private set; }
    public string? NeedsAnalysis { get; private set; }
    /// <summary>6.1.6: the problems analysed with the worker when a plan ran out.</summary>
    public string? ReviewAnalysis { get; private set; }
    public DateTimeOffset? ReviewStartedAt { get; private set; }
    public CaseOutcome? Outcome { get; private set; }
    /// <summary>The outcome's kind as a column of its own, so that the statistics count outcomes from an index.</summary>
    public OutcomeKind? ClosedWith { get; private set; }
    /// <summary>The worker's special groups when the case closed: the statistics count outcomes by group as served.</summary>
    public SpecialGroups ClosedWorkerGroups { get; private set; }
    public IReadOnlyList<StageTransition> Transitions => _transitions;
    public IReadOnlyList<GuidanceGoal> Goals => _goals;
    public IReadOnlyList<CounselorAssignment> Assignments => _assignments;
    public IReadOnlyList<ChecklistEntry> Checklist => _checklist;
    public DateTimeOffset OpenedAt { get; private set; }
    public DateTimeOffset? ClosedAt { get; private set; }
    /// <summary>Last thing that happened in the case, for the "no activity for 30 days" worklist.</summary>
    public DateTimeOffset LastActivityAt { get; private set; }
    /// <summary>
    /// Derived, for the worklist: the earliest end of a plan the "plans ending" section shows (an active plan, or an
    /// expired one while the case is in plan review). The database keeps it (<c>AppDbContext.RefreshWorklistColumns</c>
    /// after every save that touches a plan or the case's stage); nothing here sets it.
    /// </summary>
    public DateOnly? PlanDueOn { get; private set; }
    /// <summary>Derived, for the worklist: the worker's special groups, kept like <see cref="PlanDueOn"/> while the case is open.</summary>
    public SpecialGroups WorkerGroups { get; private set; }
    public int Version { get; private set; }

    public void BumpVersion() => Version++;

    public bool IsClosed => Stage == CaseStage.Closed;

    public void Touch(DateTimeOffset now)
    {
        if (now > LastActivityAt)
            LastActivityAt = now;
    }

    public void Assign(long counselorId, Actor by, string reason, bool isOverride, DateTimeOffset now)
    {
        EnsureOpen();
        if (isOverride && string.IsNullOrWhiteSpace(reason))
            throw new DomainRuleException("越过4.6.1资质要求指派时须写明理由", nameof(reason));
        CounselorId = counselorId;
        _assignments.Add(new CounselorAssignment(counselorId, now, by.UserId, Require(reason), isOverride));
        Touch(now);
    }

    public void RecordIntake(IntakeNotes notes, DateTimeOffset now)
    {
        EnsureOpen();
        if (string.IsNullOrWhiteSpace(notes.Situation))
            throw new DomainRuleException("请填写基本情况", nameof(IntakeNotes.Situation));
        Intake = notes;
        Touch(now);
    }

    public void RecordNeeds(ServiceItems needed, string? analysis, DateTimeOffset now)
    {
        EnsureOpen();
        EnsureAtLeast(CaseStage.NeedsAssessment, "需求分析");
        ServiceItemSets.EnsureForWorker(needed, nameof(NeededServices));
        NeededServices = needed;
        NeedsAnalysis = analysis;
        Touch(now);
    }

    public void RecordChecklistItem(string itemCode, DateOnly doneOn, long? staffId, string? note, DateTimeOffset now)
    {
        EnsureOpen();
        if (!PreventiveChecklist.Exists(itemCode))
            throw new DomainRuleException("没有这个预防性指导事项", nameof(itemCode));
        _checklist.RemoveAll(c => c.ItemCode == itemCode);
        _checklist.Add(new ChecklistEntry(itemCode, doneOn, staffId, note));
        Touch(now);
    }

    /// <summary>Items of the worker's special groups that have not been worked through yet (7.1.8).</summary>
    public IReadOnlyList<PreventiveItem> OpenChecklistItems(SpecialGroups groups) =>
        PreventiveChecklist.Open(groups, _checklist);

    private void EnsureOpen()
    {
        if (IsClosed)
            throw new DomainRuleException("个案已结案，请先重新开启", nameof(Stage));
    }

    private void EnsureAtLeast(CaseStage stage, string what)
    {
        if (Stage < stage)
            throw new DomainRuleException($"个案尚未进入{what}阶段", nameof(Stage));
    }

    private static string Require(string reason) =>
        string.IsNullOrWhiteSpace(reason) ? throw new DomainRuleException("请填写原因", "reason") : reason.Trim();
}

/// <summary>Who did something, as the case history shows it.</summary>
public sealed record Actor(string UserId, string Name);
