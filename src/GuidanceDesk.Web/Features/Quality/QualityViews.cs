using GuidanceDesk.Web.Domain;

namespace GuidanceDesk.Web.Features.Quality;

public sealed record AuditListItem(long Id, long ServiceUnitId, string UnitName, AuditKind Kind, string Title, string Scope, DateOnly PlannedStart,
    DateOnly PlannedEnd, AuditStatus Status, int Findings, int Nonconformities);

/// <summary>A finding with the actions raised from it.</summary>
public sealed record FindingView(int Number, string ClauseRef, string Description, FindingSeverity Severity, DateTimeOffset RecordedAt, string ByName,
    IReadOnlyList<long> ActionIds);

public sealed record AuditView(long Id, long ServiceUnitId, string UnitName, AuditKind Kind, string Title, string Scope, string Auditors,
    string? SupervisingBody, DateOnly PlannedStart, DateOnly PlannedEnd, DateOnly? StartedOn, DateOnly? CompletedOn, string? Summary,
    AuditStatus Status, IReadOnlyList<FindingView> Findings, string CreatedByName, int Version, bool CanManage);

public sealed record ActionListItem(long Id, long ServiceUnitId, string UnitName, CorrectiveActionKind Kind, CorrectiveActionSource Source,
    string SourceText, string Problem, string OwnerName, DateOnly DueOn, CorrectiveActionStatus Status, bool Overdue, int EscalationLevel);

public sealed record ActionView(long Id, long ServiceUnitId, string UnitName, CorrectiveActionKind Kind, CorrectiveActionSource Source,
    string SourceRef, string SourceText, string? SourceLink, string Problem, long OwnerStaffId, string OwnerName, DateOnly DueOn, bool Overdue,
    string? RootCause, string? PlannedAction, string? ImplementationNote, DateTimeOffset? ImplementedAt, bool? Effective, string? VerificationNote,
    string? VerifiedByName, DateTimeOffset? VerifiedAt, DateTimeOffset? ClosedAt, CorrectiveActionStatus Status, DateTimeOffset RaisedAt,
    string RaisedByName, IReadOnlyList<CorrectiveActionEvent> Events, int Version, bool CanManage, bool IsOwner);

public sealed record StaffChoice(long Id, string Name);

/// <summary>What the "raise an action" fields start with: who can own it, the problem text, a due date.</summary>
public sealed record RaiseForm(IReadOnlyList<StaffChoice> Staff, string? Problem, DateOnly DueOn, string Prefix = "Raise");

/// <summary>An action already raised from a source, shown beside it (conformance row, driver, third-party finding).</summary>
public sealed record RaisedAction(long Id, string SourceRef, CorrectiveActionStatus Status, string OwnerName, DateOnly DueOn);
