namespace GuidanceDesk.Web.Domain;

public enum SelfEvaluationStatus { Open = 1, Concluded = 2 }

/// <summary>How an item the system cannot measure was found on the day.</summary>
public enum ChecklistAnswer { Met = 1, PartlyMet = 2, NotMet = 3, NotApplicable = 4 }

/// <summary>The rating of a manager's self-assessment and of the head's appraisal.</summary>
public enum SelfRating { Excellent = 1, Good = 2, Adequate = 3, NeedsImprovement = 4 }

public sealed record InspectionItem(string Key, string Clause, string Text, ChecklistAnswer? Answer, string? Note,
    string? AnsweredByName, DateTimeOffset? AnsweredAt);

/// <summary>9.2.2a: a professional manager's assessment of their own work and the unit's service.</summary>
public sealed record ManagerAssessment(string UserId, string Name, SelfRating Rating, string Findings, string? Improvements, DateTimeOffset At);

/// <summary>
/// 自查考评 (9.2.2b): the head convenes a self-inspection of a unit for a period. It holds the conformance report as
/// computed (refreshed while open), the checklist of what the system cannot measure, the managers' self-assessments
/// (9.2.2a) and, at the end, the head's signed appraisal. Once signed, nothing in it changes.
/// </summary>
public sealed class SelfEvaluation : IVersioned, IUnitOwned
{
    public const int MinConclusionLength = 10;

    private List<ConformanceRow> _rows = [];
    private List<InspectionItem> _checklist = [];
    private List<ManagerAssessment> _assessments = [];

    private SelfEvaluation() { }

    public SelfEvaluation(long serviceUnitId, DateOnly periodFrom, DateOnly periodTo, string title,
        IEnumerable<(string Key, string Clause, string Text)> checklist, Actor convenedBy, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(convenedBy);
        if (periodTo < periodFrom)
            throw new DomainRuleException("结束日期不能早于开始日期", nameof(PeriodTo));
        if (string.IsNullOrWhiteSpace(title))
            throw new DomainRuleException("请填写自查名称", nameof(Title));
        ServiceUnitId = serviceUnitId;
        PeriodFrom = periodFrom;
        PeriodTo = periodTo;
        Title = title.Trim();
        _checklist = [.. checklist.Select(c => new InspectionItem(c.Key, c.Clause, c.Text, null, null, null, null))];
        ConvenedByUserId = convenedBy.UserId;
        ConvenedByName = convenedBy.Name;
        ConvenedAt = now;
        Status = SelfEvaluationStatus.Open;
    }

    public long Id { get; private set; }
    public long ServiceUnitId { get; private set; }
    public DateOnly PeriodFrom { get; private set; }
    public DateOnly PeriodTo { get; private set; }
    public string Title { get; private set; } = "";
    public SelfEvaluationStatus Status { get; private set; }
    public string ConvenedByUserId { get; private set; } = "";
    public string ConvenedByName { get; private set; } = "";
    public DateTimeOffset ConvenedAt { get; private set; }
    public IReadOnlyList<ConformanceRow> Rows => _rows;
    public DateTimeOffset? RowsComputedAt { get; private set; }
    public IReadOnlyList<InspectionItem> Checklist => _checklist;
    public IReadOnlyList<ManagerAssessment> Assessments => _assessments;
    public SelfRating? Rating { get; private set; }
    public string? Conclusion { get; private set; }
    public string? SignedByUserId { get; private set; }
    public string? SignedByName { get; private set; }
    public DateTimeOffset? SignedAt { get; private set; }
    public int Version { get; private set; }

    public void BumpVersion() => Version++;

    /// <summary>Takes the report as computed now; the signed evaluation keeps the last one taken.</summary>
    public void Refresh(IEnumerable<ConformanceRow> rows, DateTimeOffset now)
    {
        EnsureOpen();
        _rows = [.. rows];
        RowsComputedAt = now;
    }

    public void Answer(string key, ChecklistAnswer answer, string? note, Actor by, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(by);
        EnsureOpen();
        var index = _checklist.FindIndex(c => c.Key == key);
        if (index < 0)
            throw new DomainRuleException("没有这个检查项", nameof(Checklist));
        if (!Enum.IsDefined(answer))
            throw new DomainRuleException("请选择检查结果", nameof(InspectionItem.Answer));
        if (answer is ChecklistAnswer.NotMet or ChecklistAnswer.PartlyMet && string.IsNullOrWhiteSpace(note))
            throw new DomainRuleException("未达到或部分达到时须说明情况", nameof(InspectionItem.Note));
        _checklist[index] = _checklist[index] with { Answer = answer, Note = Clean(note), AnsweredByName = by.Name, AnsweredAt = now };
        _checklist = [.. _checklist]; // a new list, so that the JSON column is seen as changed
    }

    /// <summary>9.2.2a: a manager records (or replaces) their self-assessment.</summary>
    public void Assess(Actor manager, SelfRating rating, string findings, string? improvements, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(manager);
        EnsureOpen();
        if (!Enum.IsDefined(rating))
            throw new DomainRuleException("请选择自评等级", nameof(ManagerAssessment.Rating));
        if (string.IsNullOrWhiteSpace(findings) || findings.Trim().Length < MinConclusionLength)
            throw new DomainRuleException($"自评情况至少 {MinConclusionLength} 个字", nameof(ManagerAssessment.Findings));
        _assessments = [.. _assessments.Where(a => a.UserId != manager.UserId),
            new ManagerAssessment(manager.UserId, manager.Name, rating, findings.Trim(), Clean(improvements), now)];
    }

    /// <summary>9.2.2b: the head signs the appraisal once every checklist item is answered and a manager has assessed.</summary>
    public void Sign(SelfRating rating, string conclusion, Actor head, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(head);
        EnsureOpen();
        if (!Enum.IsDefined(rating))
            throw new DomainRuleException("请选择考评等级", nameof(Rating));
        if (string.IsNullOrWhiteSpace(conclusion) || conclusion.Trim().Length < MinConclusionLength)
            throw new DomainRuleException($"考评结论至少 {MinConclusionLength} 个字", nameof(Conclusion));
        if (RowsComputedAt is null)
            throw new DomainRuleException("尚未生成符合性报告", nameof(Rows));
        var open = _checklist.Count(c => c.Answer is null);
        if (open > 0)
            throw new DomainRuleException($"还有 {open} 个检查项未填写", nameof(Checklist));
        if (_assessments.Count == 0)
            throw new DomainRuleException("还没有专业管理人员的自我评价（9.2.2a）", nameof(Assessments));
        Rating = rating;
        Conclusion = conclusion.Trim();
        SignedByUserId = head.UserId;
        SignedByName = head.Name;
        SignedAt = now;
        Status = SelfEvaluationStatus.Concluded;
    }

    private void EnsureOpen()
    {
        if (Status == SelfEvaluationStatus.Concluded)
            throw new DomainRuleException("自查考评已签署，不能再修改", nameof(Status));
    }

    private static string? Clean(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
}
