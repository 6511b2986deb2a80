using GuidanceDesk.Web.Domain;

namespace GuidanceDesk.Web.Features.Cases;

/// <summary>The case page: everything about one case, with the worker's full timeline (7.1.10 全程记录).</summary>
public sealed record CaseView(
    long Id, long ServiceUnitId, long WorkerId, string WorkerName, IReadOnlyList<SpecialGroups> WorkerGroups, bool IsPriority,
    long? CounselorId, string? CounselorName, Channel Channel, CaseStage Stage, CaseStage? NextStage, string? MissingForNext,
    IntakeNotes? Intake, IReadOnlyList<ServiceItems> NeededServices, string? NeedsAnalysis,
    string? ReviewAnalysis, DateTimeOffset? ReviewStartedAt, CaseOutcome? Outcome,
    IReadOnlyList<GuidanceGoal> Goals, IReadOnlyList<StageTransition> Transitions, IReadOnlyList<CounselorAssignment> Assignments,
    IReadOnlyList<ChecklistItemView> Checklist, IReadOnlyList<PlanView> Plans, IReadOnlyList<FollowUpView> FollowUps,
    IReadOnlyList<RecordView> Records, IReadOnlyList<TimelineEntry> Timeline, int UnreadMessages,
    DateTimeOffset OpenedAt, DateTimeOffset? ClosedAt, DateTimeOffset LastActivityAt, int Version)
{
    public PlanView? CurrentPlan => Plans.FirstOrDefault(p => p.Status is PlanStatus.Active or PlanStatus.Draft);
}

public sealed record ChecklistItemView(string Code, SpecialGroups Group, string Title, bool Done, DateOnly? DoneOn, string? Note);

public sealed record PlanView(long Id, int Sequence, long? PreviousPlanId, string Goal, DateOnly PeriodStart, DateOnly PeriodEnd,
    int FollowUpEveryDays, PlanStatus Status, PlanAgreement? Agreement, IReadOnlyList<PlanAction> Actions,
    IReadOnlyList<PlanChange> Changes, DateTimeOffset CreatedAt, DateTimeOffset? ActivatedAt, DateTimeOffset? EndedAt, int Version);

public sealed record FollowUpView(long Id, long PlanId, DateOnly DueOn, FollowUpStatus Status, bool IsOverdue, DateTimeOffset? DoneAt,
    Channel? Channel, string? WhatWasDone, string? WhatChanged, EmploymentStatus? ReportedStatus, string? CheckIn,
    DateTimeOffset? CheckInAt, string? CounselorName, int Version);

public sealed record RecordView(long Id, long? CaseId, ServiceKind Kind, DateTimeOffset OccurredAt, int DurationMinutes, Channel Channel,
    IReadOnlyList<ServiceItems> ServiceItems, string Content, string? Advice, string? NextSteps, ServiceRegistration? Registration,
    long CounselorId, string CounselorName, DateTimeOffset RecordedAt, int Version);

public enum TimelineKind { Stage, Record, FollowUp, CheckIn, Appointment, Plan }

/// <summary>One line of the timeline, newest first; <see cref="RefId"/> points at the record it stands for.</summary>
public sealed record TimelineEntry(DateTimeOffset At, TimelineKind Kind, string Title, string? Detail, Channel? Channel, long? RefId);
