using System.ComponentModel.DataAnnotations;
using GuidanceDesk.Web.Domain;
using GuidanceDesk.Web.Features.Cases;
using GuidanceDesk.Web.Infrastructure;

namespace GuidanceDesk.Web.Features.GroupSessions;

/// <summary>A group session's details (create and edit). Date and times are Chongqing wall-clock time.</summary>
public sealed class GroupSessionRequest : IValidatableObject, IVersionedRequest
{
    [Required(ErrorMessage = "请填写活动主题"), StringLength(GroupSession.MaxTopic, ErrorMessage = "不超过100字")]
    public string? Topic { get; set; }

    public List<ServiceItems> ServiceItems { get; set; } = [];

    [StringLength(GroupSession.MaxText, ErrorMessage = "不超过2000字")]
    public string? Description { get; set; }

    [Required(ErrorMessage = "请选择活动日期")]
    public DateOnly? Date { get; set; }

    [Required(ErrorMessage = "请填写开始时间")]
    public TimeOnly? StartTime { get; set; }

    [Required(ErrorMessage = "请填写结束时间")]
    public TimeOnly? EndTime { get; set; }

    [EnumDataType(typeof(Channel), ErrorMessage = "请选择线下或线上")]
    public Channel Channel { get; set; } = Channel.Offline;

    [StringLength(GroupSession.MaxPlace, ErrorMessage = "不超过200字")]
    public string? Place { get; set; }

    [StringLength(GroupSession.MaxLink, ErrorMessage = "不超过500字符")]
    public string? OnlineLink { get; set; }

    [Range(1, GroupSession.MaxCapacity, ErrorMessage = "名额应在1至500人之间")]
    public int Capacity { get; set; } = 30;

    [Required(ErrorMessage = "请选择主讲的职业指导人员")]
    public long? FacilitatorStaffId { get; set; }

    /// <summary>A guidance project (指导项目) to link the session to; projects are managed elsewhere.</summary>
    public long? GuidanceProjectId { get; set; }

    public int? Version { get; set; }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (ServiceItems.Count == 0)
            yield return new ValidationResult("请至少选择一项服务内容", [nameof(ServiceItems)]);
        if (StartTime is { } s && EndTime is { } e && e <= s)
            yield return new ValidationResult("结束时间应晚于开始时间", [nameof(EndTime)]);
    }

    public GroupSessionDetails ToDetails() => new(Topic ?? "", ServiceItems.Aggregate(Domain.ServiceItems.None, (a, i) => a | i),
        Description, AgencyClock.At(Date!.Value, StartTime!.Value), AgencyClock.At(Date!.Value, EndTime!.Value), Channel,
        Place, OnlineLink, Capacity, FacilitatorStaffId ?? 0);
}

/// <summary>Staff add a worker (searched in their unit); <see cref="RecordingConsent"/>: the worker agreed in person to be recorded.</summary>
public sealed class AddParticipantRequest : IVersionedRequest
{
    [Required(ErrorMessage = "请选择劳动者")]
    public long? WorkerId { get; set; }

    public bool RecordingConsent { get; set; }

    public int? Version { get; set; }
}

/// <summary>The worker's recording consent for the session (7.2.1), given in person and recorded by staff.</summary>
public sealed class RecordingConsentRequest : IValidatableObject
{
    public bool Consent { get; set; }

    [StringLength(300, ErrorMessage = "不超过300字")]
    public string? Note { get; set; }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!Consent)
            yield return new ValidationResult("须劳动者同意活动录音录像", [nameof(Consent)]);
    }
}

/// <summary>A reason: cancelling the session, or a manager's reason for late materials.</summary>
public sealed class SessionReasonRequest : IVersionedRequest
{
    [Required(ErrorMessage = "请填写原因"), StringLength(GroupSession.MaxReason, ErrorMessage = "不超过500字")]
    public string? Reason { get; set; }

    public int? Version { get; set; }
}

/// <summary>A command on the session with only its version (send the materials now, mark them ready).</summary>
public sealed class SessionStepRequest : IVersionedRequest
{
    public int? Version { get; set; }
}

/// <summary>
/// The session took place: the workers who attended. <see cref="LateReason"/> (a manager or the head only) records why the
/// materials went late in the same step; <see cref="Summary"/> goes into each attendee's guidance record.
/// </summary>
public sealed class MarkHeldRequest : IVersionedRequest
{
    public List<long> AttendedWorkerIds { get; set; } = [];

    [StringLength(GroupSession.MaxReason, ErrorMessage = "不超过500字")]
    public string? LateReason { get; set; }

    [StringLength(1000, ErrorMessage = "不超过1000字")]
    public string? Summary { get; set; }

    public int? Version { get; set; }
}

/// <summary>The worker signs up in the portal, optionally agreeing to be recorded.</summary>
public sealed class SignUpRequest
{
    public bool RecordingConsent { get; set; }
}
