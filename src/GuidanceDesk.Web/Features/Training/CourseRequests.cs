using System.ComponentModel.DataAnnotations;
using GuidanceDesk.Web.Domain;
using GuidanceDesk.Web.Features.Cases;
using GuidanceDesk.Web.Features.Common;

namespace GuidanceDesk.Web.Features.Training;

/// <summary>A course of a provider, as a manager, head or admin enters it.</summary>
public sealed class CourseRequest : IVersionedRequest, IValidatableObject
{
    [Required(ErrorMessage = "请选择培训机构")]
    public long? ProviderId { get; set; }

    [Required(ErrorMessage = "请填写课程名称"), StringLength(TrainingCourse.MaxTitle, ErrorMessage = "课程名称不超过 100 字")]
    public string? Title { get; set; }

    [Required(ErrorMessage = "请选择课程对应的职业"), OccupationCode]
    public string? OccupationCode { get; set; }

    [Required(ErrorMessage = "请选择技能等级"), EnumDataType(typeof(SkillLevel), ErrorMessage = "请选择技能等级")]
    public SkillLevel? Level { get; set; }

    public bool SubsidyEligible { get; set; }

    [StringLength(500, ErrorMessage = "补贴说明不超过 500 字")]
    public string? SubsidyNote { get; set; }

    [Required(ErrorMessage = "请填写开始日期")]
    public DateOnly? StartsOn { get; set; }

    [Required(ErrorMessage = "请填写结束日期")]
    public DateOnly? EndsOn { get; set; }

    [Required(ErrorMessage = "请填写课时"), Range(1, TrainingCourse.MaxHours, ErrorMessage = "课时应在1至2000之间")]
    public int? Hours { get; set; }

    [Required(ErrorMessage = "请填写培训费用（免费填0）"), Range(typeof(decimal), "0", "1000000", ErrorMessage = "费用应在0至1000000元之间")]
    public decimal? Fee { get; set; }

    [Required(ErrorMessage = "请填写招生人数"), Range(1, 10000, ErrorMessage = "招生人数应在1至10000之间")]
    public int? Seats { get; set; }

    [EnumDataType(typeof(Channel), ErrorMessage = "请选择授课方式")]
    public Channel Delivery { get; set; } = Channel.Offline;

    [EnumDataType(typeof(CourseStatus), ErrorMessage = "请选择招生状态")]
    public CourseStatus Status { get; set; } = CourseStatus.Enrolling;

    [StringLength(2000, ErrorMessage = "课程简介不超过 2000 字")]
    public string? Description { get; set; }

    public int? Version { get; set; }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (StartsOn is { } from && EndsOn is { } to && to < from)
            yield return new ValidationResult("结束日期不能早于开始日期", [nameof(EndsOn)]);
    }

    public CourseDetails ToDetails() => new(Title!, OccupationCode!, Level!.Value, SubsidyEligible, SubsidyNote, StartsOn!.Value,
        EndsOn!.Value, Hours!.Value, Fee!.Value, Seats!.Value, Delivery, Status, Description);
}

/// <summary>Recommending a course to the worker of a case (5.1d); it becomes a training-guidance record of the case.</summary>
public sealed class RecommendRequest
{
    [Required(ErrorMessage = "请选择课程")]
    public long? CourseId { get; set; }

    [StringLength(TrainingRecommendation.MaxNote, ErrorMessage = "说明不超过 1000 字")]
    public string? Note { get; set; }

    [EnumDataType(typeof(Channel), ErrorMessage = "请选择服务方式")]
    public Channel Channel { get; set; } = Channel.Offline;

    [Range(1, GuidanceRecord.MaxMinutes, ErrorMessage = "时长应在1至480分钟之间")]
    public int DurationMinutes { get; set; } = 15;
}

/// <summary>What the course lists filter on; occupation matches the code or a group prefix ("4-10").</summary>
public sealed record CourseFilter(long? ProviderId = null, string? Occupation = null, SkillLevel? Level = null, bool? Subsidy = null,
    DateOnly? StartingAfter = null, bool? Recommendable = null, bool IncludeEnded = false);

/// <summary>What the registry list filters on.</summary>
public sealed record ProviderFilter(string? District = null, string? Occupation = null, bool? Recommendable = null, bool Alert = false,
    string? Q = null, bool IncludeRetired = false);
