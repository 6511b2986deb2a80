using System.ComponentModel.DataAnnotations;
using GuidanceDesk.Web.Domain;
using GuidanceDesk.Web.Features.Cases;
using GuidanceDesk.Web.Features.Common;

namespace GuidanceDesk.Web.Features.Training;

/// <summary>A training provider's details as a manager, head or admin enters them.</summary>
public sealed class ProviderRequest : IVersionedRequest
{
    [Required(ErrorMessage = "请填写机构名称"), StringLength(TrainingProvider.MaxName, ErrorMessage = "名称不超过 100 字")]
    public string? Name { get; set; }

    [Required(ErrorMessage = "请填写统一社会信用代码"), CreditCode]
    public string? CreditCode { get; set; }

    [Required(ErrorMessage = "请选择所在区县"), ChongqingDistrict]
    public string? DistrictCode { get; set; }

    [Required(ErrorMessage = "请填写培训地址"), StringLength(200, ErrorMessage = "地址不超过 200 字")]
    public string? Address { get; set; }

    [StringLength(50, ErrorMessage = "联系人不超过 50 字")]
    public string? ContactPerson { get; set; }

    [Required(ErrorMessage = "请填写联系电话"), StringLength(40, ErrorMessage = "电话不超过 40 字"), ChinesePhone]
    public string? Phone { get; set; }

    [StringLength(200), EmailAddress(ErrorMessage = "电子邮箱格式不正确")]
    public string? Email { get; set; }

    [StringLength(1000, ErrorMessage = "培训范围不超过 1000 字")]
    public string? Scope { get; set; }

    public int? Version { get; set; }

    public ProviderDetails ToDetails() => new(Name!, CreditCode!, DistrictCode!, Address!, ContactPerson, Phone!, Email, Scope);
}

/// <summary>A qualification added, or (with <see cref="ReplacesLine"/>) a renewal replacing a current one.</summary>
public sealed class QualificationRequest : IVersionedRequest, IValidatableObject
{
    [Required(ErrorMessage = "请选择资质类别"), EnumDataType(typeof(QualificationKind), ErrorMessage = "请选择资质类别")]
    public QualificationKind? Kind { get; set; }

    [Required(ErrorMessage = "请填写证书编号"), StringLength(60, ErrorMessage = "证书编号不超过 60 字")]
    public string? Number { get; set; }

    [Required(ErrorMessage = "请填写发证机关"), StringLength(100, ErrorMessage = "发证机关不超过 100 字")]
    public string? Issuer { get; set; }

    [Required(ErrorMessage = "请填写有效期起")]
    public DateOnly? ValidFrom { get; set; }

    /// <summary>Empty for a long-term (长期) qualification.</summary>
    public DateOnly? ValidTo { get; set; }

    public int? ReplacesLine { get; set; }

    public int? Version { get; set; }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (ValidFrom is { } from && ValidTo is { } to && to < from)
            yield return new ValidationResult("有效期止不能早于有效期起", [nameof(ValidTo)]);
    }
}

/// <summary>A management or safety check as carried out (date, by whom, result).</summary>
public sealed class CheckRequest : IVersionedRequest, IValidatableObject
{
    [Required(ErrorMessage = "请选择检查类别"), EnumDataType(typeof(ProviderCheckKind), ErrorMessage = "请选择检查类别")]
    public ProviderCheckKind? Kind { get; set; }

    [Required(ErrorMessage = "请填写检查日期")]
    public DateOnly? CheckedOn { get; set; }

    [Required(ErrorMessage = "请填写检查单位或检查人"), StringLength(100, ErrorMessage = "检查单位或检查人不超过 100 字")]
    public string? CheckedBy { get; set; }

    [Required(ErrorMessage = "请选择检查结果")]
    public bool? Passed { get; set; }

    [StringLength(1000, ErrorMessage = "说明不超过 1000 字")]
    public string? Note { get; set; }

    public int? Version { get; set; }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (Passed == false && string.IsNullOrWhiteSpace(Note))
            yield return new ValidationResult("检查未通过时请说明问题", [nameof(Note)]);
    }
}

public sealed class RetireRequest : IVersionedRequest
{
    [Required(ErrorMessage = "请说明停用原因"), StringLength(500, ErrorMessage = "停用原因不超过 500 字")]
    public string? Reason { get; set; }

    public int? Version { get; set; }
}
