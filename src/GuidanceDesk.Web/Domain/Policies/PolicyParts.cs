namespace GuidanceDesk.Web.Domain;

/// <summary>What a document of the library is (4.3b–c): the law and policy it stands on, or the agency's own rules.</summary>
public enum PolicyKind
{
    Law = 1,                // 法律
    Regulation = 2,         // 行政法规、部门规章
    EmploymentPolicy = 3,   // 就业政策文件
    IndustryDocument = 4,   // 行业文件、标准
    InternalProcess = 5,    // 内部工作流程、制度（4.3c）
    PostResponsibility = 6, // 岗位职责（4.3c）
}

/// <summary>Where a document stands: being prepared, in force, replaced by another, or repealed.</summary>
public enum PolicyStatus
{
    Draft = 1,      // 草稿
    Published = 2,  // 已发布（现行有效）
    Superseded = 3, // 已被替代
    Repealed = 4,   // 已废止
}

public static class PolicyKinds
{
    /// <summary>The agency's own processes and post responsibilities are for its staff, never for the public pages.</summary>
    public static bool IsInternal(this PolicyKind kind) => kind is PolicyKind.InternalProcess or PolicyKind.PostResponsibility;

    public static readonly PolicyKind[] Public = [PolicyKind.Law, PolicyKind.Regulation, PolicyKind.EmploymentPolicy, PolicyKind.IndustryDocument];
}

/// <summary>How a document is catalogued: kind, title, issuer and tags (special groups, subsidies…).</summary>
public sealed record PolicyCatalog(PolicyKind Kind, string Title, string Issuer, IReadOnlyList<string> Tags);

/// <summary>
/// What a version of a document says: its number (文号), when it is in force, the summary in plain language that
/// counselors and the public read first (7.1.1), and the full text or a link to the official text.
/// </summary>
public sealed record PolicyContent(string? DocumentNumber, DateOnly? EffectiveFrom, DateOnly? ExpiresOn, string Summary, string? FullText,
    string? Link);

/// <summary>
/// One version of a document as it was recorded: the content, why it changed, who recorded it and when. A version is
/// never changed once a later one exists; earlier versions stay readable with their attachments.
/// </summary>
public sealed class PolicyDocumentVersion
{
    private PolicyDocumentVersion() { }

    internal PolicyDocumentVersion(int number, PolicyContent content, string changeNote, Actor by, DateTimeOffset now)
    {
        Number = number;
        ChangeNote = changeNote;
        ChangedByUserId = by.UserId;
        ChangedByName = by.Name;
        ChangedAt = now;
        Apply(content);
    }

    public long Id { get; private set; }
    public int Number { get; private set; }
    public string? DocumentNumber { get; private set; }
    public DateOnly? EffectiveFrom { get; private set; }
    public DateOnly? ExpiresOn { get; private set; }
    public string Summary { get; private set; } = "";
    public string? FullText { get; private set; }
    public string? Link { get; private set; }
    public string ChangeNote { get; private set; } = "";
    public string ChangedByUserId { get; private set; } = "";
    public string ChangedByName { get; private set; } = "";
    public DateTimeOffset ChangedAt { get; private set; }

    public PolicyContent Content => new(DocumentNumber, EffectiveFrom, ExpiresOn, Summary, FullText, Link);

    /// <summary>A draft's only version is corrected in place: nothing of it has been published yet.</summary>
    internal void Apply(PolicyContent c)
    {
        DocumentNumber = c.DocumentNumber;
        EffectiveFrom = c.EffectiveFrom;
        ExpiresOn = c.ExpiresOn;
        Summary = c.Summary;
        FullText = c.FullText;
        Link = c.Link;
    }
}

/// <summary>A file attached to one version of a document (the official text as PDF, a table, a leaflet).</summary>
public sealed class PolicyAttachment
{
    private PolicyAttachment() { }

    internal PolicyAttachment(int versionNumber, StoredFile file, string userId, DateTimeOffset now)
    {
        VersionNumber = versionNumber;
        File = file;
        AddedByUserId = userId;
        AddedAt = now;
    }

    public long Id { get; private set; }
    public int VersionNumber { get; private set; }
    public long StoredFileId { get; private set; }
    public StoredFile File { get; private set; } = null!;
    public string AddedByUserId { get; private set; } = "";
    public DateTimeOffset AddedAt { get; private set; }
}
