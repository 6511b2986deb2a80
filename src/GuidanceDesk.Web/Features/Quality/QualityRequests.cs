using System.ComponentModel.DataAnnotations;
using GuidanceDesk.Web.Domain;
using GuidanceDesk.Web.Features.Cases;

namespace GuidanceDesk.Web.Features.Quality;

/// <summary>What the person raising a corrective or preventive action decides: kind, problem, owner, due date.</summary>
public sealed class RaiseActionRequest
{
    [Required(ErrorMessage = "请选择纠正或预防"), EnumDataType(typeof(CorrectiveActionKind), ErrorMessage = "请选择纠正或预防")]
    public CorrectiveActionKind? Kind { get; set; } = CorrectiveActionKind.Corrective;

    [Required(ErrorMessage = "请描述需要纠正或预防的问题"), StringLength(CorrectiveAction.MaxText, ErrorMessage = "不超过 2000 字")]
    public string? Problem { get; set; }

    [Required(ErrorMessage = "请选择责任人")]
    public long? OwnerStaffId { get; set; }

    [Required(ErrorMessage = "请填写完成期限")]
    public DateOnly? DueOn { get; set; }
}

/// <summary>An action raised directly (API), naming its source; other features call the handler with their own source.</summary>
public sealed class NewActionRequest
{
    [Required(ErrorMessage = "请选择服务单位")]
    public long? ServiceUnitId { get; set; }

    [Required(ErrorMessage = "请选择措施来源"), EnumDataType(typeof(CorrectiveActionSource), ErrorMessage = "请选择措施来源")]
    public CorrectiveActionSource? Source { get; set; } = CorrectiveActionSource.Other;

    [StringLength(100, ErrorMessage = "不超过 100 字")]
    public string? SourceRef { get; set; }

    [Required(ErrorMessage = "请说明措施来源"), StringLength(300, ErrorMessage = "不超过 300 字")]
    public string? SourceText { get; set; }

    public RaiseActionRequest Action { get; set; } = new();
}

public sealed class PlanActionRequest : IVersionedRequest
{
    [Required(ErrorMessage = "请分析问题的根本原因"), StringLength(CorrectiveAction.MaxText, ErrorMessage = "不超过 2000 字")]
    public string? RootCause { get; set; }

    [Required(ErrorMessage = "请填写拟采取的措施"), StringLength(CorrectiveAction.MaxText, ErrorMessage = "不超过 2000 字")]
    public string? PlannedAction { get; set; }

    public int? Version { get; set; }
}

public sealed class ReassignActionRequest : IVersionedRequest
{
    [Required(ErrorMessage = "请选择责任人")]
    public long? OwnerStaffId { get; set; }

    [Required(ErrorMessage = "请填写完成期限")]
    public DateOnly? DueOn { get; set; }

    public int? Version { get; set; }
}

public sealed class ActionNoteRequest : IVersionedRequest
{
    [StringLength(CorrectiveAction.MaxText, ErrorMessage = "不超过 2000 字")]
    public string? Note { get; set; }

    public int? Version { get; set; }
}

public sealed class VerifyActionRequest : IVersionedRequest
{
    [Required(ErrorMessage = "请选择措施是否有效")]
    public bool? Effective { get; set; }

    [Required(ErrorMessage = "请填写效果验证情况"), StringLength(CorrectiveAction.MaxText, ErrorMessage = "不超过 2000 字")]
    public string? Note { get; set; }

    /// <summary>When not effective: the owner's new due date.</summary>
    public DateOnly? DueOn { get; set; }

    public int? Version { get; set; }
}

public sealed class AuditRequest : IVersionedRequest
{
    [Required(ErrorMessage = "请选择服务单位")]
    public long? ServiceUnitId { get; set; }

    [Required(ErrorMessage = "请选择审核类型"), EnumDataType(typeof(AuditKind), ErrorMessage = "请选择审核类型")]
    public AuditKind? Kind { get; set; } = AuditKind.Internal;

    [Required(ErrorMessage = "请填写审核名称"), StringLength(200, ErrorMessage = "不超过 200 字")]
    public string? Title { get; set; }

    [Required(ErrorMessage = "请填写审核范围（条款或领域）"), StringLength(500, ErrorMessage = "不超过 500 字")]
    public string? Scope { get; set; }

    [Required(ErrorMessage = "请填写审核人员"), StringLength(200, ErrorMessage = "不超过 200 字")]
    public string? Auditors { get; set; }

    [StringLength(200, ErrorMessage = "不超过 200 字")]
    public string? SupervisingBody { get; set; }

    [Required(ErrorMessage = "请填写开始日期")]
    public DateOnly? PlannedStart { get; set; }

    [Required(ErrorMessage = "请填写结束日期")]
    public DateOnly? PlannedEnd { get; set; }

    public int? Version { get; set; }
}

public sealed class FindingRequest : IVersionedRequest
{
    [Required(ErrorMessage = "请填写对应条款"), StringLength(50, ErrorMessage = "不超过 50 字")]
    public string? ClauseRef { get; set; }

    [Required(ErrorMessage = "请描述发现的问题"), StringLength(InternalAudit.MaxText, ErrorMessage = "不超过 2000 字")]
    public string? Description { get; set; }

    [Required(ErrorMessage = "请选择发现的性质"), EnumDataType(typeof(FindingSeverity), ErrorMessage = "请选择发现的性质")]
    public FindingSeverity? Severity { get; set; }

    public int? Version { get; set; }
}

public sealed class AuditNoteRequest : IVersionedRequest
{
    [StringLength(InternalAudit.MaxText, ErrorMessage = "不超过 2000 字")]
    public string? Note { get; set; }

    public int? Version { get; set; }
}

public sealed class DisclosureRequest : IVersionedRequest
{
    [Required(ErrorMessage = "请填写开放时间"), StringLength(DisclosureContent.MaxLength, ErrorMessage = "不超过 1000 字")]
    public string? OpeningHours { get; set; }

    [Required(ErrorMessage = "请填写办理须知"), StringLength(DisclosureContent.MaxLength, ErrorMessage = "不超过 1000 字")]
    public string? WhatToBring { get; set; }

    [Required(ErrorMessage = "请填写服务承诺"), StringLength(DisclosureContent.MaxLength, ErrorMessage = "不超过 1000 字")]
    public string? Commitments { get; set; }

    [Required(ErrorMessage = "请填写投诉电话"), StringLength(100, ErrorMessage = "不超过 100 字")]
    public string? ComplaintPhone { get; set; }

    [Required(ErrorMessage = "请填写现场投诉地点"), StringLength(300, ErrorMessage = "不超过 300 字")]
    public string? ComplaintInPerson { get; set; }

    [Required(ErrorMessage = "请填写监督机构"), StringLength(300, ErrorMessage = "不超过 300 字")]
    public string? SupervisingAuthority { get; set; }

    [StringLength(DisclosureContent.MaxLength, ErrorMessage = "不超过 1000 字")]
    public string? Notes { get; set; }

    public int? Version { get; set; }

    public DisclosureContent ToContent() => new(OpeningHours ?? "", WhatToBring ?? "", Commitments ?? "", ComplaintPhone ?? "",
        ComplaintInPerson ?? "", SupervisingAuthority ?? "", Notes);

    public static DisclosureRequest From(DisclosureContent c, int? version) => new()
    {
        OpeningHours = c.OpeningHours, WhatToBring = c.WhatToBring, Commitments = c.Commitments, ComplaintPhone = c.ComplaintPhone,
        ComplaintInPerson = c.ComplaintInPerson, SupervisingAuthority = c.SupervisingAuthority, Notes = c.Notes, Version = version,
    };
}

public sealed record ActionFilter(CorrectiveActionStatus? Status = null, bool Overdue = false, long? UnitId = null, bool Open = false,
    CorrectiveActionSource? Source = null, int Page = 1, int PageSize = 50);
