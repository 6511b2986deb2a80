using System.ComponentModel.DataAnnotations;
using GuidanceDesk.Web.Domain;
using GuidanceDesk.Web.Features.Common;
using GuidanceDesk.Web.Infrastructure.ReferenceData;

namespace GuidanceDesk.Web.Features.Vacancies;

/// <summary>The vacancy form: staff pages, the employer portal and the API.</summary>
public sealed class VacancyForm : IValidatableObject
{
    /// <summary>Staff choose the employer; in the portal it is the signed-in employer.</summary>
    public long? EmployerId { get; set; }

    [Required(ErrorMessage = "请填写岗位名称"), StringLength(100, ErrorMessage = "岗位名称不能超过100个字")]
    public string Title { get; set; } = "";

    [OccupationCode]
    public string? OccupationCode { get; set; }

    [StringLength(200, ErrorMessage = "不能超过200个字")]
    public string? OccupationNote { get; set; }

    [Range(1, 9999, ErrorMessage = "招聘人数应在1到9999之间")]
    public int Posts { get; set; } = 1;

    [Required(ErrorMessage = "请选择工作区县"), ChongqingDistrict]
    public string DistrictCode { get; set; } = "";

    [StringLength(12, ErrorMessage = "乡镇街道代码不正确")]
    public string? TownshipCode { get; set; }

    [Range(1, 1_000_000, ErrorMessage = "请填写月薪下限（元）")]
    public int PayMin { get; set; }

    [Range(1, 1_000_000, ErrorMessage = "请填写月薪上限（元）")]
    public int PayMax { get; set; }

    public Education MinEducation { get; set; }

    [Range(0, 40, ErrorMessage = "工作经验要求应在0到40年之间")]
    public int MinExperienceYears { get; set; }

    [Range(0, 100, ErrorMessage = "年龄不正确")]
    public int? AgeMin { get; set; }

    [Range(0, 100, ErrorMessage = "年龄不正确")]
    public int? AgeMax { get; set; }

    /// <summary>Skills, separated by commas, 、 or line breaks.</summary>
    [StringLength(500, ErrorMessage = "不能超过500个字")]
    public string? Skills { get; set; }

    [StringLength(200, ErrorMessage = "不能超过200个字")]
    public string? WorkingHours { get; set; }

    public ContractType ContractType { get; set; } = ContractType.FixedTerm;

    [StringLength(1000, ErrorMessage = "不能超过1000个字")]
    public string? Benefits { get; set; }

    [StringLength(4000, ErrorMessage = "不能超过4000个字")]
    public string? Description { get; set; }

    [Required(ErrorMessage = "请填写开始日期")]
    public DateOnly? OpensOn { get; set; }

    [Required(ErrorMessage = "请填写截止日期")]
    public DateOnly? ClosesOn { get; set; }

    public int? Version { get; set; }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (string.IsNullOrWhiteSpace(OccupationCode) && string.IsNullOrWhiteSpace(OccupationNote))
            yield return new ValidationResult("请选择职业；列表中没有时请在“其他职业说明”中写明", [nameof(OccupationCode)]);
        if (OccupationCode is { Length: > 0 } code && validationContext.GetService<OccupationCatalog>()?.Find(code) is { Level: not OccupationLevel.Occupation })
            yield return new ValidationResult("请选择具体职业（细类），而不是大类、中类或小类", [nameof(OccupationCode)]);
        if (PayMax > 0 && PayMin > PayMax)
            yield return new ValidationResult("月薪上限不能低于下限", [nameof(PayMax)]);
        if (OpensOn is { } from && ClosesOn is { } to && to < from)
            yield return new ValidationResult("截止日期不能早于开始日期", [nameof(ClosesOn)]);
        if (TownshipCode is { Length: > 0 } t && validationContext.GetService<DivisionCatalog>() is { } divisions
            && divisions.Townships(DistrictCode).All(x => x.Code != t))
            yield return new ValidationResult("乡镇（街道）不在所选区县", [nameof(TownshipCode)]);
        if (OpensOn is null || ClosesOn is null)
            yield break;
        // The same fair-hiring check the entity applies, here so that every problem shows at once, next to its field.
        foreach (var p in FairHiring.Check(ToDetails()))
            yield return new ValidationResult(p.Message, [p.Field]);
    }

    public VacancyDetails ToDetails() => new(Title.Trim(), Blank(OccupationCode), Blank(OccupationNote), Posts, DistrictCode,
        Blank(TownshipCode), PayMin, PayMax, MinEducation, MinExperienceYears, AgeMin, AgeMax, SplitSkills(Skills),
        Blank(WorkingHours), ContractType, Blank(Benefits), Blank(Description), OpensOn ?? default, ClosesOn ?? default);

    public static IReadOnlyList<string> SplitSkills(string? text) =>
        string.IsNullOrWhiteSpace(text) ? [] : [.. text.Split([',', '，', '、', ';', '；', '\n'], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)];

    private static string? Blank(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
}

public sealed record VacancySearch(string? Q = null, string? Occupation = null, string? District = null, int? PayAtLeast = null,
    VacancyStatus? Status = null, long? EmployerId = null, bool Mine = false, int Page = 1, int PageSize = 20);

public sealed record WithdrawRequest([property: Required(ErrorMessage = "请说明撤回原因"), StringLength(500)] string Reason, int? Version = null);

public sealed record VacancyView(long Id, long ServiceUnitId, long EmployerId, string EmployerName, string Title, string? OccupationCode,
    string? OccupationName, string? OccupationNote, string? MinorGroup, int Posts, int Hired, string DistrictCode, string? District,
    string? TownshipCode, string? Township, int PayMin, int PayMax, Education MinEducation, int MinExperienceYears, int? AgeMin, int? AgeMax,
    IReadOnlyList<string> Skills, string? WorkingHours, ContractType ContractType, string? Benefits, string? Description,
    DateOnly OpensOn, DateOnly ClosesOn, VacancyStatus Status, VacancySource Source, DateTimeOffset? PublishedAt,
    DateTimeOffset? EndedAt, string? EndReason, DateTimeOffset UpdatedAt, int Version);

public sealed record VacancyListItem(long Id, string Title, string EmployerName, string? OccupationCode, string? OccupationName,
    int Posts, int Hired, string DistrictCode, string? District, int PayMin, int PayMax, Education MinEducation,
    VacancyStatus Status, DateOnly ClosesOn, DateTimeOffset? PublishedAt);
