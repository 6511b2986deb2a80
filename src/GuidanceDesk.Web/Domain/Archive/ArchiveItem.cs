namespace GuidanceDesk.Web.Domain;

/// <summary>
/// One item of a case's archive (7.2.2): a generated form or an uploaded file of one of the seven kinds, with every
/// version it has had (a version is never overwritten or removed), how long it is kept (7.2.1) and, at the end, its
/// disposal record. The custodian keeps it; guidance staff of the case read it.
/// </summary>
public sealed class ArchiveItem : IVersioned
{
    public const int MaxTitleLength = 200;
    private readonly List<ArchiveItemVersion> _versions = [];

    private ArchiveItem() { }

    public ArchiveItem(long serviceUnitId, long workerId, long? caseId, ArchiveKind kind, string title, ArchiveOrigin origin,
        ArchiveSource? source, StoredFile file, string userId, string? note, DateTimeOffset now)
    {
        ServiceUnitId = serviceUnitId;
        WorkerId = workerId;
        CaseId = caseId;
        Kind = kind;
        Title = title.Trim().Length is > 0 and <= MaxTitleLength ? title.Trim() : throw new DomainRuleException("标题必填，不超过200字", "title");
        Origin = origin;
        SourceType = source?.Type;
        SourceId = source?.Id;
        CreatedAt = now;
        AddVersion(file, userId, note, now);
    }

    public long Id { get; private set; }
    public long ServiceUnitId { get; private set; }
    public long WorkerId { get; private set; }
    public long? CaseId { get; private set; }
    public ArchiveKind Kind { get; private set; }
    public string Title { get; private set; } = "";
    public ArchiveOrigin Origin { get; private set; }

    /// <summary>What the item was generated from, e.g. ("GuidanceRecord", 42); null for uploads.</summary>
    public string? SourceType { get; private set; }
    public long? SourceId { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    /// <summary>Kept at least until this date (7.2.1); set from the retention rule of the kind when the case closes.</summary>
    public DateOnly? RetainUntil { get; private set; }

    public DateTimeOffset? DisposedAt { get; private set; }
    public string? DisposedByUserId { get; private set; }
    public string? DisposalReason { get; private set; }
    public int Version { get; private set; }

    public void BumpVersion() => Version++;

    public IReadOnlyList<ArchiveItemVersion> Versions => _versions;

    public ArchiveItemVersion Current => _versions[^1];

    public bool IsDisposed => DisposedAt is not null;

    /// <summary>A new version (a corrected form, a better scan); earlier versions stay readable.</summary>
    public ArchiveItemVersion AddVersion(StoredFile file, string userId, string? note, DateTimeOffset now)
    {
        if (IsDisposed)
            throw new DomainRuleException("该档案已销毁，不能再添加版本");
        var version = new ArchiveItemVersion(_versions.Count + 1, file, userId, note?.Trim(), now);
        _versions.Add(version);
        return version;
    }

    public void SetRetention(DateOnly until) => RetainUntil = until;

    /// <summary>Disposal (7.2.1): only after the retention date, with a reason; the record stays, the bytes go.</summary>
    public void Dispose(string userId, string reason, DateOnly today, DateTimeOffset now)
    {
        if (IsDisposed)
            throw new DomainRuleException("该档案已销毁");
        if (RetainUntil is null)
            throw new DomainRuleException("尚未确定保管期限的档案不能销毁", "retainUntil");
        if (RetainUntil >= today)
            throw new DomainRuleException($"保管期限至 {RetainUntil:yyyy-MM-dd}，期满后才能销毁", "retainUntil");
        if (string.IsNullOrWhiteSpace(reason))
            throw new DomainRuleException("请填写销毁原因（依据）", "reason");
        DisposedAt = now;
        DisposedByUserId = userId;
        DisposalReason = reason.Trim();
    }
}

/// <summary>One version of an archive item: the stored file, who added it and when.</summary>
public sealed class ArchiveItemVersion
{
    private ArchiveItemVersion() { }

    internal ArchiveItemVersion(int number, StoredFile file, string userId, string? note, DateTimeOffset now)
    {
        Number = number;
        File = file;
        AddedByUserId = userId;
        Note = note;
        AddedAt = now;
    }

    public long Id { get; private set; }
    public int Number { get; private set; }
    public long StoredFileId { get; private set; }
    public StoredFile File { get; private set; } = null!;
    public string AddedByUserId { get; private set; } = "";
    public string? Note { get; private set; }
    public DateTimeOffset AddedAt { get; private set; }
}

public sealed record ArchiveSource(string Type, long Id);

/// <summary>The seven kinds of 7.2.2, lettered as the standard letters them.</summary>
public enum ArchiveKind
{
    /// <summary>a) 预约登记表</summary>
    AppointmentForm = 1,
    /// <summary>b) 劳动者提交的个人资料</summary>
    PersonalMaterial = 2,
    /// <summary>c) 指导过程记录表</summary>
    ProcessRecord = 3,
    /// <summary>d) 团体指导录音录像</summary>
    GroupRecording = 4,
    /// <summary>e) 测评及能力评价报告</summary>
    AssessmentReport = 5,
    /// <summary>f) 个案转介表</summary>
    ReferralForm = 6,
    /// <summary>g) 满意度反馈表</summary>
    SatisfactionForm = 7,
}

public enum ArchiveOrigin { Generated = 1, Uploaded = 2 }
