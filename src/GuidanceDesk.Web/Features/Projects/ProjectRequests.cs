using System.ComponentModel.DataAnnotations;
using GuidanceDesk.Web.Domain;
using GuidanceDesk.Web.Features.Cases;

namespace GuidanceDesk.Web.Features.Projects;

/// <summary>A guidance project's design (4.6.1a) as the manager enters it, on the page or through the API.</summary>
public sealed class ProjectForm : IValidatableObject, IVersionedRequest
{
    /// <summary>City-level staff name the unit; everyone else designs for their own unit (the value is ignored).</summary>
    public long? ServiceUnitId { get; set; }

    [Required(ErrorMessage = "请填写项目名称"), StringLength(GuidanceProject.MaxTitle, ErrorMessage = "项目名称不超过 100 字")]
    public string? Title { get; set; }

    [StringLength(GuidanceProject.MaxText, ErrorMessage = "不超过 4000 字")]
    public string? NeedsAnalysis { get; set; }

    [StringLength(1000, ErrorMessage = "不超过 1000 字")]
    public string? TargetGroup { get; set; }

    public CriteriaForm Criteria { get; set; } = new();

    [StringLength(GuidanceProject.MaxText, ErrorMessage = "不超过 4000 字")]
    public string? Objectives { get; set; }

    public List<IndicatorForm> Indicators { get; set; } = [];

    public List<ScheduleForm> Schedule { get; set; } = [];

    public long? LeadStaffId { get; set; }

    public List<long> MemberStaffIds { get; set; } = [];

    [StringLength(2000, ErrorMessage = "不超过 2000 字")]
    public string? BudgetNotes { get; set; }

    [Required(ErrorMessage = "请填写开始日期")]
    public DateOnly? PeriodStart { get; set; }

    [Required(ErrorMessage = "请填写结束日期")]
    public DateOnly? PeriodEnd { get; set; }

    public int? Version { get; set; }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (PeriodStart is { } s && PeriodEnd is { } e && e < s)
            yield return new ValidationResult("结束日期不能早于开始日期", [nameof(PeriodEnd)]);
        if (Indicators.Count(i => !i.IsEmpty) > GuidanceProject.MaxIndicators)
            yield return new ValidationResult("考核指标不超过 12 项", [nameof(Indicators)]);
        if (Schedule.Count(i => !i.IsEmpty) > GuidanceProject.MaxScheduleItems)
            yield return new ValidationResult("日程安排不超过 60 项", [nameof(Schedule)]);
    }

    public ProjectDesign ToDesign() => new(Title!, NeedsAnalysis, TargetGroup, Criteria.ToCriteria(), Objectives,
        [.. Indicators.Where(i => !i.IsEmpty).Select(i => new IndicatorTerms(i.Kind!.Value, i.Name, i.Target!.Value, i.Unit))],
        [.. Schedule.Where(i => !i.IsEmpty).Select(i => new ScheduleTerms(i.Kind, i.Title!, i.PlannedOn!.Value, i.Status, i.Note))],
        LeadStaffId, MemberStaffIds, BudgetNotes, PeriodStart!.Value, PeriodEnd!.Value);
}

/// <summary>The structured target group; each field left empty does not narrow the suggestions.</summary>
public sealed class CriteriaForm : IValidatableObject
{
    [StringLength(12)]
    public string? DistrictCode { get; set; }

    public List<SpecialGroups> Groups { get; set; } = [];

    [Range(1990, 2100, ErrorMessage = "毕业年份不正确")]
    public int? GraduationYear { get; set; }

    [Range(1, 240, ErrorMessage = "失业月数应在 1 至 240 之间")]
    public int? MinUnemployedMonths { get; set; }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (Groups.Any(g => !Enum.IsDefined(g) || g == SpecialGroups.None))
            yield return new ValidationResult("特定群体不正确", [nameof(Groups)]);
    }

    public TargetCriteria ToCriteria() => new(DistrictCode, Groups.Aggregate(SpecialGroups.None, (a, g) => a | g), GraduationYear, MinUnemployedMonths);
}

/// <summary>One indicator row; a row left blank on the form is not an indicator.</summary>
public sealed class IndicatorForm : IValidatableObject
{
    public IndicatorKind? Kind { get; set; }

    [StringLength(50, ErrorMessage = "指标名称不超过 50 字")]
    public string? Name { get; set; }

    [Range(0.01, 1_000_000, ErrorMessage = "目标值须大于 0")]
    public decimal? Target { get; set; }

    [StringLength(10, ErrorMessage = "单位不超过 10 字")]
    public string? Unit { get; set; }

    public bool IsEmpty => Kind is null && Target is null && string.IsNullOrWhiteSpace(Name);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (IsEmpty)
            yield break;
        if (Kind is null || !Enum.IsDefined(Kind.Value))
            yield return new ValidationResult("请选择指标类别", [nameof(Kind)]);
        if (Target is null)
            yield return new ValidationResult("请填写目标值", [nameof(Target)]);
        if (Kind == IndicatorKind.Custom && (string.IsNullOrWhiteSpace(Name) || string.IsNullOrWhiteSpace(Unit)))
            yield return new ValidationResult("自定义指标须填写名称和单位", [nameof(Name)]);
    }
}

public sealed class ScheduleForm : IValidatableObject
{
    public ScheduleKind Kind { get; set; } = ScheduleKind.GroupSession;

    [StringLength(200, ErrorMessage = "不超过 200 字")]
    public string? Title { get; set; }

    public DateOnly? PlannedOn { get; set; }

    public ScheduleStatus Status { get; set; } = ScheduleStatus.Planned;

    [StringLength(500, ErrorMessage = "不超过 500 字")]
    public string? Note { get; set; }

    public bool IsEmpty => string.IsNullOrWhiteSpace(Title) && PlannedOn is null;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (IsEmpty)
            yield break;
        if (string.IsNullOrWhiteSpace(Title))
            yield return new ValidationResult("请填写日程内容", [nameof(Title)]);
        if (PlannedOn is null)
            yield return new ValidationResult("请填写计划日期", [nameof(PlannedOn)]);
    }
}
