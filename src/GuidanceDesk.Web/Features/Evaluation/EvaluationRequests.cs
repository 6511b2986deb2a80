using System.ComponentModel.DataAnnotations;
using GuidanceDesk.Web.Domain;
using GuidanceDesk.Web.Features.Cases;

namespace GuidanceDesk.Web.Features.Evaluation;

/// <summary>The head grants an evaluator's account access to a unit's data of a period, until a date.</summary>
public sealed class GrantForm : IValidatableObject
{
    [Required(ErrorMessage = "请选择第三方评价机构账号"), StringLength(450, ErrorMessage = "账号不存在")]
    public string? EvaluatorUserId { get; set; }

    /// <summary>City-level heads may leave it empty for every unit; a unit's head grants their own unit.</summary>
    public long? ServiceUnitId { get; set; }

    [Required(ErrorMessage = "请填写开始日期")]
    public DateOnly? PeriodFrom { get; set; }

    [Required(ErrorMessage = "请填写结束日期")]
    public DateOnly? PeriodTo { get; set; }

    [Required(ErrorMessage = "请填写授权截止日期")]
    public DateOnly? AccessUntil { get; set; }

    [Required(ErrorMessage = "请填写评价内容"), StringLength(2000, ErrorMessage = "不超过 2000 字")]
    public string? Purpose { get; set; }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (PeriodFrom is { } f && PeriodTo is { } t && t < f)
            yield return new ValidationResult("结束日期不能早于开始日期", [nameof(PeriodTo)]);
    }
}

public sealed class SampleForm : IVersionedRequest
{
    [Required(ErrorMessage = "请填写样本量"), Range(1, ThirdPartyEvaluation.MaxSample, ErrorMessage = "样本量须在 1 至 200 之间")]
    public int? Size { get; set; }

    /// <summary>Optional: the evaluator's own seed, so that a draw can be repeated elsewhere; otherwise a random one.</summary>
    public int? Seed { get; set; }

    public int? Version { get; set; }
}

public sealed class FindingForm : IVersionedRequest
{
    [Required(ErrorMessage = "请填写对应条款"), StringLength(20, ErrorMessage = "不超过 20 字")]
    public string? Clause { get; set; }

    [Required(ErrorMessage = "请填写发现的问题"), StringLength(2000, ErrorMessage = "不超过 2000 字")]
    public string? Text { get; set; }

    [Required(ErrorMessage = "请选择问题性质")]
    public EvaluationFindingSeverity? Severity { get; set; }

    public int? Version { get; set; }
}

public sealed class ConclusionForm : IVersionedRequest
{
    [Required(ErrorMessage = "请填写评价结论"), StringLength(4000, ErrorMessage = "不超过 4000 字")]
    public string? Conclusion { get; set; }

    public int? Version { get; set; }
}

public sealed class StepForm : IVersionedRequest
{
    public int? Version { get; set; }
}
