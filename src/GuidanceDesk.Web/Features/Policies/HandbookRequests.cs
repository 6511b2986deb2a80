using System.ComponentModel.DataAnnotations;
using GuidanceDesk.Web.Domain;
using GuidanceDesk.Web.Features.Cases;

namespace GuidanceDesk.Web.Features.PolicyLibrary;

public sealed class HandbookRequest : IVersionedRequest
{
    [Required(ErrorMessage = "请填写读本名称"), StringLength(Handbook.MaxTitle, ErrorMessage = "读本名称不超过100字")]
    public string? Title { get; set; }

    [Required(ErrorMessage = "请填写适用对象"), StringLength(Handbook.MaxAudience, ErrorMessage = "适用对象不超过100字")]
    public string? Audience { get; set; }

    [StringLength(Handbook.MaxIntro, ErrorMessage = "前言不超过1000字")]
    public string? Intro { get; set; }

    public int? Version { get; set; }

    public HandbookDetails ToDetails() => new(Title!, Audience!, Intro);
}

/// <summary>A section: heading, plain-language body, and the library documents it explains.</summary>
public sealed class SectionRequest : IVersionedRequest
{
    [Required(ErrorMessage = "请填写小标题"), StringLength(Handbook.MaxHeading, ErrorMessage = "小标题不超过100字")]
    public string? Heading { get; set; }

    [Required(ErrorMessage = "请填写正文"), StringLength(Handbook.MaxBody, ErrorMessage = "正文不超过4000字")]
    public string? Body { get; set; }

    [MaxLength(Handbook.MaxLinks, ErrorMessage = "每节最多关联 10 份文件")]
    public List<long> DocumentIds { get; set; } = [];

    public int? Version { get; set; }
}

/// <summary>The new order of the sections, by their numbers: every section once.</summary>
public sealed class SectionOrderRequest : IVersionedRequest
{
    [Required(ErrorMessage = "请给出各节的顺序")]
    public List<int>? Lines { get; set; }

    public int? Version { get; set; }
}

public sealed record HandbookListItem(long Id, string Title, string Audience, int SectionCount, bool IsPublished, DateTimeOffset? PublishedAt,
    bool HasUnpublishedChanges, int Version);

public sealed record SectionView(int Line, string Heading, string Body, IReadOnlyList<long> DocumentIds);

/// <summary>A handbook as its editors see it: the working copy, and where its publication stands.</summary>
public sealed record HandbookView(long Id, string Title, string Audience, string? Intro, IReadOnlyList<SectionView> Sections, bool IsPublished,
    DateTimeOffset? PublishedAt, string? PublishedByName, bool HasUnpublishedChanges, int Version);

/// <summary>A linked library document as a reader sees it.</summary>
public sealed record PublicLink(long Id, string Title, string? DocumentNumber);

public sealed record PublicSection(int Number, string Heading, string Body, IReadOnlyList<PublicLink> Documents);

/// <summary>A published handbook as the public reads it: the copy of the last publish and its date.</summary>
public sealed record PublicHandbookView(long Id, string Title, string Audience, string? Intro, DateTimeOffset LastUpdated,
    IReadOnlyList<PublicSection> Sections);

/// <summary>What the section form shows: under which names, with which values, and the documents it may link.</summary>
public sealed record SectionFields(string Id, string? Heading, string? Body, IReadOnlyList<long> Ids, IReadOnlyList<PolicyChoice> Choices,
    string? Prefix = null)
{
    /// <summary>The form field prefix ("Section", "Edit"); <see cref="Id"/> keeps the element ids unique on the page.</summary>
    public string Name => Prefix ?? Id;
}
