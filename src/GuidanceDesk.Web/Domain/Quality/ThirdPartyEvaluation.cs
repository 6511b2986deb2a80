namespace GuidanceDesk.Web.Domain;

public enum ThirdPartyEvaluationStatus { Active = 1, Completed = 2, Revoked = 3 }

public enum EvaluationFindingSeverity { MajorNonconformity = 1, MinorNonconformity = 2, Observation = 3 }

/// <summary>What the evaluator found; <see cref="CorrectiveActionId"/> once it was turned into an action (9.1.3).</summary>
public sealed record EvaluationFinding(int Line, string Clause, string Text, EvaluationFindingSeverity Severity,
    DateTimeOffset RecordedAt, long? CorrectiveActionId);

/// <summary>
/// 第三方评价 (9.2.3): an engagement of an independent evaluator. The head (or the city) grants the evaluator's account
/// access to one unit (or all) for a period of service, until a date. Within it the evaluator reads de-identified data
/// only, may draw one random sample of cases (seed kept, so the draw can be repeated and checked), records findings and
/// completes the evaluation with a conclusion.
/// </summary>
public sealed class ThirdPartyEvaluation : IVersioned
{
    public const int MaxSample = 200;

    private List<EvaluationFinding> _findings = [];

    private ThirdPartyEvaluation() { }

    public ThirdPartyEvaluation(string evaluatorUserId, string evaluatorName, long? serviceUnitId, DateOnly periodFrom, DateOnly periodTo,
        DateOnly accessUntil, string purpose, Actor grantedBy, DateOnly today, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(grantedBy);
        if (periodTo < periodFrom)
            throw new DomainRuleException("结束日期不能早于开始日期", nameof(PeriodTo));
        if (accessUntil < today)
            throw new DomainRuleException("授权截止日期不能早于今天", nameof(AccessUntil));
        if (string.IsNullOrWhiteSpace(purpose))
            throw new DomainRuleException("请填写评价内容", nameof(Purpose));
        EvaluatorUserId = evaluatorUserId;
        EvaluatorName = evaluatorName;
        ServiceUnitId = serviceUnitId;
        PeriodFrom = periodFrom;
        PeriodTo = periodTo;
        AccessUntil = accessUntil;
        Purpose = purpose.Trim();
        GrantedByUserId = grantedBy.UserId;
        GrantedByName = grantedBy.Name;
        GrantedAt = now;
        Status = ThirdPartyEvaluationStatus.Active;
    }

    public long Id { get; private set; }
    public string EvaluatorUserId { get; private set; } = "";
    public string EvaluatorName { get; private set; } = "";
    /// <summary>Null: every unit of the city.</summary>
    public long? ServiceUnitId { get; private set; }
    public DateOnly PeriodFrom { get; private set; }
    public DateOnly PeriodTo { get; private set; }
    public DateOnly AccessUntil { get; private set; }
    public string Purpose { get; private set; } = "";
    public string GrantedByUserId { get; private set; } = "";
    public string GrantedByName { get; private set; } = "";
    public DateTimeOffset GrantedAt { get; private set; }
    public ThirdPartyEvaluationStatus Status { get; private set; }
    public DateTimeOffset? RevokedAt { get; private set; }
    public int? SampleSeed { get; private set; }
    public List<long> SampleCaseIds { get; private set; } = [];
    public int SamplePopulation { get; private set; }
    public DateTimeOffset? SampleDrawnAt { get; private set; }
    public IReadOnlyList<EvaluationFinding> Findings => _findings;
    public string? Conclusion { get; private set; }
    public DateTimeOffset? CompletedAt { get; private set; }
    public int Version { get; private set; }

    public void BumpVersion() => Version++;

    /// <summary>The evaluator may read under this grant today.</summary>
    public bool IsOpenOn(DateOnly today) => Status == ThirdPartyEvaluationStatus.Active && today <= AccessUntil;

    /// <summary>Draws <paramref name="size"/> of <paramref name="population"/> case ids with a seeded shuffle (once).</summary>
    public void DrawSample(IReadOnlyList<long> population, int size, int seed, DateOnly today, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(population);
        EnsureOpen(today);
        if (SampleDrawnAt is not null)
            throw new DomainRuleException("本次评价已抽取样本，不能重抽", nameof(SampleCaseIds));
        if (size < 1 || size > MaxSample)
            throw new DomainRuleException($"样本量须在 1 至 {MaxSample} 之间", "size");
        if (population.Count == 0)
            throw new DomainRuleException("评价期间内没有个案可抽取", "size");
        SampleCaseIds = Sample(population, size, seed);
        SampleSeed = seed;
        SamplePopulation = population.Count;
        SampleDrawnAt = now;
    }

    /// <summary>Partial Fisher–Yates over the ids in ascending order: the same seed and population give the same sample.</summary>
    public static List<long> Sample(IReadOnlyList<long> population, int size, int seed)
    {
        ArgumentNullException.ThrowIfNull(population);
        var ids = population.Order().ToArray();
#pragma warning disable CA5394 // not security: a reproducible audit sample, whose seed is published with it
        var random = new Random(seed);
        var n = Math.Min(size, ids.Length);
        for (var i = 0; i < n; i++)
        {
            var j = random.Next(i, ids.Length);
            (ids[i], ids[j]) = (ids[j], ids[i]);
        }
#pragma warning restore CA5394
        return [.. ids.Take(n).Order()];
    }

    public EvaluationFinding AddFinding(string clause, string text, EvaluationFindingSeverity severity, DateOnly today, DateTimeOffset now)
    {
        EnsureOpen(today);
        if (string.IsNullOrWhiteSpace(clause))
            throw new DomainRuleException("请填写对应条款", nameof(EvaluationFinding.Clause));
        if (string.IsNullOrWhiteSpace(text))
            throw new DomainRuleException("请填写发现的问题", nameof(EvaluationFinding.Text));
        if (!Enum.IsDefined(severity))
            throw new DomainRuleException("请选择问题性质", nameof(EvaluationFinding.Severity));
        var finding = new EvaluationFinding(_findings.Count == 0 ? 1 : _findings.Max(f => f.Line) + 1, clause.Trim(), text.Trim(), severity, now, null);
        _findings = [.. _findings, finding];
        return finding;
    }

    /// <summary>The unit turned the finding into a corrective action (9.1.3).</summary>
    public void LinkAction(int line, long actionId)
    {
        var index = _findings.FindIndex(f => f.Line == line);
        if (index < 0)
            throw new DomainRuleException("没有这条评价发现", nameof(Findings));
        if (_findings[index].CorrectiveActionId is not null)
            throw new DomainRuleException("该发现已生成纠正措施", nameof(Findings));
        _findings = [.. _findings.Select((f, i) => i == index ? f with { CorrectiveActionId = actionId } : f)];
    }

    public void Complete(string conclusion, DateOnly today, DateTimeOffset now)
    {
        EnsureOpen(today);
        if (string.IsNullOrWhiteSpace(conclusion) || conclusion.Trim().Length < 10)
            throw new DomainRuleException("评价结论至少 10 个字", nameof(Conclusion));
        Conclusion = conclusion.Trim();
        CompletedAt = now;
        Status = ThirdPartyEvaluationStatus.Completed;
    }

    public void Revoke(DateTimeOffset now)
    {
        if (Status != ThirdPartyEvaluationStatus.Active)
            throw new DomainRuleException("该评价授权已结束", nameof(Status));
        Status = ThirdPartyEvaluationStatus.Revoked;
        RevokedAt = now;
    }

    private void EnsureOpen(DateOnly today)
    {
        if (!IsOpenOn(today))
            throw new DomainRuleException(Status == ThirdPartyEvaluationStatus.Active ? "评价授权已过期" : "该评价已结束", nameof(Status));
    }
}
