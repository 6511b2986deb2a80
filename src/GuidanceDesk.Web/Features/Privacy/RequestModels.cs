using System.ComponentModel.DataAnnotations;
using GuidanceDesk.Web.Domain;
using GuidanceDesk.Web.Domain.Identifiers;
using GuidanceDesk.Web.Features.Cases;
using GuidanceDesk.Web.Infrastructure;

namespace GuidanceDesk.Web.Features.Privacy;

/// <summary>A worker's request (portal page and API): correct a field to a value, or describe it; or delete, with a reason.</summary>
public sealed class DataRequestForm : IValidatableObject
{
    [Required(ErrorMessage = "请选择请求类型")]
    public DataRequestKind? Kind { get; set; }

    public CorrectionField? Field { get; set; }

    [StringLength(200, ErrorMessage = "正确的信息不能超过200个字")]
    public string? ProposedValue { get; set; }

    [StringLength(DataSubjectRequest.MaxText, ErrorMessage = "说明不能超过1000个字")]
    public string? Details { get; set; }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (Kind == DataRequestKind.Deletion)
        {
            if (string.IsNullOrWhiteSpace(Details))
                yield return new ValidationResult("请说明删除的理由", [nameof(Details)]);
            yield break;
        }
        if (Kind != DataRequestKind.Correction)
            yield break;
        if (Field is null || !Enum.IsDefined(Field.Value))
        {
            yield return new ValidationResult("请选择要更正的信息", [nameof(Field)]);
            yield break;
        }
        if (Field == CorrectionField.Other)
        {
            if (string.IsNullOrWhiteSpace(Details))
                yield return new ValidationResult("请说明要更正的内容", [nameof(Details)]);
            yield break;
        }
        if (string.IsNullOrWhiteSpace(ProposedValue))
        {
            yield return new ValidationResult("请填写正确的信息", [nameof(ProposedValue)]);
            yield break;
        }
        var today = validationContext.GetService<AgencyClock>()?.Today ?? DateOnly.MaxValue;
        if (Normalize(Field.Value, ProposedValue, today) is null)
            yield return new ValidationResult(Field switch
            {
                CorrectionField.Phone => "联系电话格式不正确",
                CorrectionField.IdNumber => "身份证号码不正确",
                CorrectionField.Name => "姓名不能超过50个字",
                _ => "请选择正确的选项",
            }, [nameof(ProposedValue)]);
    }

    /// <summary>The value as the record would store it, or null when it is not a valid value of the field.</summary>
    public static string? Normalize(CorrectionField field, string value, DateOnly today)
    {
        var v = value.Trim();
        return field switch
        {
            CorrectionField.Phone => PhoneNumber.Check(v) is { IsValid: true, Normalized: { } phone } ? phone : null,
            CorrectionField.IdNumber => ResidentIdNumber.Check(v, today) is { IsValid: true } id ? id.Normalized : null,
            CorrectionField.Name => v.Length is > 0 and <= 50 ? v : null,
            CorrectionField.Education => Enum.TryParse<Education>(v, out var e) && Enum.IsDefined(e) ? e.ToString() : null,
            CorrectionField.EmploymentStatus => Enum.TryParse<EmploymentStatus>(v, out var s) && Enum.IsDefined(s) ? s.ToString() : null,
            _ => v,
        };
    }
}

/// <summary>A step that only needs the version the handler saw (accept).</summary>
public sealed class DataRequestStep : IVersionedRequest
{
    public int? Version { get; set; }
}

public sealed class RejectDataRequest : IVersionedRequest
{
    public int? Version { get; set; }

    [Required(ErrorMessage = "请说明不予受理的理由"), StringLength(DataSubjectRequest.MaxText, ErrorMessage = "理由不能超过1000个字")]
    public string? Reason { get; set; }
}

/// <summary>Completing: for a correction, the value to apply (the proposed one when empty) and what was done.</summary>
public sealed class CompleteDataRequest : IVersionedRequest
{
    public int? Version { get; set; }

    [StringLength(200, ErrorMessage = "更正后的信息不能超过200个字")]
    public string? Value { get; set; }

    [StringLength(DataSubjectRequest.MaxText, ErrorMessage = "办理结果不能超过1000个字")]
    public string? Note { get; set; }
}

public sealed record DataRequestListItem(long Id, long WorkerId, string WorkerName, string UnitName, DataRequestKind Kind, CorrectionField? Field,
    DateTimeOffset SubmittedAt, DateOnly DueOn, bool Overdue, DataRequestStatus Status, DateOnly? ErasableOn);

/// <summary>One request. <see cref="ProposedValue"/> is shown in full to the worker and to the staff who handle it (audited).</summary>
public sealed record DataRequestView(long Id, long WorkerId, string WorkerName, long ServiceUnitId, string UnitName, DataRequestKind Kind,
    CorrectionField? Field, string? ProposedValue, string? CurrentValue, string? Details, DateTimeOffset SubmittedAt, DateOnly DueOn, bool Overdue,
    DataRequestStatus Status, string? HandlerName, DateTimeOffset? DecidedAt, string? RejectionReason, DateOnly? ErasableOn,
    DateTimeOffset? CompletedAt, string? Outcome, IReadOnlyList<DataRequestEvent> Events, int Version);

public sealed record DataRequestFilter(DataRequestStatus? Status = null, bool Open = true, bool Overdue = false, long? UnitId = null,
    int Page = 1, int PageSize = 50);
