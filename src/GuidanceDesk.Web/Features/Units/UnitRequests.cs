using System.ComponentModel.DataAnnotations;
using GuidanceDesk.Web.Domain;
using GuidanceDesk.Web.Features.Common;

namespace GuidanceDesk.Web.Features.Units;

/// <summary>A service unit's particulars and qualification (3.2, 4.1a).</summary>
public sealed class UnitForm : IValidatableObject
{
    [Required(ErrorMessage = "请填写单位名称"), StringLength(100, ErrorMessage = "单位名称不能超过100个字")]
    public string Name { get; set; } = "";

    [Required(ErrorMessage = "请选择所在区县"), ChongqingDistrict]
    public string DistrictCode { get; set; } = "";

    [StringLength(200)]
    public string? Address { get; set; }

    [ChinesePhone]
    public string? Phone { get; set; }

    [StringLength(60)]
    public string? QualificationNumber { get; set; }

    [StringLength(100)]
    public string? QualificationIssuer { get; set; }

    public DateOnly? QualificationValidUntil { get; set; }

    public int? Version { get; set; }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        var any = !string.IsNullOrWhiteSpace(QualificationNumber) || !string.IsNullOrWhiteSpace(QualificationIssuer) || QualificationValidUntil is not null;
        if (!any)
            yield break;
        if (string.IsNullOrWhiteSpace(QualificationNumber))
            yield return new ValidationResult("请填写资质证书编号", [nameof(QualificationNumber)]);
        if (string.IsNullOrWhiteSpace(QualificationIssuer))
            yield return new ValidationResult("请填写发证机关", [nameof(QualificationIssuer)]);
        if (QualificationValidUntil is null)
            yield return new ValidationResult("请填写资质有效期", [nameof(QualificationValidUntil)]);
    }

    public Qualification? ToQualification() => QualificationNumber is { Length: > 0 } n && QualificationValidUntil is { } until
        ? new Qualification(n.Trim(), QualificationIssuer!.Trim(), until) : null;
}

/// <summary>One management document (4.1b).</summary>
public sealed class DocumentForm
{
    public DocumentKind Kind { get; set; }

    [Required(ErrorMessage = "请填写文件名称"), StringLength(200)]
    public string Title { get; set; } = "";

    [Required(ErrorMessage = "请填写版本号"), StringLength(20)]
    public string Version { get; set; } = "1.0";

    [Required(ErrorMessage = "请填写生效日期")]
    public DateOnly? EffectiveOn { get; set; }
}

public sealed record UnitView(long Id, string Name, string DistrictCode, string? District, string? Address, string? Phone,
    Qualification? Qualification, IReadOnlyList<ManagementDocument> Documents, IReadOnlyList<UnitWarningView> Warnings, int Version);

public sealed record UnitWarningView(UnitWarningKind Kind, DocumentKind? DocumentKind, string Message);
