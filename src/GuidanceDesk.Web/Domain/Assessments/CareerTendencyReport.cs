namespace GuidanceDesk.Web.Domain;

public enum ReportStatus { Draft = 1, Issued = 2 }

/// <summary>
/// 职业倾向分析报告 (7.1.7): the computed results of the plan's assessments with the counselor's comprehensive
/// evaluation of occupational ability on top, suggested occupations (kept as suggested, with their reasons), next steps,
/// and the feedback given to the worker. A draft is edited; once issued it is frozen and filed with the case (7.2.2e).
/// A re-test's report points to the previous one so that the change shows.
/// </summary>
public sealed class CareerTendencyReport : IVersioned, IUnitOwned
{
    public const int MinEvaluationLength = 20;

    private List<long> _assessmentIds = [];
    private readonly List<OccupationSuggestion> _suggestions = [];

    private CareerTendencyReport() { }

    public CareerTendencyReport(AssessmentPlan plan, IReadOnlyList<long> assessmentIds, long? previousReportId, long? counselorId, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(assessmentIds);
        if (!plan.IsAgreed)
            throw new DomainRuleException("测评方案尚未经劳动者确认", "planId");
        if (assessmentIds.Count == 0 && plan.Mode != AssessmentMode.Interview)
            throw new DomainRuleException("该方案还没有完成的测评，不能撰写报告", "planId");
        ServiceUnitId = plan.ServiceUnitId;
        WorkerId = plan.WorkerId;
        CaseId = plan.CaseId;
        PlanId = plan.Id;
        CounselorId = counselorId;
        _assessmentIds = [.. assessmentIds];
        PreviousReportId = previousReportId;
        Status = ReportStatus.Draft;
        CreatedAt = now;
        UpdatedAt = now;
    }

    public long Id { get; private set; }
    public long ServiceUnitId { get; private set; }
    public long WorkerId { get; private set; }
    public long? CaseId { get; private set; }
    public long PlanId { get; private set; }
    public long? CounselorId { get; private set; }
    public IReadOnlyList<long> AssessmentIds => _assessmentIds;
    public long? PreviousReportId { get; private set; }
    /// <summary>职业能力综合评价: the counselor's own words, on top of the computed results.</summary>
    public string? Evaluation { get; private set; }
    public string? NextSteps { get; private set; }
    public IReadOnlyList<OccupationSuggestion> Suggestions => _suggestions;
    public ReportStatus Status { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset UpdatedAt { get; private set; }
    public DateTimeOffset? IssuedAt { get; private set; }
    public string? IssuedBy { get; private set; }
    public DateOnly? FeedbackOn { get; private set; }
    public Channel? FeedbackChannel { get; private set; }
    public string? WorkerComments { get; private set; }
    public DateTimeOffset? FeedbackRecordedAt { get; private set; }
    public int Version { get; private set; }

    public void BumpVersion() => Version++;

    public bool IsFedBack => FeedbackRecordedAt is not null;

    public void Edit(string? evaluation, string? nextSteps, IReadOnlyList<OccupationSuggestion> suggestions, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(suggestions);
        if (Status != ReportStatus.Draft)
            throw new DomainRuleException("报告已出具，不能再修改", nameof(Evaluation));
        Evaluation = string.IsNullOrWhiteSpace(evaluation) ? null : evaluation.Trim();
        NextSteps = string.IsNullOrWhiteSpace(nextSteps) ? null : nextSteps.Trim();
        _suggestions.Clear();
        _suggestions.AddRange(suggestions);
        UpdatedAt = now;
    }

    /// <summary>7.1.7: no report goes out without the counselor's comprehensive evaluation.</summary>
    public void Issue(string issuedBy, DateTimeOffset now)
    {
        if (Status != ReportStatus.Draft)
            throw new DomainRuleException("报告已出具", nameof(Status));
        if ((Evaluation?.Length ?? 0) < MinEvaluationLength)
            throw new DomainRuleException($"请先撰写职业能力综合评价（至少 {MinEvaluationLength} 字）", nameof(Evaluation));
        if (string.IsNullOrWhiteSpace(NextSteps))
            throw new DomainRuleException("请填写下一步建议", nameof(NextSteps));
        Status = ReportStatus.Issued;
        IssuedAt = now;
        IssuedBy = issuedBy;
        UpdatedAt = now;
    }

    /// <summary>The report was fed back to the worker (7.1.7): when, how, and what they said.</summary>
    public void RecordFeedback(DateOnly on, Channel channel, string? comments, DateOnly today, DateTimeOffset now)
    {
        if (Status != ReportStatus.Issued)
            throw new DomainRuleException("报告出具后才能记录反馈", nameof(FeedbackOn));
        if (on > today)
            throw new DomainRuleException("反馈日期不能晚于今天", nameof(FeedbackOn));
        if (IssuedAt is { } issued && on < DateOnly.FromDateTime(issued.UtcDateTime.AddHours(8)))
            throw new DomainRuleException("反馈日期不能早于报告出具日期", nameof(FeedbackOn));
        FeedbackOn = on;
        FeedbackChannel = channel;
        WorkerComments = string.IsNullOrWhiteSpace(comments) ? null : comments.Trim();
        FeedbackRecordedAt = now;
        UpdatedAt = now;
    }
}

/// <summary>An occupation suggested in a report, as it was suggested: fit, market position, education and why.</summary>
public sealed class OccupationSuggestion
{
    private OccupationSuggestion() { }

    public OccupationSuggestion(string code, string name, string hollandCode, double fit, int score, string market,
        decimal? ratio, Education minEducation, bool educationMet, string trainingRoute, string reasons)
    {
        Code = code;
        Name = name;
        HollandCode = hollandCode;
        Fit = fit;
        Score = score;
        Market = market;
        Ratio = ratio;
        MinEducation = minEducation;
        EducationMet = educationMet;
        TrainingRoute = trainingRoute;
        Reasons = reasons;
    }

    public string Code { get; private set; } = "";
    public string Name { get; private set; } = "";
    public string HollandCode { get; private set; } = "";
    /// <summary>Correlation of the worker's six interest scores with the occupation's profile, −1…1.</summary>
    public double Fit { get; private set; }
    public int Score { get; private set; }
    /// <summary>Plain words for the local market position, e.g. "需求大于供给（求人倍率 1.8）".</summary>
    public string Market { get; private set; } = "";
    public decimal? Ratio { get; private set; }
    public Education MinEducation { get; private set; }
    public bool EducationMet { get; private set; }
    public string TrainingRoute { get; private set; } = "";
    /// <summary>Why it was suggested, one reason per line.</summary>
    public string Reasons { get; private set; } = "";
}
