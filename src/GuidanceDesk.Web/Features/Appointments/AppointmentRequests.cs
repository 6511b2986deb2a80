using System.ComponentModel.DataAnnotations;
using GuidanceDesk.Web.Domain;

namespace GuidanceDesk.Web.Features.Appointments;

/// <summary>A counselor publishes a block of bookable time, cut into slots.</summary>
public sealed class PublishSlotsRequest : IValidatableObject
{
    /// <summary>Whose time; a counselor publishes their own, a manager anyone's in the unit.</summary>
    public long? CounselorId { get; set; }

    [Required(ErrorMessage = "请选择日期")]
    public DateOnly? Date { get; set; }

    [Required(ErrorMessage = "请填写开始时间")]
    public TimeOnly? From { get; set; }

    [Required(ErrorMessage = "请填写结束时间")]
    public TimeOnly? To { get; set; }

    [Range(15, 240, ErrorMessage = "每个时段应为15至240分钟")]
    public int MinutesEach { get; set; } = 30;

    public Channel? Channel { get; set; }

    /// <summary>7.1.11: the first slot of the block is held for employment-assistance targets.</summary>
    public bool ReserveFirstForPriority { get; set; } = true;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (From is { } f && To is { } t && t <= f)
            yield return new ValidationResult("结束时间应晚于开始时间", [nameof(To)]);
    }
}

/// <summary>
/// A booking: into a published slot (portal or staff), or at a time staff agree with the worker (walk-in, phone).
/// </summary>
public sealed class BookRequest : IValidatableObject
{
    /// <summary>Staff book for a worker; in the portal the worker books for themself.</summary>
    public long? WorkerId { get; set; }

    public long? SlotId { get; set; }

    public long? CounselorId { get; set; }

    public DateOnly? Date { get; set; }

    public TimeOnly? Time { get; set; }

    [Range(15, 240, ErrorMessage = "时长应为15至240分钟")]
    public int Minutes { get; set; } = 30;

    public List<ServiceItems> Purposes { get; set; } = [];

    public Channel Channel { get; set; } = Channel.Offline;

    public BookingSource Source { get; set; } = BookingSource.WalkIn;

    [StringLength(1000)]
    public string? DifficultyNote { get; set; }

    public ServiceItems PurposeSet => Purposes.Aggregate(ServiceItems.None, (a, p) => a | p);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (Purposes.Count == 0)
            yield return new ValidationResult("请选择预约事项", [nameof(Purposes)]);
        if (SlotId is null && (CounselorId is null || Date is null || Time is null))
            yield return new ValidationResult("请选择预约时段，或填写指导人员、日期和时间", [nameof(SlotId)]);
    }
}

public sealed class RescheduleRequest : IValidatableObject
{
    public long? SlotId { get; set; }

    public long? CounselorId { get; set; }

    public DateOnly? Date { get; set; }

    public TimeOnly? Time { get; set; }

    [Range(15, 240, ErrorMessage = "时长应为15至240分钟")]
    public int Minutes { get; set; } = 30;

    public int? Version { get; set; }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (SlotId is null && (Date is null || Time is null))
            yield return new ValidationResult("请选择新的时段", [nameof(SlotId)]);
    }
}

public sealed record CancelRequest([property: Required(ErrorMessage = "请填写取消原因"), StringLength(200)] string Reason, int? Version = null);

public sealed record SlotQuery(long? WorkerId = null, long? CounselorId = null, DateOnly? From = null, DateOnly? To = null);

public sealed record AppointmentQuery(DateOnly? Date = null, long? CounselorId = null, long? WorkerId = null,
    AppointmentStatus? Status = null, int Page = 1, int PageSize = 50);
