using System.ComponentModel.DataAnnotations;
using GuidanceDesk.Web.Domain;
using GuidanceDesk.Web.Features.Cases;
using GuidanceDesk.Web.Features.Common;

namespace GuidanceDesk.Web.Features.Assessments;

/// <summary>An assessment plan (7.1.6) proposed to a worker: why, with which instruments, how and when.</summary>
public sealed class AssessmentPlanRequest : IValidatableObject, IVersionedRequest
{
    [Required(ErrorMessage = "请选择劳动者"), Range(1, long.MaxValue, ErrorMessage = "请选择劳动者")]
    public long? WorkerId { get; set; }

    [Required(ErrorMessage = "请填写测评目的"), StringLength(1000, ErrorMessage = "测评目的不超过 1000 字")]
    public string? Purpose { get; set; }

    public AssessmentMode Mode { get; set; } = AssessmentMode.Online;

    [Required(ErrorMessage = "请填写计划测评日期")]
    public DateOnly? PlannedOn { get; set; }

    public List<long> InstrumentIds { get; set; } = [];

    [StringLength(1000, ErrorMessage = "备注不超过 1000 字")]
    public string? Note { get; set; }

    public int? Version { get; set; }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!Enum.IsDefined(Mode))
            yield return new ValidationResult("测评方式不正确", [nameof(Mode)]);
        if (Mode != AssessmentMode.Interview && InstrumentIds.Count == 0)
            yield return new ValidationResult("请至少选择一种测评工具（仅访谈评估可不选）", [nameof(InstrumentIds)]);
        if (InstrumentIds.Count > 10)
            yield return new ValidationResult("一次最多选择 10 种测评工具", [nameof(InstrumentIds)]);
    }
}

/// <summary>
/// The worker agrees to the plan and consents to the assessment (PIPL: sensitive data). Staff record an in-person
/// agreement; in the portal the worker confirms it themself (<see cref="Channel"/> is then online).
/// </summary>
public sealed class AgreePlanRequest : IValidatableObject, IVersionedRequest
{
    public bool Consent { get; set; }

    public Channel Channel { get; set; } = Channel.Offline;

    public int? Version { get; set; }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!Consent)
            yield return new ValidationResult("需劳动者同意测评并授权处理测评结果，方可确认方案", [nameof(Consent)]);
        if (!Enum.IsDefined(Channel))
            yield return new ValidationResult("确认方式不正确", [nameof(Channel)]);
    }
}

public sealed class ReasonRequest : IVersionedRequest
{
    [Required(ErrorMessage = "请说明原因"), StringLength(500, ErrorMessage = "原因不超过 500 字")]
    public string? Reason { get; set; }

    public int? Version { get; set; }
}

/// <summary>One answer, saved as soon as it is given.</summary>
public sealed class AnswerRequest
{
    [Required(ErrorMessage = "缺少题号"), Range(0, 999, ErrorMessage = "题号不正确")]
    public int? Item { get; set; }

    [Required(ErrorMessage = "请选择一个选项"), Range(0, 9, ErrorMessage = "选项不正确")]
    public int? Value { get; set; }

    /// <summary>The worker answers at a hall computer (on-site plan) rather than from home.</summary>
    public bool AtHall { get; set; }
}

/// <summary>
/// A paper answer sheet keyed in by staff: one character per item in the instrument's order, the chosen option's digit,
/// or a space / "-" for a blank (e.g. "3452-5…").
/// </summary>
public sealed class PaperSheetRequest
{
    [Required(ErrorMessage = "请录入答案"), StringLength(999, ErrorMessage = "答案过长")]
    public string? Answers { get; set; }

    [Range(1, 600, ErrorMessage = "作答用时应为 1–600 分钟")]
    public int? Minutes { get; set; }
}

/// <summary>The counselor's part of the report (7.1.7): the comprehensive evaluation, next steps, the suggestions kept.</summary>
public sealed class ReportEditRequest : IVersionedRequest
{
    [StringLength(8000, ErrorMessage = "综合评价不超过 8000 字")]
    public string? Evaluation { get; set; }

    [StringLength(4000, ErrorMessage = "下一步建议不超过 4000 字")]
    public string? NextSteps { get; set; }

    /// <summary>Occupation codes to keep from the computed suggestions, in order; empty = the top ones as computed.</summary>
    [ItemsLength(20, ErrorMessage = "职业代码不存在")]
    public List<string> Occupations { get; set; } = [];

    public int? Version { get; set; }
}

/// <summary>The report was fed back to the worker: when, how, their comments (7.1.7).</summary>
public sealed class FeedbackRequest : IVersionedRequest
{
    /// <summary>Required from staff; a worker's own comments are dated today by the handler.</summary>
    public DateOnly? On { get; set; }

    public Channel Channel { get; set; } = Channel.Offline;

    [StringLength(2000, ErrorMessage = "意见不超过 2000 字")]
    public string? Comments { get; set; }

    public int? Version { get; set; }
}

public sealed class CreateReportRequest
{
    [Required(ErrorMessage = "请选择测评方案"), Range(1, long.MaxValue, ErrorMessage = "请选择测评方案")]
    public long? PlanId { get; set; }
}
