using System.ComponentModel.DataAnnotations;
using GuidanceDesk.Web.Domain;
using GuidanceDesk.Web.Features.Cases;

namespace GuidanceDesk.Web.Features.Placements;

/// <summary>A counselor puts a worker forward for a vacancy; manual = the worker asked for it by hand (outside automated matching).</summary>
public sealed class CreatePlacementRequest : IValidatableObject
{
    [Required(ErrorMessage = "请选择劳动者"), Range(1, long.MaxValue, ErrorMessage = "请选择劳动者")]
    public long? WorkerId { get; set; }

    [Required(ErrorMessage = "请选择岗位"), Range(1, long.MaxValue, ErrorMessage = "请选择岗位")]
    public long? VacancyId { get; set; }

    public long? CaseId { get; set; }

    public Channel Channel { get; set; } = Channel.Offline;

    public bool IsManual { get; set; }

    [StringLength(500)]
    public string? Note { get; set; }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!Enum.IsDefined(Channel))
            yield return new ValidationResult("服务方式不正确", [nameof(Channel)]);
        if (IsManual && string.IsNullOrWhiteSpace(Note))
            yield return new ValidationResult("人工推荐请说明劳动者的要求", [nameof(Note)]);
    }
}

public enum PlacementOutcome { Interviewed = 1, Hired = 2, Rejected = 3, NoShow = 4, Withdrawn = 5 }

/// <summary>
/// What happened after the referral. A hire carries start date and pay; with <see cref="CloseCase"/> (the worker
/// agreed) the worker's open case closes as employed. A rejection or withdrawal carries its reason.
/// </summary>
public sealed class PlacementOutcomeRequest : IValidatableObject, IVersionedRequest
{
    public PlacementOutcome Outcome { get; set; } = PlacementOutcome.Interviewed;

    public DateOnly? InterviewedOn { get; set; }

    public DateOnly? StartsOn { get; set; }

    [Range(1, 1_000_000, ErrorMessage = "月工资不正确")]
    public int? MonthlyPay { get; set; }

    [StringLength(500)]
    public string? Reason { get; set; }

    /// <summary>The worker agreed that the case closes as employed with this job.</summary>
    public bool CloseCase { get; set; }

    public int? Version { get; set; }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!Enum.IsDefined(Outcome))
            yield return new ValidationResult("结果不正确", [nameof(Outcome)]);
        if (Outcome == PlacementOutcome.Hired && StartsOn is null)
            yield return new ValidationResult("请填写入职日期", [nameof(StartsOn)]);
        if (Outcome == PlacementOutcome.Hired && MonthlyPay is null)
            yield return new ValidationResult("请填写月工资", [nameof(MonthlyPay)]);
        if (Outcome is PlacementOutcome.Rejected or PlacementOutcome.Withdrawn && string.IsNullOrWhiteSpace(Reason))
            yield return new ValidationResult(Outcome == PlacementOutcome.Rejected ? "请填写未录用原因" : "请填写撤回原因", [nameof(Reason)]);
        if (CloseCase && Outcome != PlacementOutcome.Hired)
            yield return new ValidationResult("只有录用时才能结案", [nameof(CloseCase)]);
    }
}

/// <summary>PIPL art. 24: the worker refuses or accepts recommendations by automated matching.</summary>
public sealed class RecommendationChoiceRequest
{
    public bool Refuses { get; set; }
}
