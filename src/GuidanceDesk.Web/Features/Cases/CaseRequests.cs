using System.ComponentModel.DataAnnotations;
using GuidanceDesk.Web.Domain;

namespace GuidanceDesk.Web.Features.Cases;

public sealed class OpenCaseRequest
{
    [Required(ErrorMessage = "请选择劳动者")]
    public long? WorkerId { get; set; }

    public Channel Channel { get; set; } = Channel.Offline;

    [StringLength(500)]
    public string? Reason { get; set; }

    /// <summary>The appointment that brought the worker in, if any; it joins the case (its form goes to the archive).</summary>
    public long? AppointmentId { get; set; }
}

public sealed class AssignRequest : IVersionedRequest
{
    [Required(ErrorMessage = "请选择职业指导人员")]
    public long? CounselorId { get; set; }

    [StringLength(500)]
    public string? Reason { get; set; }

    /// <summary>Assign although the person does not meet 4.6.1 (manager or head only; the reason is required).</summary>
    public bool Override { get; set; }

    public int? Version { get; set; }
}

public sealed class IntakeForm : IVersionedRequest
{
    [Required(ErrorMessage = "请填写基本情况"), StringLength(4000)]
    public string Situation { get; set; } = "";

    [StringLength(4000)]
    public string? Experience { get; set; }

    [StringLength(4000)]
    public string? Intentions { get; set; }

    public List<Difficulties> Difficulties { get; set; } = [];

    [StringLength(2000)]
    public string? DifficultyNote { get; set; }

    public int? Version { get; set; }

    public IntakeNotes ToNotes() => new(Situation.Trim(), Blank(Experience), Blank(Intentions),
        Difficulties.Aggregate(Domain.Difficulties.None, (a, d) => a | d), Blank(DifficultyNote));

    internal static string? Blank(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
}

public sealed class NeedsForm : IVersionedRequest
{
    public List<ServiceItems> Needed { get; set; } = [];

    [StringLength(4000)]
    public string? Analysis { get; set; }

    public int? Version { get; set; }

    public ServiceItems NeededSet => Needed.Aggregate(ServiceItems.None, (a, i) => a | i);
}

public sealed class GoalForm
{
    [Required(ErrorMessage = "请填写目标内容"), StringLength(500)]
    public string Text { get; set; } = "";

    public DateOnly? TargetDate { get; set; }
}

/// <summary>Staff record that the worker confirmed the goals in person; in the portal the worker confirms directly.</summary>
public sealed class ConfirmGoalsRequest : IVersionedRequest
{
    [StringLength(50)]
    public string? ConfirmedBy { get; set; }

    /// <summary>The case as the worker saw it: a goal added since then is not confirmed unseen (409).</summary>
    public int? Version { get; set; }
}

public sealed record GoalStatusRequest(GoalStatus Status);

public sealed class MoveRequest : IVersionedRequest
{
    public CaseStage To { get; set; }

    [Required(ErrorMessage = "请填写原因"), StringLength(500)]
    public string Reason { get; set; } = "";

    public int? Version { get; set; }
}

public sealed class ReviewForm
{
    [Required(ErrorMessage = "请填写问题分析"), StringLength(4000)]
    public string Analysis { get; set; } = "";
}

public sealed class CloseRequest : IVersionedRequest
{
    public OutcomeKind Outcome { get; set; } = OutcomeKind.Employed;

    [StringLength(100)]
    public string? EmployerName { get; set; }

    public long? EmployerId { get; set; }

    [Common.OccupationCode]
    public string? OccupationCode { get; set; }

    public DateOnly? StartedOn { get; set; }

    [Range(1, 1_000_000, ErrorMessage = "月工资不正确")]
    public int? MonthlyPay { get; set; }

    [StringLength(1000)]
    public string? Note { get; set; }

    [Required(ErrorMessage = "请填写结案原因"), StringLength(500)]
    public string Reason { get; set; } = "";

    public int? Version { get; set; }

    public CaseOutcome ToOutcome() => new(Outcome, IntakeForm.Blank(EmployerName), EmployerId, IntakeForm.Blank(OccupationCode),
        StartedOn, MonthlyPay, IntakeForm.Blank(Note));
}

public sealed class ReasonRequest
{
    [Required(ErrorMessage = "请填写原因"), StringLength(500)]
    public string Reason { get; set; } = "";
}

public sealed class ChecklistRequest
{
    [Required(ErrorMessage = "请选择事项"), StringLength(40, ErrorMessage = "事项不存在")]
    public string ItemCode { get; set; } = "";

    public DateOnly? DoneOn { get; set; }

    [StringLength(500)]
    public string? Note { get; set; }
}

public sealed record CaseQuery(long? CounselorId = null, CaseStage? Stage = null, SpecialGroups? Group = null,
    string? Name = null, bool? Open = true, int Page = 1, int PageSize = 50);

/// <summary>A write that carries the version it was based on (or gets it from If-Match): stale → 409.</summary>
public interface IVersionedRequest
{
    int? Version { get; set; }
}
