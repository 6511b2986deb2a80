using GuidanceDesk.Web.Domain;

namespace GuidanceDesk.Web.Features.PolicyLibrary;

public sealed record PolicyListItem(long Id, PolicyKind Kind, string Title, string Issuer, string? DocumentNumber, DateOnly? EffectiveFrom,
    DateOnly? ExpiresOn, PolicyStatus Status, DateOnly ReviewDue, bool IsOverdue, bool IsExpired, IReadOnlyList<string> Tags, long? ServiceUnitId,
    int CurrentNumber, DateTimeOffset UpdatedAt, int Version);

public sealed record AttachmentView(long Id, int VersionNumber, string FileName, FileType Type, long Length, string Sha256, DateTimeOffset AddedAt);

public sealed record VersionSummary(int Number, string? DocumentNumber, DateOnly? EffectiveFrom, string ChangeNote, string ChangedByName,
    DateTimeOffset ChangedAt);

public sealed record PolicyDocumentView(long Id, PolicyKind Kind, string Title, string Issuer, IReadOnlyList<string> Tags, long? ServiceUnitId,
    string? UnitName, PolicyStatus Status, string? DocumentNumber, DateOnly? EffectiveFrom, DateOnly? ExpiresOn, string Summary, string? FullText,
    string? Link, int CurrentNumber, DateOnly ReviewDue, DateOnly? LastReviewedOn, bool IsOverdue, bool IsExpired, DateTimeOffset? PublishedAt,
    DateTimeOffset UpdatedAt, string? StatusNote, long? SupersededById, string? SupersededByTitle, DateTimeOffset? EndedAt,
    IReadOnlyList<VersionSummary> Versions, IReadOnlyList<AttachmentView> Attachments, int Version)
{
    public bool IsEnded => Status is PolicyStatus.Superseded or PolicyStatus.Repealed;

    /// <summary>On the public pages: published, of a public kind, not past its expiry date.</summary>
    public bool IsPublic => Status == PolicyStatus.Published && !Kind.IsInternal() && !IsExpired;
}

/// <summary>One version as it was recorded, with its own attachments.</summary>
public sealed record PolicyVersionView(long DocumentId, string Title, PolicyKind Kind, int Number, bool IsCurrent, string? DocumentNumber,
    DateOnly? EffectiveFrom, DateOnly? ExpiresOn, string Summary, string? FullText, string? Link, string ChangeNote, string ChangedByName,
    DateTimeOffset ChangedAt, IReadOnlyList<AttachmentView> Attachments);

/// <summary>A document as the public lists it: the plain-language summary first.</summary>
public sealed record PublicPolicyItem(long Id, PolicyKind Kind, string Title, string Issuer, string? DocumentNumber, DateOnly? EffectiveFrom,
    string Summary, IReadOnlyList<string> Tags, DateTimeOffset UpdatedAt);

public sealed record PublicPolicyView(long Id, PolicyKind Kind, string Title, string Issuer, string? DocumentNumber, DateOnly? EffectiveFrom,
    DateOnly? ExpiresOn, string Summary, string? FullText, string? Link, IReadOnlyList<string> Tags, DateTimeOffset UpdatedAt,
    IReadOnlyList<AttachmentView> Attachments);

/// <summary>A document offered in a picker (consultation, handbook links).</summary>
public sealed record PolicyChoice(long Id, PolicyKind Kind, string Title, string? DocumentNumber);

/// <summary>What a policy consultation recorded: the guidance record on the case and the documents it names.</summary>
public sealed record ConsultationView(long CaseId, long GuidanceRecordId, string Content, IReadOnlyList<PolicyChoice> Documents);
