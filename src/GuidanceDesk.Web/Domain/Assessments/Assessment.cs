namespace GuidanceDesk.Web.Domain;

public enum AssessmentStatus { NotStarted = 1, InProgress = 2, Completed = 3, Voided = 4 }

/// <summary>Where the answers came from: the worker in the portal, the worker at a hall computer, or a paper sheet keyed in by staff.</summary>
public enum Administration { Portal = 1, Hall = 2, Paper = 3 }

/// <summary>
/// One administration of one instrument version for a worker, under an agreed plan (7.1.6). Answers are saved one by
/// one as they are given (<see cref="AssessmentAnswer"/>), so the worker can stop and come back; completing scores
/// it once and keeps the scores, flags and Holland code as they were computed, tied to the instrument version.
/// </summary>
public sealed class Assessment : IVersioned, IUnitOwned
{
    private readonly List<ScaleScore> _scores = [];

    private Assessment() { }

    public Assessment(AssessmentPlan plan, Instrument instrument, Administration administration)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(instrument);
        if (!plan.IsAgreed)
            throw new DomainRuleException("测评方案尚未经劳动者确认，不能开始测评（7.1.6）", "planId");
        ServiceUnitId = plan.ServiceUnitId;
        WorkerId = plan.WorkerId;
        PlanId = plan.Id;
        InstrumentId = instrument.Id;
        Kind = instrument.Kind;
        ItemCount = instrument.ItemCount;
        Administration = administration;
        Status = AssessmentStatus.NotStarted;
    }

    public long Id { get; private set; }
    public long ServiceUnitId { get; private set; }
    public long WorkerId { get; private set; }
    public long PlanId { get; private set; }
    public long InstrumentId { get; private set; }
    public InstrumentKind Kind { get; private set; }
    public int ItemCount { get; private set; }
    public Administration Administration { get; private set; }
    public AssessmentStatus Status { get; private set; }
    public DateTimeOffset? StartedAt { get; private set; }
    public DateTimeOffset? CompletedAt { get; private set; }
    /// <summary>Time spent answering, without long pauses (see <see cref="AnswerTiming"/>); null for a paper sheet.</summary>
    public int? ActiveSeconds { get; private set; }
    public ResponseWarnings Warnings { get; private set; }
    public string? HollandCode { get; private set; }
    public bool HollandTied { get; private set; }
    public HollandConsistency? Consistency { get; private set; }
    public int? Differentiation { get; private set; }
    public IReadOnlyList<ScaleScore> Scores => _scores;
    public string? EnteredBy { get; private set; }
    public string? VoidReason { get; private set; }
    public int Version { get; private set; }

    public void BumpVersion() => Version++;

    public bool IsOpen => Status is AssessmentStatus.NotStarted or AssessmentStatus.InProgress;

    /// <summary>The first answer starts the clock; later calls change nothing.</summary>
    public void Start(Administration administration, DateTimeOffset now)
    {
        EnsureOpen();
        if (Status == AssessmentStatus.NotStarted)
        {
            Status = AssessmentStatus.InProgress;
            StartedAt = now;
            if (Administration != Administration.Paper)
                Administration = administration;
        }
    }

    /// <summary>The answers come from a paper sheet keyed in by staff (blanks allowed, no timing per item).</summary>
    public void EnterOnPaper(DateTimeOffset now)
    {
        EnsureOpen();
        Administration = Administration.Paper;
        Status = AssessmentStatus.InProgress;
        StartedAt ??= now;
    }

    /// <summary>Keeps the scores of a complete administration; an online one must have every item answered.</summary>
    public void Complete(ScoreSheet sheet, int answered, int? activeSeconds, string? enteredBy, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(sheet);
        EnsureOpen();
        if (Administration != Administration.Paper && answered < ItemCount)
            throw new DomainRuleException($"还有 {ItemCount - answered} 题未作答，请答完再提交", "answers");
        if (answered == 0)
            throw new DomainRuleException("答卷是空的", "answers");
        Status = AssessmentStatus.Completed;
        StartedAt ??= now;
        CompletedAt = now;
        ActiveSeconds = activeSeconds;
        EnteredBy = enteredBy;
        Warnings = sheet.Warnings;
        _scores.Clear();
        _scores.AddRange(sheet.Scales);
        HollandCode = sheet.Holland?.Code;
        HollandTied = sheet.Holland?.Tied ?? false;
        Consistency = sheet.Holland?.Consistency;
        Differentiation = sheet.Holland?.Differentiation;
    }

    /// <summary>Set aside (consent withdrawn, wrong person, unusable answers); kept, never deleted.</summary>
    public void Void(string reason)
    {
        if (Status == AssessmentStatus.Voided)
            throw new DomainRuleException("该测评已作废", nameof(Status));
        if (string.IsNullOrWhiteSpace(reason))
            throw new DomainRuleException("请说明作废原因", nameof(VoidReason));
        Status = AssessmentStatus.Voided;
        VoidReason = reason.Trim();
    }

    public void EnsureOpen()
    {
        if (!IsOpen)
            throw new DomainRuleException(Status == AssessmentStatus.Completed ? "该测评已提交，答案不能再修改" : "该测评已作废", "answers");
    }
}

/// <summary>One saved answer: item position (0-based, in the instrument's order) and the option chosen.</summary>
public sealed class AssessmentAnswer
{
    private AssessmentAnswer() { }

    public AssessmentAnswer(long assessmentId, int itemIndex, int value, DateTimeOffset answeredAt)
    {
        AssessmentId = assessmentId;
        ItemIndex = (short)itemIndex;
        Value = (short)value;
        AnsweredAt = answeredAt;
    }

    public long Id { get; private set; }
    public long AssessmentId { get; private set; }
    public short ItemIndex { get; private set; }
    public short Value { get; private set; }
    public DateTimeOffset AnsweredAt { get; private set; }
}

/// <summary>
/// Time taken, from the answer times: the gaps between consecutive answers (and from the start to the first), each
/// capped at five minutes, so a break or a closed browser does not count as answering time.
/// </summary>
public static class AnswerTiming
{
    public static readonly TimeSpan MaxGap = TimeSpan.FromMinutes(5);

    public static (int ActiveSeconds, IReadOnlyList<double> PerItem) Measure(DateTimeOffset started, IEnumerable<DateTimeOffset> answeredAt)
    {
        var gaps = new List<double>();
        var last = started;
        foreach (var t in answeredAt.Order())
        {
            var gap = t - last;
            gaps.Add(Math.Clamp(gap.TotalSeconds, 0, MaxGap.TotalSeconds));
            last = t;
        }
        return ((int)Math.Round(gaps.Sum()), gaps);
    }
}
