using System.ComponentModel.DataAnnotations;
using GuidanceDesk.Web.Domain;
using GuidanceDesk.Web.Infrastructure;

namespace GuidanceDesk.Web.Features.Cases;

/// <summary>A guidance session or another PES service (7.2.2c, 7.1.10). Date and time are Chongqing wall-clock time.</summary>
public sealed class GuidanceRecordForm : IVersionedRequest
{
    public ServiceKind Kind { get; set; } = ServiceKind.Guidance;

    [Required(ErrorMessage = "请填写服务日期")]
    public DateOnly? Date { get; set; }

    [Required(ErrorMessage = "请填写开始时间")]
    public TimeOnly? Time { get; set; }

    [Range(1, GuidanceRecord.MaxMinutes, ErrorMessage = "时长应在1至480分钟之间")]
    public int DurationMinutes { get; set; } = 30;

    public Channel Channel { get; set; } = Channel.Offline;

    public List<ServiceItems> ServiceItems { get; set; } = [];

    [Required(ErrorMessage = "请填写服务内容"), StringLength(4000)]
    public string Content { get; set; } = "";

    [StringLength(2000)]
    public string? Advice { get; set; }

    [StringLength(2000)]
    public string? NextSteps { get; set; }

    /// <summary>Who gave the service; defaults to the person recording it.</summary>
    public long? CounselorId { get; set; }

    public RegistrationForm? Registration { get; set; }

    public int? Version { get; set; }

    public GuidanceRecordDetails ToDetails() => new(Kind, AgencyClock.At(Date!.Value, Time!.Value), DurationMinutes, Channel,
        ServiceItems.Aggregate(Domain.ServiceItems.None, (a, i) => a | i), Content, IntakeForm.Blank(Advice),
        IntakeForm.Blank(NextSteps), Registration?.ToRegistration());
}

/// <summary>The fields of employment / unemployment registration and the other services (GB/T 33532, 33534, 33531).</summary>
public sealed class RegistrationForm
{
    [StringLength(100)]
    public string? EmployerName { get; set; }

    [Common.CreditCode]
    public string? EmployerCreditCode { get; set; }

    [Common.OccupationCode]
    public string? OccupationCode { get; set; }

    public DateOnly? EffectiveOn { get; set; }

    public EmploymentForm? EmploymentForm { get; set; }

    public bool? ContractSigned { get; set; }

    public DateOnly? ContractEndsOn { get; set; }

    public UnemploymentReason? UnemploymentReason { get; set; }

    [StringLength(30)]
    public string? CertificateNumber { get; set; }

    [StringLength(100)]
    public string? ProviderName { get; set; }

    [StringLength(200)]
    public string? CourseOrProject { get; set; }

    [StringLength(500)]
    public string? Result { get; set; }

    public AssistanceMeasure? Measure { get; set; }

    public ServiceRegistration ToRegistration() => new(IntakeForm.Blank(EmployerName), IntakeForm.Blank(EmployerCreditCode)?.ToUpperInvariant(),
        IntakeForm.Blank(OccupationCode), EffectiveOn, EmploymentForm, ContractSigned, ContractEndsOn, UnemploymentReason,
        IntakeForm.Blank(CertificateNumber), IntakeForm.Blank(ProviderName), IntakeForm.Blank(CourseOrProject),
        IntakeForm.Blank(Result), Measure);
}

public sealed record TimelineQuery(ServiceKind? Kind = null, int Page = 1, int PageSize = 50);
