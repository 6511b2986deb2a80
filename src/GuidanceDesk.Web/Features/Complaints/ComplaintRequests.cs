using System.ComponentModel.DataAnnotations;
using GuidanceDesk.Web.Domain;
using GuidanceDesk.Web.Domain.Identifiers;
using GuidanceDesk.Web.Features.Cases;

namespace GuidanceDesk.Web.Features.Complaints;

/// <summary>A complaint as anyone files it (public page, portal, or staff recording a call or visit).</summary>
public class ComplaintRequest
{
    [Required(ErrorMessage = "请选择被投诉的服务单位")]
    public long? ServiceUnitId { get; set; }

    [Required(ErrorMessage = "请选择投诉类别"), EnumDataType(typeof(ComplaintCategory), ErrorMessage = "请选择投诉类别")]
    public ComplaintCategory? Category { get; set; }

    [Required(ErrorMessage = "请描述投诉的事情"), StringLength(Complaint.MaxText, MinimumLength = 5, ErrorMessage = "请用 5 至 2000 字描述投诉的事情")]
    public string? Description { get; set; }

    /// <summary>The day of the service complained about, if it was one visit.</summary>
    public DateOnly? ServiceDate { get; set; }
}

/// <summary>From the public page: no sign-in. A phone is needed for the reply unless the complainant stays anonymous.</summary>
public sealed class PublicComplaintRequest : ComplaintRequest, IValidatableObject
{
    [StringLength(50, ErrorMessage = "姓名不超过 50 字")]
    public string? Name { get; set; }

    public bool Anonymous { get; set; }

    [StringLength(30, ErrorMessage = "联系电话格式不正确")]
    public string? ContactPhone { get; set; }

    /// <summary>Staff recording a call or a visit say which (the public page and the portal set the channel themselves).</summary>
    [EnumDataType(typeof(ComplaintChannel), ErrorMessage = "投诉渠道不正确")]
    public ComplaintChannel? Channel { get; set; }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!string.IsNullOrWhiteSpace(ContactPhone) && PhoneNumber.Check(ContactPhone) is { IsValid: false, Error: { } error })
            yield return new ValidationResult(error, [nameof(ContactPhone)]);
    }
}

/// <summary>Tracking number and the last four digits of the phone given: what the public needs to look a complaint up.</summary>
public sealed class ComplaintLookupRequest
{
    [Required(ErrorMessage = "请输入投诉编号"), StringLength(40, ErrorMessage = "投诉编号格式不正确")]
    public string? TrackingNumber { get; set; }

    [Required(ErrorMessage = "请输入联系电话后4位"), RegularExpression("^[0-9]{4}$", ErrorMessage = "请输入联系电话后4位数字")]
    public string? PhoneLast4 { get; set; }
}

public sealed class ComplaintFeedbackRequest : IVersionedRequest
{
    [Required(ErrorMessage = "请选择是否满意")]
    public bool? Satisfied { get; set; }

    [StringLength(Complaint.MaxText, ErrorMessage = "不超过 2000 字")]
    public string? Comment { get; set; }

    /// <summary>For the public lookup: the same two keys as the lookup itself.</summary>
    [StringLength(40, ErrorMessage = "投诉编号格式不正确")]
    public string? TrackingNumber { get; set; }

    [RegularExpression("^[0-9]{4}$", ErrorMessage = "请输入联系电话后4位数字")]
    public string? PhoneLast4 { get; set; }

    public int? Version { get; set; }
}

public sealed class AssignComplaintRequest : IVersionedRequest
{
    [Required(ErrorMessage = "请选择办理人")]
    public long? HandlerStaffId { get; set; }

    public int? Version { get; set; }
}

public sealed class ComplaintNoteRequest : IVersionedRequest
{
    [StringLength(Complaint.MaxText, ErrorMessage = "不超过 2000 字")]
    public string? Note { get; set; }

    public int? Version { get; set; }
}

public sealed class ComplaintReplyRequest : IVersionedRequest
{
    [Required(ErrorMessage = "请填写调查核实情况"), StringLength(Complaint.MaxText, ErrorMessage = "不超过 2000 字")]
    public string? Investigation { get; set; }

    [Required(ErrorMessage = "请填写处理结果"), StringLength(Complaint.MaxText, ErrorMessage = "不超过 2000 字")]
    public string? Resolution { get; set; }

    [Required(ErrorMessage = "请填写给投诉人的答复"), StringLength(Complaint.MaxText, ErrorMessage = "不超过 2000 字")]
    public string? Reply { get; set; }

    public int? Version { get; set; }
}

/// <summary>A complaint list's filters.</summary>
public sealed record ComplaintFilter(ComplaintStatus? Status = null, bool Overdue = false, long? UnitId = null, bool Open = false, int Page = 1, int PageSize = 50);
