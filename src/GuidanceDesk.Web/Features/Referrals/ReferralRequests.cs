using System.ComponentModel.DataAnnotations;
using GuidanceDesk.Web.Domain;
using GuidanceDesk.Web.Features.Cases;

namespace GuidanceDesk.Web.Features.Referrals;

/// <summary>The case referral form (8.1.3); a draft may be saved half filled, sending needs every part.</summary>
public sealed class ReferralFormRequest
{
    [StringLength(ReferralForm.MaxLength, ErrorMessage = "不超过 2000 字")]
    public string? WorkerSituation { get; set; }

    [StringLength(ReferralForm.MaxLength, ErrorMessage = "不超过 2000 字")]
    public string? GuidanceSoFar { get; set; }

    [StringLength(ReferralForm.MaxLength, ErrorMessage = "不超过 2000 字")]
    public string? ReasonDetail { get; set; }

    [StringLength(ReferralForm.MaxLength, ErrorMessage = "不超过 2000 字")]
    public string? Request { get; set; }

    [EnumDataType(typeof(ReferralUrgency), ErrorMessage = "紧急程度不正确")]
    public ReferralUrgency Urgency { get; set; } = ReferralUrgency.Routine;

    [StringLength(ReferralForm.MaxLength, ErrorMessage = "不超过 2000 字")]
    public string? RiskNote { get; set; }

    [StringLength(ReferralForm.MaxLength, ErrorMessage = "不超过 2000 字")]
    public string? ExplanationToWorker { get; set; }

    public ReferralForm ToForm() =>
        new(Trim(WorkerSituation), Trim(GuidanceSoFar), Trim(ReasonDetail), Trim(Request), Urgency, Trim(RiskNote), Trim(ExplanationToWorker));

    public static ReferralFormRequest From(ReferralForm f) => new()
    {
        WorkerSituation = f.WorkerSituation, GuidanceSoFar = f.GuidanceSoFar, ReasonDetail = f.ReasonDetail, Request = f.Request,
        Urgency = f.Urgency, RiskNote = f.RiskNote, ExplanationToWorker = f.ExplanationToWorker,
    };

    private static string? Trim(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
}

/// <summary>Starts a referral of a case: why, to whom, and the form.</summary>
public sealed class CreateReferralRequest : IValidatableObject
{
    [Required(ErrorMessage = "请选择个案")]
    public long? CaseId { get; set; }

    [Required(ErrorMessage = "请选择转介原因"), EnumDataType(typeof(ReferralReason), ErrorMessage = "请选择转介原因")]
    public ReferralReason? Reason { get; set; }

    [Required(ErrorMessage = "请选择转介对象"), EnumDataType(typeof(ReferralTarget), ErrorMessage = "请选择转介对象")]
    public ReferralTarget? Target { get; set; }

    public long? ReceiverStaffId { get; set; }

    public long? AgencyId { get; set; }

    public ReferralFormRequest Form { get; set; } = new();

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (Target == ReferralTarget.Counselor && ReceiverStaffId is null)
            yield return new ValidationResult("请选择接收的职业指导人员", [nameof(ReceiverStaffId)]);
        if (Target == ReferralTarget.Agency && AgencyId is null)
            yield return new ValidationResult("请选择接收机构", [nameof(AgencyId)]);
    }
}

public sealed class UpdateReferralFormRequest : IVersionedRequest
{
    public ReferralFormRequest Form { get; set; } = new();

    public int? Version { get; set; }
}

/// <summary>
/// 8.1.2: the worker's consent to the referral. Staff record an in-person consent; in the portal the worker gives it
/// themself. <see cref="Consent"/> must be ticked.
/// </summary>
public sealed class ReferralConsentRequest : IValidatableObject, IVersionedRequest
{
    public bool Consent { get; set; }

    [StringLength(500, ErrorMessage = "不超过 500 字")]
    public string? Note { get; set; }

    public int? Version { get; set; }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!Consent)
            yield return new ValidationResult("须劳动者同意转介并同意将指导记录转交接收方", [nameof(Consent)]);
    }
}

/// <summary>A note or reason: acceptance (optional note), decline, cancel and withdrawal (reason required where the handler says so).</summary>
public sealed class ReferralNoteRequest : IVersionedRequest
{
    [StringLength(1000, ErrorMessage = "不超过 1000 字")]
    public string? Note { get; set; }

    public int? Version { get; set; }
}

public sealed class AgencyReplyRequest : IVersionedRequest
{
    [Required(ErrorMessage = "请选择机构是否接收")]
    public bool? Accepted { get; set; }

    [Required(ErrorMessage = "请记录机构的答复"), StringLength(1000, ErrorMessage = "不超过 1000 字")]
    public string? Reply { get; set; }

    public int? Version { get; set; }
}

/// <summary>8.1.4: the receiving counselor books the interview (a date and time in Beijing time).</summary>
public sealed class BookInterviewRequest : IVersionedRequest
{
    [Required(ErrorMessage = "请选择面谈日期")]
    public DateOnly? Date { get; set; }

    [Required(ErrorMessage = "请选择面谈时间")]
    public TimeOnly? Time { get; set; }

    [Range(15, 240, ErrorMessage = "时长应在 15 到 240 分钟之间")]
    public int Minutes { get; set; } = 60;

    [EnumDataType(typeof(Channel), ErrorMessage = "方式不正确")]
    public Channel Channel { get; set; } = Channel.Offline;

    [StringLength(500, ErrorMessage = "不超过 500 字")]
    public string? Note { get; set; }

    public int? Version { get; set; }
}

public sealed class ReferralOutcomeRequest : IVersionedRequest
{
    [Required(ErrorMessage = "请填写转介结果"), StringLength(2000, ErrorMessage = "不超过 2000 字")]
    public string? Outcome { get; set; }

    public int? Version { get; set; }
}
