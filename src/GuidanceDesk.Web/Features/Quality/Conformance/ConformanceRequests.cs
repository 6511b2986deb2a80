using System.ComponentModel.DataAnnotations;
using GuidanceDesk.Web.Domain;
using GuidanceDesk.Web.Features.Cases;
using GuidanceDesk.Web.Infrastructure;

namespace GuidanceDesk.Web.Features.Quality.Conformance;

/// <summary>The unit and period of a report, from the query string; without dates, this year so far.</summary>
public sealed class PeriodQuery
{
    /// <summary>The longest period one report covers: beyond that the figures stop meaning much and the queries get long.</summary>
    public const int MaxDays = 3 * 366;

    public long? UnitId { get; set; }
    public DateOnly? From { get; set; }
    public DateOnly? To { get; set; }

    public ConformancePeriod Resolve(AgencyClock clock)
    {
        ArgumentNullException.ThrowIfNull(clock);
        var to = To ?? clock.Today;
        var from = From ?? new DateOnly(to.Year, 1, 1);
        if (to < from)
            throw new DomainRuleException("结束日期不能早于开始日期", "to");
        if (to.DayNumber - from.DayNumber > MaxDays)
            throw new DomainRuleException("统计期间不超过 3 年", "from");
        return new ConformancePeriod(from, to);
    }
}

public sealed class SelfEvaluationForm : IValidatableObject
{
    /// <summary>City-level heads name the unit; a unit's head convenes for their own (the value is ignored).</summary>
    public long? ServiceUnitId { get; set; }

    [Required(ErrorMessage = "请填写自查名称"), StringLength(200, ErrorMessage = "不超过 200 字")]
    public string? Title { get; set; }

    [Required(ErrorMessage = "请填写开始日期")]
    public DateOnly? From { get; set; }

    [Required(ErrorMessage = "请填写结束日期")]
    public DateOnly? To { get; set; }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (From is { } f && To is { } t && t < f)
            yield return new ValidationResult("结束日期不能早于开始日期", [nameof(To)]);
    }
}

public sealed class ChecklistAnswerForm : IVersionedRequest
{
    [Required(ErrorMessage = "请选择检查结果")]
    public ChecklistAnswer? Answer { get; set; }

    [StringLength(1000, ErrorMessage = "不超过 1000 字")]
    public string? Note { get; set; }

    public int? Version { get; set; }
}

public sealed class ManagerAssessmentForm : IVersionedRequest
{
    [Required(ErrorMessage = "请选择自评等级")]
    public SelfRating? Rating { get; set; }

    [Required(ErrorMessage = "请填写自评情况"), StringLength(4000, ErrorMessage = "不超过 4000 字")]
    public string? Findings { get; set; }

    [StringLength(2000, ErrorMessage = "不超过 2000 字")]
    public string? Improvements { get; set; }

    public int? Version { get; set; }
}

public sealed class AppraisalForm : IVersionedRequest
{
    [Required(ErrorMessage = "请选择考评等级")]
    public SelfRating? Rating { get; set; }

    [Required(ErrorMessage = "请填写考评结论"), StringLength(4000, ErrorMessage = "不超过 4000 字")]
    public string? Conclusion { get; set; }

    public int? Version { get; set; }
}

public sealed class VersionForm : IVersionedRequest
{
    public int? Version { get; set; }
}
