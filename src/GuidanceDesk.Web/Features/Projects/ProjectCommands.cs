using System.ComponentModel.DataAnnotations;
using GuidanceDesk.Web.Domain;
using GuidanceDesk.Web.Features.Cases;

namespace GuidanceDesk.Web.Features.Projects;

/// <summary>Start or cancel: the version the caller saw (optional for a command, see ETags.EnsureCurrentIfGiven).</summary>
public sealed class ProjectStepRequest : IVersionedRequest
{
    [StringLength(500, ErrorMessage = "不超过 500 字")]
    public string? Reason { get; set; }

    public int? Version { get; set; }
}

public sealed class LinkCaseRequest
{
    [Required(ErrorMessage = "请选择个案")]
    public long? CaseId { get; set; }
}

public sealed class LinkPlanRequest
{
    [Required(ErrorMessage = "请选择测评方案")]
    public long? PlanId { get; set; }
}

/// <summary>考核评估 (4.6.1a): rating, conclusions, improvements; figures for the indicators the system cannot count.</summary>
public sealed class EvaluationForm : IVersionedRequest
{
    [Required(ErrorMessage = "请选择评估等级")]
    public EvaluationRating? Rating { get; set; }

    [Required(ErrorMessage = "请填写评估结论"), StringLength(GuidanceProject.MaxText, ErrorMessage = "不超过 4000 字")]
    public string? Conclusions { get; set; }

    [StringLength(GuidanceProject.MaxText, ErrorMessage = "不超过 4000 字")]
    public string? Improvements { get; set; }

    /// <summary>Achieved values of custom (and, until surveys exist, satisfaction) indicators, by indicator line.</summary>
    public List<AchievedForm> Achieved { get; set; } = [];

    public int? Version { get; set; }
}

public sealed class AchievedForm
{
    public int Line { get; set; }

    [Range(0, 1_000_000, ErrorMessage = "达成值不能为负数")]
    public decimal? Value { get; set; }
}
