using System.ComponentModel.DataAnnotations;
using GuidanceDesk.Web.Domain;
using GuidanceDesk.Web.Features.Cases;

namespace GuidanceDesk.Web.Features.Risk;

/// <summary>Raising a risk alert (8.2): on a worker (and their case, when known), what kind, what was observed.</summary>
public sealed class RaiseAlertRequest
{
    [Required(ErrorMessage = "请选择劳动者")]
    public long? WorkerId { get; set; }

    public long? CaseId { get; set; }

    [Required(ErrorMessage = "请选择风险类别"), EnumDataType(typeof(RiskKind), ErrorMessage = "请选择风险类别")]
    public RiskKind? Kind { get; set; }

    [Required(ErrorMessage = "请写下观察到的情况"), StringLength(RiskAlert.MaxText, ErrorMessage = "不超过 2000 字")]
    public string? Observed { get; set; }

    /// <summary>The danger is happening now.</summary>
    public bool ImmediateDanger { get; set; }
}

/// <summary>An action taken: whom was contacted, when (Beijing time), and what came of it.</summary>
public sealed class RiskActionRequest : IVersionedRequest
{
    [Required(ErrorMessage = "请选择联系对象"), EnumDataType(typeof(RiskContactKind), ErrorMessage = "请选择联系对象")]
    public RiskContactKind? Contact { get; set; }

    [Required(ErrorMessage = "请填写联系时间")]
    public DateTime? ContactedAt { get; set; }

    [Required(ErrorMessage = "请填写联系了谁"), StringLength(200, ErrorMessage = "不超过 200 字")]
    public string? Who { get; set; }

    [Required(ErrorMessage = "请填写联系的结果"), StringLength(1000, ErrorMessage = "不超过 1000 字")]
    public string? Result { get; set; }

    public int? Version { get; set; }
}

public sealed class CloseAlertRequest : IVersionedRequest
{
    [Required(ErrorMessage = "请填写关闭说明"), StringLength(RiskAlert.MaxText, ErrorMessage = "不超过 2000 字")]
    public string? Summary { get; set; }

    public int? Version { get; set; }
}

public sealed class AcknowledgeRequest : IVersionedRequest
{
    public int? Version { get; set; }
}

/// <summary>The unit's on-duty list, in escalation order.</summary>
public sealed class DutyRosterRequest : IVersionedRequest
{
    [MinLength(1, ErrorMessage = "值守名单至少要有一人")]
    public List<DutyMemberRequest> Members { get; set; } = [];

    [Range(1, 120, ErrorMessage = "升级间隔应在1到120分钟之间")]
    public int EscalationMinutes { get; set; } = RiskDutyRoster.DefaultEscalationMinutes;

    [Required(ErrorMessage = "请填写心理援助热线"), StringLength(40, ErrorMessage = "不超过 40 字")]
    public string? CrisisHotline { get; set; } = RiskDutyRoster.DefaultHotline;

    public int? Version { get; set; }
}

public sealed class DutyMemberRequest
{
    [Required(ErrorMessage = "请选择人员")]
    public long? StaffMemberId { get; set; }

    [EnumDataType(typeof(RiskDuty), ErrorMessage = "值守职责不正确")]
    public RiskDuty Duty { get; set; } = RiskDuty.Other;
}
