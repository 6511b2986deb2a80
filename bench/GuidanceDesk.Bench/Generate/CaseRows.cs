namespace GuidanceDesk.Bench.Generate;

// Column bags for the guidance tables (see Rows.cs): model values (enums as ints, DateOnly, DateTimeOffset in UTC),
// owned JSON columns as finished text in the provider's shape (CaseJson).

internal sealed class CaseRow
{
    public long Id;
    public long UnitId;
    public long WorkerId;
    public long? CounselorId;
    public int Channel;
    public int Stage;
    public int? StageBeforeClose;
    public int NeededServices;
    public string? NeedsAnalysis;
    public string? ReviewAnalysis;
    public DateTimeOffset? ReviewStartedAt;
    public DateTimeOffset OpenedAt;
    public DateTimeOffset? ClosedAt;
    public DateTimeOffset LastActivityAt;
    public string Assignments = "[]";
    public string Checklist = "[]";
    public string Goals = "[]";
    public string? Intake;
    public string? Outcome;
    public int? ClosedWith;
    public int ClosedWorkerGroups;
    public string Transitions = "[]";
}

internal sealed class PlanRow
{
    public long Id;
    public long UnitId;
    public long CaseId;
    public long WorkerId;
    public int Sequence;
    public long? PreviousPlanId;
    public string Goal = "";
    public DateOnly PeriodStart;
    public DateOnly PeriodEnd;
    public int FollowUpEveryDays;
    public int Status;
    public DateTimeOffset CreatedAt;
    public DateTimeOffset? ActivatedAt;
    public DateTimeOffset? EndedAt;
    public string Actions = "[]";
    public string? Agreement;
    public string Changes = "[]";
}

internal sealed class FollowUpRow
{
    public long Id;
    public long UnitId;
    public long CaseId;
    public long PlanId;
    public long WorkerId;
    public long? CounselorId;
    public DateOnly DueOn;
    public int Status;
    public DateTimeOffset? DoneAt;
    public int? Channel;
    public string? WhatWasDone;
    public string? WhatChanged;
    public int? ReportedStatus;
    public string? CheckIn;
    public DateTimeOffset? CheckInAt;
}

internal sealed class RecordRow
{
    public long Id;
    public long UnitId;
    public long WorkerId;
    public long? CaseId;
    public long CounselorId;
    public int Kind;
    public DateTimeOffset OccurredAt;
    public int DurationMinutes;
    public int Channel;
    public int ServiceItems;
    public string Content = "";
    public string? Advice;
    public string? NextSteps;
    public string RecordedByUserId = "";
    public DateTimeOffset RecordedAt;
    public string? Registration;
}

internal sealed class AppointmentRow
{
    public long Id;
    public long UnitId;
    public long WorkerId;
    public long CounselorId;
    public long? SlotId;
    public DateTimeOffset StartsAt;
    public DateTimeOffset EndsAt;
    public int Purposes;
    public int Channel;
    public int Source;
    public string? DifficultyNote;
    public bool IsPriority;
    public int Status;
    public string? CancelReason;
    public bool CancelledByWorker;
    public DateTimeOffset? ArrivedAt;
    public long? CaseId;
    public string CreatedByUserId = "";
    public DateTimeOffset CreatedAt;
}

internal sealed class SlotRow
{
    public long Id;
    public long UnitId;
    public long CounselorId;
    public DateTimeOffset StartsAt;
    public DateTimeOffset EndsAt;
    public bool ReservedForPriority;
    public DateTimeOffset CreatedAt;
}

/// <summary>One batch of the guidance tables, written in foreign-key order (slots, cases, plans, then the rest).</summary>
internal sealed class CaseBatch
{
    public List<SlotRow> Slots { get; } = [];
    public List<CaseRow> Cases { get; } = [];
    public List<PlanRow> Plans { get; } = [];
    public List<FollowUpRow> FollowUps { get; } = [];
    public List<RecordRow> Records { get; } = [];
    public List<AppointmentRow> Appointments { get; } = [];

    public int Rows => Slots.Count + Cases.Count + Plans.Count + FollowUps.Count + Records.Count + Appointments.Count;
}

/// <summary>A database the guidance batches are streamed into.</summary>
internal interface ICaseBulkTarget : IAsyncDisposable
{
    /// <summary>Drops the secondary indexes of the guidance tables (re-created in <see cref="FinishAsync"/>) and whatever else speeds the load.</summary>
    Task PrepareAsync();

    Task<long> NextIdAsync(string table);

    Task WriteAsync(CaseBatch batch);

    Task FinishAsync();
}
