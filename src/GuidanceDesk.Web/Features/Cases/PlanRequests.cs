using System.ComponentModel.DataAnnotations;
using GuidanceDesk.Web.Domain;

namespace GuidanceDesk.Web.Features.Cases;

public sealed class PlanForm : IValidatableObject, IVersionedRequest
{
    [Required(ErrorMessage = "请填写计划目标"), StringLength(2000)]
    public string Goal { get; set; } = "";

    [Required(ErrorMessage = "请填写开始日期")]
    public DateOnly? PeriodStart { get; set; }

    [Required(ErrorMessage = "请填写结束日期")]
    public DateOnly? PeriodEnd { get; set; }

    [Range(1, EmploymentPlan.MaxCadenceDays, ErrorMessage = "跟进间隔应在1至60天之间")]
    public int FollowUpEveryDays { get; set; } = 14;

    public List<PlanActionForm> Actions { get; set; } = [];

    public int? Version { get; set; }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (PeriodStart is { } s && PeriodEnd is { } e && e <= s)
            yield return new ValidationResult("计划结束日期应晚于开始日期", [nameof(PeriodEnd)]);
        if (Actions.TrueForAll(a => a.IsEmpty))
            yield return new ValidationResult("请至少列出一项具体行动", [nameof(Actions)]);
    }

    public PlanTerms ToTerms() => new(Goal, PeriodStart!.Value, PeriodEnd!.Value, FollowUpEveryDays,
        [.. Actions.Where(a => !a.IsEmpty).Select(a => new PlanActionTerms(a.Kind, a.Description!.Trim(), a.DueOn!.Value))]);
}

public sealed class PlanActionForm : IValidatableObject
{
    public ActionKind Kind { get; set; } = ActionKind.JobSearch;

    [StringLength(500)]
    public string? Description { get; set; }

    public DateOnly? DueOn { get; set; }

    public bool IsEmpty => string.IsNullOrWhiteSpace(Description) && DueOn is null;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (IsEmpty)
            yield break;
        if (string.IsNullOrWhiteSpace(Description))
            yield return new ValidationResult("请填写行动内容", [nameof(Description)]);
        if (DueOn is null)
            yield return new ValidationResult("请填写完成日期", [nameof(DueOn)]);
    }
}

/// <summary>
/// The worker's agreement to the plan. At the desk staff record the signature (the worker's name as signed); in the
/// portal the worker's own confirmation is the agreement.
/// </summary>
public sealed class AgreeRequest : IVersionedRequest
{
    [StringLength(50)]
    public string? SignedBy { get; set; }

    public int? Version { get; set; }
}

public sealed class ActionAdjustRequest : IVersionedRequest
{
    public ActionStatus Status { get; set; } = ActionStatus.Open;

    [Required(ErrorMessage = "请填写完成日期")]
    public DateOnly? DueOn { get; set; }

    [StringLength(500)]
    public string? Note { get; set; }

    public int? Version { get; set; }
}

public sealed class FollowUpForm : IVersionedRequest
{
    public Channel Channel { get; set; } = Channel.Offline;

    [Required(ErrorMessage = "请填写跟进情况"), StringLength(4000)]
    public string WhatWasDone { get; set; } = "";

    [StringLength(2000)]
    public string? WhatChanged { get; set; }

    public EmploymentStatus? ReportedStatus { get; set; }

    public int? Version { get; set; }
}

public sealed class CheckInRequest
{
    [Required(ErrorMessage = "请填写近况"), StringLength(2000)]
    public string Answer { get; set; } = "";

    public EmploymentStatus? ReportedStatus { get; set; }
}

public sealed class MessageRequest
{
    [Required(ErrorMessage = "消息不能为空"), StringLength(CaseMessage.MaxLength)]
    public string Body { get; set; } = "";
}
