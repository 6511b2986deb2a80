namespace GuidanceDesk.Web.Domain;

/// <summary>
/// 培训机构 (7.1.5): an institution training guidance may recommend, with its qualifications and the history of its
/// management and safety checks. City-wide, like the registry of outside agencies; retired (停用), never deleted, since
/// past recommendations point to it.
/// </summary>
public sealed class TrainingProvider : IVersioned
{
    public const int MaxName = 100;
    /// <summary>How long a passed check counts, unless configured otherwise (Training:CheckValidMonths).</summary>
    public const int DefaultCheckValidMonths = 12;

    private readonly List<ProviderQualification> _qualifications = [];
    private readonly List<ProviderCheck> _checks = [];

    private TrainingProvider() { }

    public TrainingProvider(ProviderDetails details, DateTimeOffset now)
    {
        Update(details);
        CreatedAt = now;
    }

    public long Id { get; private set; }
    public string Name { get; private set; } = "";
    /// <summary>Unified social credit code (GB 32100); one provider per code.</summary>
    public string CreditCode { get; private set; } = "";
    public string DistrictCode { get; private set; } = "";
    public string Address { get; private set; } = "";
    public string? ContactPerson { get; private set; }
    public string Phone { get; private set; } = "";
    public string? Email { get; private set; }
    /// <summary>培训范围: what it is approved and equipped to teach, in its own words.</summary>
    public string? Scope { get; private set; }
    public IReadOnlyList<ProviderQualification> Qualifications => _qualifications;
    public IReadOnlyList<ProviderCheck> Checks => _checks;
    /// <summary>
    /// The earliest end of validity among the current qualifications (null: none, or all long-term). Kept beside the JSON
    /// list so that the expiry flag is one indexed comparison on both databases.
    /// </summary>
    public DateOnly? QualifiedUntil { get; private set; }
    public bool IsRetired { get; private set; }
    public DateTimeOffset? RetiredAt { get; private set; }
    public string? RetiredReason { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
    public int Version { get; private set; }

    public void BumpVersion() => Version++;

    public void Update(ProviderDetails d)
    {
        if (string.IsNullOrWhiteSpace(d.Name))
            throw new DomainRuleException("请填写机构名称", nameof(Name));
        if (string.IsNullOrWhiteSpace(d.CreditCode))
            throw new DomainRuleException("请填写统一社会信用代码", nameof(CreditCode));
        if (string.IsNullOrWhiteSpace(d.DistrictCode))
            throw new DomainRuleException("请选择所在区县", nameof(DistrictCode));
        if (string.IsNullOrWhiteSpace(d.Address) || string.IsNullOrWhiteSpace(d.Phone))
            throw new DomainRuleException("请填写培训地址和联系电话", string.IsNullOrWhiteSpace(d.Address) ? nameof(Address) : nameof(Phone));
        Name = d.Name.Trim();
        CreditCode = d.CreditCode.Trim().ToUpperInvariant();
        DistrictCode = d.DistrictCode.Trim();
        Address = d.Address.Trim();
        ContactPerson = Blank(d.ContactPerson);
        Phone = d.Phone.Trim();
        Email = Blank(d.Email);
        Scope = Blank(d.Scope);
    }

    /// <summary>Adds a qualification; with <paramref name="replacesLine"/>, a renewal that supersedes that line.</summary>
    public ProviderQualification AddQualification(QualificationKind kind, string number, string issuer, DateOnly validFrom,
        DateOnly? validTo, DateOnly today, int? replacesLine = null)
    {
        EnsureNotRetired();
        if (string.IsNullOrWhiteSpace(number) || string.IsNullOrWhiteSpace(issuer))
            throw new DomainRuleException("请填写证书编号和发证机关", string.IsNullOrWhiteSpace(number) ? "number" : "issuer");
        if (validTo is { } to && to < validFrom)
            throw new DomainRuleException("有效期止不能早于有效期起", "validTo");
        if (replacesLine is { } line)
        {
            var old = _qualifications.Find(q => q.Line == line && q.IsCurrent)
                ?? throw new DomainRuleException("找不到要替换的资质（可能已被替换）", "replacesLine");
            _qualifications[_qualifications.IndexOf(old)] = old with { ReplacedOn = today };
        }
        else if (_qualifications.Exists(q => q.IsCurrent && q.Kind == kind && string.Equals(q.Number, number.Trim(), StringComparison.Ordinal)))
            throw new DomainRuleException("该资质已登记；续期请使用“替换”", "number");
        var added = new ProviderQualification(_qualifications.Count == 0 ? 1 : _qualifications.Max(q => q.Line) + 1, kind,
            number.Trim(), issuer.Trim(), validFrom, validTo, null);
        _qualifications.Add(added);
        QualifiedUntil = _qualifications.Where(q => q.IsCurrent && q.ValidTo is not null).Min(q => q.ValidTo);
        return added;
    }

    public ProviderCheck RecordCheck(ProviderCheckKind kind, DateOnly checkedOn, string checkedBy, bool passed, string? note,
        string recordedBy, DateOnly today, DateTimeOffset now)
    {
        EnsureNotRetired();
        if (!Enum.IsDefined(kind))
            throw new DomainRuleException("请选择检查类别", "kind");
        if (checkedOn > today)
            throw new DomainRuleException("检查日期不能晚于今天", "checkedOn");
        if (string.IsNullOrWhiteSpace(checkedBy))
            throw new DomainRuleException("请填写检查单位或检查人", "checkedBy");
        if (!passed && string.IsNullOrWhiteSpace(note))
            throw new DomainRuleException("检查未通过时请说明问题", "note");
        var check = new ProviderCheck(_checks.Count == 0 ? 1 : _checks.Max(c => c.Line) + 1, kind, checkedOn, checkedBy.Trim(), passed,
            Blank(note), recordedBy, now);
        _checks.Add(check);
        return check;
    }

    public void Retire(string reason, DateTimeOffset now)
    {
        if (IsRetired)
            return;
        if (string.IsNullOrWhiteSpace(reason))
            throw new DomainRuleException("请说明停用原因", "reason");
        IsRetired = true;
        RetiredAt = now;
        RetiredReason = reason.Trim();
    }

    /// <summary>The last check of a kind by date (the later entry of the same day wins: it corrects the first).</summary>
    public ProviderCheck? LatestCheck(ProviderCheckKind kind) =>
        _checks.Where(c => c.Kind == kind).OrderBy(c => c.CheckedOn).ThenBy(c => c.Line).LastOrDefault();

    /// <summary>
    /// 7.1.5: legally qualified (every current qualification valid today, at least one), well managed and safe (the latest
    /// check of each kind passed, and not older than <paramref name="checkValidMonths"/>), and not retired. Empty = may be
    /// recommended; otherwise every reason, so that the page and the API can say all of them at once.
    /// </summary>
    public IReadOnlyList<RecommendationBar> CanBeRecommended(DateOnly today, int checkValidMonths = DefaultCheckValidMonths)
    {
        var bars = new List<RecommendationBar>();
        if (IsRetired)
            bars.Add(RecommendationBar.Retired);
        var current = _qualifications.Where(q => q.IsCurrent).ToList();
        if (current.Count == 0)
            bars.Add(RecommendationBar.NoQualification);
        if (current.Exists(q => q.ValidTo < today))
            bars.Add(RecommendationBar.QualificationExpired);
        if (current.Exists(q => q.ValidFrom > today))
            bars.Add(RecommendationBar.QualificationNotYetValid);
        var oldest = today.AddMonths(-checkValidMonths);
        AddCheckBars(bars, LatestCheck(ProviderCheckKind.Management), oldest, RecommendationBar.ManagementCheckMissing);
        AddCheckBars(bars, LatestCheck(ProviderCheckKind.Safety), oldest, RecommendationBar.SafetyCheckMissing);
        return bars;
    }

    /// <summary>Expired, or expiring within <paramref name="warnDays"/> (the flag managers act on before it lapses).</summary>
    public QualificationAlert Alert(DateOnly today, int warnDays) => AlertOf(QualifiedUntil, today, warnDays);

    public static QualificationAlert AlertOf(DateOnly? qualifiedUntil, DateOnly today, int warnDays) => qualifiedUntil switch
    {
        null => QualificationAlert.None,
        { } d when d < today => QualificationAlert.Expired,
        { } d when d <= today.AddDays(warnDays) => QualificationAlert.ExpiringSoon,
        _ => QualificationAlert.None,
    };

    // Missing, failed and outdated follow each other in the enum for both kinds.
    private static void AddCheckBars(List<RecommendationBar> bars, ProviderCheck? latest, DateOnly oldest, RecommendationBar missing)
    {
        if (latest is null)
            bars.Add(missing);
        else if (!latest.Passed)
            bars.Add(missing + 1);
        else if (latest.CheckedOn < oldest)
            bars.Add(missing + 2);
    }

    private void EnsureNotRetired()
    {
        if (IsRetired)
            throw new DomainRuleException("培训机构已停用，不能再修改资质或登记检查", "id");
    }

    private static string? Blank(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
}
