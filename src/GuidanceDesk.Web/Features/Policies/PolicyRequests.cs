using System.ComponentModel.DataAnnotations;
using GuidanceDesk.Web.Domain;
using GuidanceDesk.Web.Features.Cases;
using GuidanceDesk.Web.Features.Common;

namespace GuidanceDesk.Web.Features.PolicyLibrary;

/// <summary>How a document is catalogued: kind, title, issuer, tags, whose it is, when it is next reviewed.</summary>
public class PolicyCatalogRequest : IVersionedRequest
{
    [Required(ErrorMessage = "请选择文件类别"), EnumDataType(typeof(PolicyKind), ErrorMessage = "请选择文件类别")]
    public PolicyKind? Kind { get; set; }

    [Required(ErrorMessage = "请填写文件名称"), StringLength(PolicyDocument.MaxTitle, ErrorMessage = "文件名称不超过200字")]
    public string? Title { get; set; }

    [Required(ErrorMessage = "请填写发布机关"), StringLength(PolicyDocument.MaxIssuer, ErrorMessage = "发布机关不超过100字")]
    public string? Issuer { get; set; }

    /// <summary>Tags such as 高校毕业生、补贴; one text with separators is split too (the page's single field).</summary>
    [ItemsLength(PolicyDocument.MaxTags * (PolicyDocument.MaxTag + 1), ErrorMessage = "标签不超过10个、每个不超过20字")]
    public List<string> Tags { get; set; } = [];

    /// <summary>The unit whose own document it is; empty = agency-wide.</summary>
    public long? ServiceUnitId { get; set; }

    /// <summary>When it must be reviewed; empty = the review interval after it takes effect (or after today).</summary>
    public DateOnly? ReviewDue { get; set; }

    public int? Version { get; set; }

    public PolicyCatalog ToCatalog() => new(Kind!.Value, Title!, Issuer!, Tags);
}

/// <summary>What a version says.</summary>
public class PolicyContentRequest : IVersionedRequest, IValidatableObject
{
    [StringLength(PolicyDocument.MaxNumber, ErrorMessage = "文号不超过100字")]
    public string? DocumentNumber { get; set; }

    public DateOnly? EffectiveFrom { get; set; }

    public DateOnly? ExpiresOn { get; set; }

    [Required(ErrorMessage = "请用通俗易懂的语言填写内容摘要"), StringLength(PolicyDocument.MaxSummary, ErrorMessage = "内容摘要不超过4000字")]
    public string? Summary { get; set; }

    [StringLength(PolicyDocument.MaxFullText, ErrorMessage = "全文不超过50000字")]
    public string? FullText { get; set; }

    [StringLength(PolicyDocument.MaxLink, ErrorMessage = "链接不超过500字"), Url(ErrorMessage = "链接应为 http:// 或 https:// 开头的网址")]
    public string? Link { get; set; }

    public int? Version { get; set; }

    public PolicyContent ToContent() => new(DocumentNumber, EffectiveFrom, ExpiresOn, Summary!, FullText, Link);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (EffectiveFrom is { } from && ExpiresOn is { } to && to < from)
            yield return new ValidationResult("失效日期不能早于生效日期", [nameof(ExpiresOn)]);
    }
}

/// <summary>A new document: its catalogue entry and its first version.</summary>
public sealed class PolicyDocumentRequest : PolicyCatalogRequest
{
    [Required(ErrorMessage = "请填写文件内容")]
    public PolicyContentRequest? Content { get; set; } = new();
}

/// <summary>A new version: what it says now and why it changed.</summary>
public sealed class PolicyVersionRequest : PolicyContentRequest
{
    [Required(ErrorMessage = "请说明本次修订的内容"), StringLength(PolicyDocument.MaxNote, ErrorMessage = "修订说明不超过500字")]
    public string? ChangeNote { get; set; }

    /// <summary>When it is next reviewed; empty = the review interval after it takes effect (or after today).</summary>
    public DateOnly? ReviewDue { get; set; }
}

/// <summary>A review: still current; the next review date (empty = the review interval from today).</summary>
public sealed class PolicyReviewRequest : IVersionedRequest
{
    public DateOnly? NextReviewDue { get; set; }

    public int? Version { get; set; }
}

/// <summary>Repealing (废止) or marking superseded (被替代): why, and by which document.</summary>
public sealed class PolicyEndRequest : IVersionedRequest
{
    [StringLength(PolicyDocument.MaxNote, ErrorMessage = "说明不超过500字")]
    public string? Reason { get; set; }

    public long? SupersededById { get; set; }

    public int? Version { get; set; }
}

/// <summary>Recording a policy consultation (5.1a) on a case: the documents explained, how, and what was advised.</summary>
public sealed class ConsultationRequest
{
    [MinLength(1, ErrorMessage = "请至少选择一份讲解的文件"), MaxLength(10, ErrorMessage = "一次最多记录10份文件")]
    public List<long> DocumentIds { get; set; } = [];

    [StringLength(2000, ErrorMessage = "说明不超过2000字")]
    public string? Note { get; set; }

    [EnumDataType(typeof(Channel), ErrorMessage = "请选择服务方式")]
    public Channel Channel { get; set; } = Channel.Offline;

    [Range(1, GuidanceRecord.MaxMinutes, ErrorMessage = "时长应在1至480分钟之间")]
    public int DurationMinutes { get; set; } = 20;
}

/// <summary>What the library lists filter on.</summary>
public sealed record PolicyFilter(PolicyKind? Kind = null, PolicyStatus? Status = null, bool Overdue = false, string? Q = null, string? Tag = null,
    int Page = 1, int PageSize = 50);
