namespace GuidanceDesk.Web.Domain;

/// <summary>
/// 政策法规资料 (4.3b–c, 7.1.1): a law, regulation, employment policy, industry document, internal process or post
/// responsibility, with its versions. The current version's content is kept on the document too, so that lists and
/// searches read one row. Agency-wide (no unit) or one unit's own; ended (superseded, repealed), never deleted.
/// </summary>
public sealed partial class PolicyDocument : IVersioned
{
    public const int MaxTitle = 200;
    public const int MaxIssuer = 100;
    public const int MaxNumber = 100;
    public const int MaxSummary = 4000;
    public const int MaxFullText = 50_000;
    public const int MaxLink = 500;
    public const int MaxNote = 500;
    public const int MaxTags = 10;
    public const int MaxTag = 20;
    public const int MaxAttachmentsPerVersion = 10;

    private readonly List<PolicyDocumentVersion> _versions = [];
    private readonly List<PolicyAttachment> _attachments = [];
    private readonly List<string> _tags = [];

    private PolicyDocument() { }

    public PolicyDocument(long? serviceUnitId, PolicyCatalog catalog, PolicyContent content, DateOnly reviewDue, Actor by, DateTimeOffset now)
    {
        UpdateCatalog(serviceUnitId, catalog, reviewDue);
        content = Checked(content);
        _versions.Add(new PolicyDocumentVersion(1, content, "首次登记", by, now));
        ShowCurrent(content, 1);
        Status = PolicyStatus.Draft;
        CreatedByUserId = by.UserId;
        CreatedAt = now;
        UpdatedAt = now;
    }

    public long Id { get; private set; }
    /// <summary>The unit whose own document this is (an internal process, say); null = agency-wide.</summary>
    public long? ServiceUnitId { get; private set; }
    public PolicyKind Kind { get; private set; }
    public string Title { get; private set; } = "";
    public string Issuer { get; private set; } = "";
    public IReadOnlyList<string> Tags => _tags;
    public PolicyStatus Status { get; private set; }
    public string? DocumentNumber { get; private set; }
    public DateOnly? EffectiveFrom { get; private set; }
    public DateOnly? ExpiresOn { get; private set; }
    public string Summary { get; private set; } = "";
    public string? FullText { get; private set; }
    public string? Link { get; private set; }
    /// <summary>The number of the current version (第 n 版).</summary>
    public int CurrentNumber { get; private set; }
    /// <summary>When a manager must look at it again to keep the library current (7.1.1).</summary>
    public DateOnly ReviewDue { get; private set; }
    public DateOnly? LastReviewedOn { get; private set; }
    public DateTimeOffset? PublishedAt { get; private set; }
    /// <summary>The last change readers see: creation, a new version, publication.</summary>
    public DateTimeOffset UpdatedAt { get; private set; }
    /// <summary>Why it was repealed or superseded.</summary>
    public string? StatusNote { get; private set; }
    public long? SupersededById { get; private set; }
    public DateTimeOffset? EndedAt { get; private set; }
    public string CreatedByUserId { get; private set; } = "";
    public DateTimeOffset CreatedAt { get; private set; }
    public int Version { get; private set; }

    public IReadOnlyList<PolicyDocumentVersion> Versions => _versions;
    public IReadOnlyList<PolicyAttachment> Attachments => _attachments;
    public bool IsEnded => Status is PolicyStatus.Superseded or PolicyStatus.Repealed;

    public void BumpVersion() => Version++;

    public void UpdateCatalog(long? serviceUnitId, PolicyCatalog c, DateOnly reviewDue)
    {
        if (!Enum.IsDefined(c.Kind))
            throw new DomainRuleException("请选择文件类别", nameof(Kind));
        Title = Required(c.Title, MaxTitle, "请填写文件名称（不超过200字）", nameof(Title));
        Issuer = Required(c.Issuer, MaxIssuer, "请填写发布机关（不超过100字）", nameof(Issuer));
        Kind = c.Kind;
        ServiceUnitId = serviceUnitId;
        var tags = NormalizeTags(c.Tags);
        _tags.Clear();
        _tags.AddRange(tags);
        ReviewDue = reviewDue;
    }

    /// <summary>A draft is corrected in place; once published, a change of content is a new version.</summary>
    public void CorrectDraft(PolicyContent c)
    {
        if (Status != PolicyStatus.Draft)
            throw new DomainRuleException("已发布的文件内容有变化时，请登记新版本（原版本保留）", nameof(Summary));
        c = Checked(c);
        _versions.Single(v => v.Number == CurrentNumber).Apply(c);
        ShowCurrent(c, CurrentNumber);
    }

    public PolicyDocumentVersion AddVersion(PolicyContent c, string changeNote, DateOnly reviewDue, Actor by, DateTimeOffset now)
    {
        EnsureNotEnded();
        var note = Required(changeNote, MaxNote, "请说明本次修订的内容（不超过500字）", "changeNote");
        c = Checked(c);
        var version = new PolicyDocumentVersion(CurrentNumber + 1, c, note, by, now);
        _versions.Add(version);
        ShowCurrent(c, version.Number);
        ReviewDue = reviewDue;
        UpdatedAt = now;
        return version;
    }

    /// <summary>Attaches a file to the current version; earlier versions keep theirs and take no more.</summary>
    public PolicyAttachment Attach(StoredFile file, string userId, DateTimeOffset now)
    {
        EnsureNotEnded();
        if (_attachments.Count(a => a.VersionNumber == CurrentNumber) >= MaxAttachmentsPerVersion)
            throw new DomainRuleException("每个版本最多 10 个附件", "file");
        var attachment = new PolicyAttachment(CurrentNumber, file, userId, now);
        _attachments.Add(attachment);
        return attachment;
    }

    public void Publish(DateTimeOffset now)
    {
        if (Status != PolicyStatus.Draft)
            throw new DomainRuleException("只有草稿可以发布", nameof(Status));
        Status = PolicyStatus.Published;
        PublishedAt = now;
        UpdatedAt = now;
    }

    /// <summary>A manager looked at it and it is still current: the next review is due on <paramref name="nextDue"/>.</summary>
    public void MarkReviewed(DateOnly today, DateOnly nextDue)
    {
        if (Status != PolicyStatus.Published)
            throw new DomainRuleException("只有现行有效的文件需要复核", nameof(Status));
        if (ExpiresOn < today)
            throw new DomainRuleException("该文件已过有效期：请登记新版本，或标记为废止或被替代", nameof(ExpiresOn));
        if (nextDue <= today)
            throw new DomainRuleException("下次复核日期应晚于今天", nameof(ReviewDue));
        LastReviewedOn = today;
        ReviewDue = nextDue;
    }

    public void Repeal(string reason, DateTimeOffset now)
    {
        EnsureNotEnded();
        StatusNote = Required(reason, MaxNote, "请说明废止的依据（不超过500字）", "reason");
        End(PolicyStatus.Repealed, now);
    }

    public void Supersede(long? byId, string? note, DateTimeOffset now)
    {
        if (Status != PolicyStatus.Published)
            throw new DomainRuleException("只有现行有效的文件可以标记为被替代", nameof(Status));
        if (byId == Id)
            throw new DomainRuleException("文件不能被自身替代", "supersededById");
        if (byId is null && string.IsNullOrWhiteSpace(note))
            throw new DomainRuleException("请选择替代它的文件，或说明替代情况", "supersededById");
        SupersededById = byId;
        StatusNote = string.IsNullOrWhiteSpace(note) ? null : Required(note, MaxNote, "说明不超过500字", "note");
        End(PolicyStatus.Superseded, now);
    }

    /// <summary>In force but past its review date or its expiry date: the 待复核 flag managers act on (7.1.1).</summary>
    public bool IsOverdue(DateOnly today) => Status == PolicyStatus.Published && (ReviewDue < today || ExpiresOn < today);

    private void End(PolicyStatus status, DateTimeOffset now)
    {
        Status = status;
        EndedAt = now;
    }

    private void EnsureNotEnded()
    {
        if (IsEnded)
            throw new DomainRuleException("该文件已废止或被替代，不能再修改", nameof(Status));
    }

    private void ShowCurrent(PolicyContent c, int number)
    {
        (DocumentNumber, EffectiveFrom, ExpiresOn, Summary, FullText, Link) = (c.DocumentNumber, c.EffectiveFrom, c.ExpiresOn, c.Summary, c.FullText, c.Link);
        CurrentNumber = number;
    }
}
