namespace GuidanceDesk.Web.Domain;

/// <summary>Internal audit, or the result of an outside supervision recorded as one (9.1.2).</summary>
public enum AuditKind
{
    Internal = 1, // 内部审核
    External = 2, // 行政监督或社会监督
}

public enum AuditStatus { Planned = 1, InProgress = 2, Completed = 3 }

public enum FindingSeverity
{
    MajorNonconformity = 1, // 严重不符合
    MinorNonconformity = 2, // 一般不符合
    Observation = 3,        // 观察项
}

/// <summary>A finding of the audit; <paramref name="Number"/> is stable within the audit (the corrective action cites it).</summary>
public sealed record AuditFinding(int Number, string ClauseRef, string Description, FindingSeverity Severity, DateTimeOffset RecordedAt, string ByName);

/// <summary>
/// 内部监督和审核 (9.1.2): an audit of a unit against clauses or areas of the standard, by named auditors, planned,
/// carried out and completed, with its findings. Administrative and social supervision (an inspection by the human
/// resources bureau, a newspaper's report) is recorded the same way, as kind External with the body that supervised.
/// Findings feed corrective and preventive actions (9.1.3).
/// </summary>
public sealed class InternalAudit : IVersioned, IUnitOwned
{
    public const int MaxText = 2000;
    private readonly List<AuditFinding> _findings = [];

    private InternalAudit() { }

    public InternalAudit(long serviceUnitId, AuditKind kind, string title, string scope, string auditors, string? supervisingBody,
        DateOnly plannedStart, DateOnly plannedEnd, string createdByName, DateTimeOffset now)
    {
        ServiceUnitId = serviceUnitId;
        CreatedAt = now;
        CreatedByName = createdByName;
        Status = AuditStatus.Planned;
        Revise(kind, title, scope, auditors, supervisingBody, plannedStart, plannedEnd);
    }

    public long Id { get; private set; }
    public long ServiceUnitId { get; private set; }
    public AuditKind Kind { get; private set; }
    public string Title { get; private set; } = "";
    /// <summary>The clauses or areas audited, e.g. "6.1 个案指导流程；7.2 档案".</summary>
    public string Scope { get; private set; } = "";
    public string Auditors { get; private set; } = "";
    /// <summary>For an External audit: who supervised (e.g. 重庆市人力资源和社会保障局).</summary>
    public string? SupervisingBody { get; private set; }
    public DateOnly PlannedStart { get; private set; }
    public DateOnly PlannedEnd { get; private set; }
    public DateOnly? StartedOn { get; private set; }
    public DateOnly? CompletedOn { get; private set; }
    public string? Summary { get; private set; }
    public AuditStatus Status { get; private set; }
    public IReadOnlyList<AuditFinding> Findings => _findings;
    public DateTimeOffset CreatedAt { get; private set; }
    public string CreatedByName { get; private set; } = "";
    public int Version { get; private set; }

    public void BumpVersion() => Version++;

    public void Revise(AuditKind kind, string title, string scope, string auditors, string? supervisingBody, DateOnly plannedStart, DateOnly plannedEnd)
    {
        if (Status == AuditStatus.Completed)
            throw new DomainRuleException("审核已完成，不能再修改", nameof(Status));
        if (!Enum.IsDefined(kind))
            throw new DomainRuleException("请选择审核类型", nameof(Kind));
        if (plannedEnd < plannedStart)
            throw new DomainRuleException("结束日期不能早于开始日期", nameof(PlannedEnd));
        if (kind == AuditKind.External && string.IsNullOrWhiteSpace(supervisingBody))
            throw new DomainRuleException("外部监督请填写监督机构或来源", nameof(SupervisingBody));
        Kind = kind;
        Title = Required(title, "请填写审核名称", nameof(Title), 200);
        Scope = Required(scope, "请填写审核范围（条款或领域）", nameof(Scope), 500);
        Auditors = Required(auditors, "请填写审核人员", nameof(Auditors), 200);
        SupervisingBody = kind == AuditKind.External ? supervisingBody!.Trim() : null;
        PlannedStart = plannedStart;
        PlannedEnd = plannedEnd;
    }

    public void Start(DateOnly on)
    {
        if (Status != AuditStatus.Planned)
            throw new DomainRuleException("只有计划中的审核可以开始", nameof(Status));
        StartedOn = on;
        Status = AuditStatus.InProgress;
    }

    public AuditFinding AddFinding(string clauseRef, string description, FindingSeverity severity, string byName, DateTimeOffset now)
    {
        if (Status != AuditStatus.InProgress)
            throw new DomainRuleException("审核进行中才能记录发现", nameof(Status));
        if (!Enum.IsDefined(severity))
            throw new DomainRuleException("请选择发现的性质", "severity");
        var finding = new AuditFinding(_findings.Count == 0 ? 1 : _findings.Max(f => f.Number) + 1,
            Required(clauseRef, "请填写对应条款", "clauseRef", 50), Required(description, "请描述发现的问题", "description", MaxText), severity, now, byName);
        _findings.Add(finding);
        return finding;
    }

    public void Complete(string summary, DateOnly on)
    {
        if (Status != AuditStatus.InProgress)
            throw new DomainRuleException("审核进行中才能完成", nameof(Status));
        Summary = Required(summary, "请填写审核结论", nameof(Summary), MaxText);
        CompletedOn = on;
        Status = AuditStatus.Completed;
    }

    public AuditFinding Finding(int number) =>
        _findings.Find(f => f.Number == number) ?? throw new DomainRuleException("找不到该审核发现", "findingNumber");

    private static string Required(string? s, string message, string field, int max)
    {
        if (string.IsNullOrWhiteSpace(s))
            throw new DomainRuleException(message, field);
        var t = s.Trim();
        return t.Length > max ? throw new DomainRuleException($"不能超过 {max} 字", field) : t;
    }
}
