using System.ComponentModel.DataAnnotations;
using GuidanceDesk.Web.Domain;
using GuidanceDesk.Web.Features.Common;

namespace GuidanceDesk.Web.Features.Workers;

/// <summary>
/// The worker form (R-4.4, 6.1.1 basic situation): used by the registration page, the edit page and the API.
/// Date of birth and gender are not asked: they come from the ID number.
/// </summary>
public sealed class WorkerForm : IValidatableObject
{
    [Required(ErrorMessage = "请填写姓名"), StringLength(50, ErrorMessage = "姓名不能超过50个字")]
    public string Name { get; set; } = "";

    [Required(ErrorMessage = "请填写身份证号码"), ResidentId]
    public string IdNumber { get; set; } = "";

    [ChinesePhone]
    public string? Phone { get; set; }

    public HouseholdType HouseholdType { get; set; }

    [StringLength(12)]
    public string? HouseholdPlaceCode { get; set; }

    [Required(ErrorMessage = "请选择居住区县"), ChongqingDistrict]
    public string ResidenceDistrictCode { get; set; } = "";

    [StringLength(12)]
    public string? ResidenceTownshipCode { get; set; }

    [StringLength(200, ErrorMessage = "地址不能超过200个字")]
    public string? ResidenceAddress { get; set; }

    public Education Education { get; set; }

    public EmploymentStatus EmploymentStatus { get; set; }

    public List<SpecialGroups> SpecialGroups { get; set; } = [];

    [Range(1950, 2100, ErrorMessage = "毕业年份不正确")]
    public int? GraduationYear { get; set; }

    public AssistanceCategory? AssistanceCategory { get; set; }

    public List<WorkExperienceForm> WorkExperiences { get; set; } = [];

    public List<JobIntentionForm> JobIntentions { get; set; } = [];

    public long? CounselorId { get; set; }

    /// <summary>The version the user edited (also accepted as If-Match); not used when registering.</summary>
    public int? Version { get; set; }

    public SpecialGroups Groups => SpecialGroups.Aggregate(Domain.SpecialGroups.None, (a, g) => a | g);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (Groups.HasFlag(Domain.SpecialGroups.CollegeGraduate) && GraduationYear is null)
            yield return new ValidationResult("高校毕业生须填写毕业年份", [nameof(GraduationYear)]);
        if (Groups.HasFlag(Domain.SpecialGroups.EmploymentAssistanceTarget) && AssistanceCategory is null)
            yield return new ValidationResult("就业援助对象须选择援助类别", [nameof(AssistanceCategory)]);
        for (var i = 0; i < WorkExperiences.Count; i++)
        {
            var e = WorkExperiences[i];
            if (e.To is { } to && to < e.From)
                yield return new ValidationResult("结束日期不能早于开始日期", [$"{nameof(WorkExperiences)}[{i}].{nameof(e.To)}"]);
        }
    }

    public WorkerDetails ToDetails() => new(Name.Trim(), HouseholdType, Blank(HouseholdPlaceCode), ResidenceDistrictCode,
        Blank(ResidenceTownshipCode), Blank(ResidenceAddress), Education, EmploymentStatus, Groups, GraduationYear, AssistanceCategory,
        [.. WorkExperiences.Select(e => new WorkExperience(e.Employer.Trim(), Blank(e.OccupationCode), Blank(e.Position), e.From, e.To))],
        [.. JobIntentions.Where(j => !j.IsEmpty).Select(j => new JobIntention(Blank(j.OccupationCode), Blank(j.DistrictCode), j.MinMonthlyPay, Blank(j.Note), Blank(j.Industry)))]);

    private static string? Blank(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
}

public sealed class WorkExperienceForm
{
    [Required(ErrorMessage = "请填写工作单位"), StringLength(100)]
    public string Employer { get; set; } = "";

    [OccupationCode]
    public string? OccupationCode { get; set; }

    [StringLength(50)]
    public string? Position { get; set; }

    public DateOnly From { get; set; }

    public DateOnly? To { get; set; }
}

public sealed class JobIntentionForm
{
    [OccupationCode]
    public string? OccupationCode { get; set; }

    [ChongqingDistrict]
    public string? DistrictCode { get; set; }

    [Range(0, 1_000_000, ErrorMessage = "期望月薪不正确")]
    public int? MinMonthlyPay { get; set; }

    [StringLength(200)]
    public string? Note { get; set; }

    /// <summary>GB/T 4754 section letter of the industry wanted (7.1.3).</summary>
    [RegularExpression("^[A-T]$", ErrorMessage = "行业门类不正确")]
    public string? Industry { get; set; }

    public bool IsEmpty => OccupationCode is null && DistrictCode is null && MinMonthlyPay is null && string.IsNullOrWhiteSpace(Note)
        && Industry is null;
}

/// <summary>The service agreement (7.2.1) signed at registration: when, through which channel, what may be archived.</summary>
public sealed class ServiceAgreementForm
{
    [Required(ErrorMessage = "请填写服务协议签订日期")]
    public DateOnly? GivenOn { get; set; }

    public Channel Channel { get; set; } = Channel.Offline;

    public List<ArchiveScope> Scope { get; set; } = [ArchiveScope.Text];

    [StringLength(500)]
    public string? Note { get; set; }

    public ArchiveScope Scopes => Scope.Aggregate(ArchiveScope.None, (a, s) => a | s);
}

/// <summary>Registering a worker (API): the form plus the service agreement, which must be recorded.</summary>
public sealed class RegisterWorkerRequest
{
    [Required]
    public WorkerForm Worker { get; set; } = new();

    [Required(ErrorMessage = "请记录服务协议（知情同意）")]
    public ServiceAgreementForm? ServiceAgreement { get; set; }

    /// <summary>City-level staff choose the unit; everyone else registers into their own.</summary>
    public long? ServiceUnitId { get; set; }
}

public sealed record RevealRequest([property: Required(ErrorMessage = "请说明查看完整信息的理由"), StringLength(200)] string Reason);

public sealed record WorkerSearch(
    [property: StringLength(40, ErrorMessage = "身份证号码不超过18位")] string? IdNumber = null,
    [property: StringLength(40, ErrorMessage = "电话号码格式不正确")] string? Phone = null,
    [property: StringLength(50, ErrorMessage = "姓名不超过50个字")] string? Name = null,
    [property: StringLength(12, ErrorMessage = "区县代码不正确")] string? District = null,
    SpecialGroups? Group = null, long? CounselorId = null, long? UnitId = null,
    int Page = 1, int PageSize = 20, [property: StringLength(20, ErrorMessage = "排序方式不正确")] string? Sort = null);
