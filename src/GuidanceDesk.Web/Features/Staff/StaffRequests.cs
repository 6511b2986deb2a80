using System.ComponentModel.DataAnnotations;
using GuidanceDesk.Web.Domain;
using GuidanceDesk.Web.Features.Common;

namespace GuidanceDesk.Web.Features.Staff;

/// <summary>A staff profile (4.6.1, 7.1.3).</summary>
public sealed class StaffForm : IValidatableObject
{
    [Required(ErrorMessage = "请填写姓名"), StringLength(50)]
    public string Name { get; set; } = "";

    public StaffPosition Position { get; set; } = StaffPosition.Counselor;

    public Education Education { get; set; }

    [Range(0, 60, ErrorMessage = "年限应在0至60之间")]
    public int YearsOfGuidance { get; set; }

    [Range(0, 60, ErrorMessage = "年限应在0至60之间")]
    public int YearsOfConsulting { get; set; }

    [Range(0, 60, ErrorMessage = "年限应在0至60之间")]
    public int YearsOfIndustry { get; set; }

    public bool IsSpecialTalent { get; set; }

    [StringLength(500)]
    public string? SpecialTalentNote { get; set; }

    [ItemsLength(12, ErrorMessage = "区县代码不正确")]
    public List<string> DistrictExpertise { get; set; } = [];

    [ItemsLength(10, ErrorMessage = "行业代码不正确")]
    public List<string> IndustryExpertise { get; set; } = [];

    /// <summary>City-level users choose the unit when adding; ignored on update.</summary>
    public long? ServiceUnitId { get; set; }

    public int? Version { get; set; }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (IsSpecialTalent && string.IsNullOrWhiteSpace(SpecialTalentNote))
            yield return new ValidationResult("认定为特殊人才时须写明理由", [nameof(SpecialTalentNote)]);
        if (IndustryExpertise.Any(i => !Industries.IsKnown(i)))
            yield return new ValidationResult("行业门类不正确", [nameof(IndustryExpertise)]);
    }

    public StaffProfile ToProfile() => new(Name.Trim(), Position, Education, YearsOfGuidance, YearsOfConsulting, YearsOfIndustry,
        IsSpecialTalent, SpecialTalentNote?.Trim(), DistrictExpertise, IndustryExpertise);
}

public sealed class CertificateForm
{
    public CertificateKind Kind { get; set; } = CertificateKind.VocationalGuidanceWorker;

    [Range(1, 5, ErrorMessage = "证书等级应为一级至五级")]
    public int Level { get; set; } = 4;

    [Required(ErrorMessage = "请填写证书编号"), StringLength(60)]
    public string Number { get; set; } = "";

    [Required(ErrorMessage = "请填写发证机构"), StringLength(100)]
    public string Issuer { get; set; } = "";

    public DateOnly? ExpiresOn { get; set; }
}

public sealed class TrainingForm
{
    [Required(ErrorMessage = "请填写培训日期")]
    public DateOnly? Date { get; set; }

    [Required(ErrorMessage = "请填写培训名称"), StringLength(200)]
    public string Title { get; set; } = "";

    [Range(0.5, 200, ErrorMessage = "学时应在0.5至200之间")]
    public decimal Hours { get; set; }

    [StringLength(100)]
    public string? Provider { get; set; }
}

public sealed record StaffView(long Id, long ServiceUnitId, string ServiceUnitName, string Name, StaffPosition Position, Education Education,
    int YearsOfGuidance, int YearsOfConsulting, int YearsOfIndustry, bool IsSpecialTalent, string? SpecialTalentNote,
    IReadOnlyList<string> DistrictExpertise, IReadOnlyList<string> IndustryExpertise, IReadOnlyList<Certificate> Certificates,
    IReadOnlyList<TrainingRecord> Trainings, QualificationView Qualification, bool IsActive, bool HasAccount, int Version);

public sealed record QualificationView(bool MeetsClause461, IReadOnlyList<string> Gaps, decimal TrainingHoursThisYear,
    decimal TrainingMinimum, bool MeetsTrainingMinimum);

/// <param name="Gaps">Why 4.6.1 is not met (empty when it is): the list page shows them beside the ✗.</param>
public sealed record StaffListItem(long Id, long ServiceUnitId, string Name, StaffPosition Position, Education Education,
    bool MeetsClause461, decimal TrainingHoursThisYear, bool MeetsTrainingMinimum, bool IsActive, IReadOnlyList<string> Gaps);
