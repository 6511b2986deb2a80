namespace GuidanceDesk.Bench.Generate;

internal enum Col { Long, Int, Text, Json, Instant, Date, Bool }

/// <summary>One column: its name as the migrations create it, its kind (which decides the provider's storage) and its value.</summary>
internal sealed record Column<T>(string Name, Col Kind, Func<T, object?> Get);

/// <summary>
/// The columns of the guidance tables the generator fills, as in the GuidanceCases migration (Version is always 0,
/// as for a row EF has just inserted). Both bulk writers use these lists, so the two providers get the same rows.
/// </summary>
internal static class CaseTables
{
    public static readonly Column<SlotRow>[] Slots =
    [
        new("Id", Col.Long, x => x.Id), new("ServiceUnitId", Col.Long, x => x.UnitId), new("CounselorId", Col.Long, x => x.CounselorId),
        new("StartsAt", Col.Instant, x => x.StartsAt), new("EndsAt", Col.Instant, x => x.EndsAt), new("Channel", Col.Int, _ => null),
        new("ReservedForPriority", Col.Bool, x => x.ReservedForPriority), new("IsWithdrawn", Col.Bool, _ => false),
        new("CreatedAt", Col.Instant, x => x.CreatedAt), new("Version", Col.Int, _ => 0),
    ];

    public static readonly Column<CaseRow>[] Cases =
    [
        new("Id", Col.Long, x => x.Id), new("ServiceUnitId", Col.Long, x => x.UnitId), new("WorkerId", Col.Long, x => x.WorkerId),
        new("CounselorId", Col.Long, x => x.CounselorId), new("Channel", Col.Int, x => x.Channel), new("Stage", Col.Int, x => x.Stage),
        new("StageBeforeClose", Col.Int, x => x.StageBeforeClose), new("NeededServices", Col.Int, x => x.NeededServices),
        new("NeedsAnalysis", Col.Text, x => x.NeedsAnalysis), new("ReviewAnalysis", Col.Text, x => x.ReviewAnalysis),
        new("ReviewStartedAt", Col.Instant, x => x.ReviewStartedAt), new("OpenedAt", Col.Instant, x => x.OpenedAt),
        new("ClosedAt", Col.Instant, x => x.ClosedAt), new("LastActivityAt", Col.Instant, x => x.LastActivityAt), new("Version", Col.Int, _ => 0),
        new("ClosedWith", Col.Int, x => x.ClosedWith), new("ClosedWorkerGroups", Col.Int, x => x.ClosedWorkerGroups),
        new("Assignments", Col.Json, x => x.Assignments), new("Checklist", Col.Json, x => x.Checklist), new("Goals", Col.Json, x => x.Goals),
        new("Intake", Col.Json, x => x.Intake), new("Outcome", Col.Json, x => x.Outcome), new("Transitions", Col.Json, x => x.Transitions),
    ];

    public static readonly Column<PlanRow>[] Plans =
    [
        new("Id", Col.Long, x => x.Id), new("ServiceUnitId", Col.Long, x => x.UnitId), new("CaseId", Col.Long, x => x.CaseId),
        new("WorkerId", Col.Long, x => x.WorkerId), new("Sequence", Col.Int, x => x.Sequence), new("PreviousPlanId", Col.Long, x => x.PreviousPlanId),
        new("Goal", Col.Text, x => x.Goal), new("PeriodStart", Col.Date, x => x.PeriodStart), new("PeriodEnd", Col.Date, x => x.PeriodEnd),
        new("FollowUpEveryDays", Col.Int, x => x.FollowUpEveryDays), new("Status", Col.Int, x => x.Status),
        new("CreatedAt", Col.Instant, x => x.CreatedAt), new("ActivatedAt", Col.Instant, x => x.ActivatedAt),
        new("EndedAt", Col.Instant, x => x.EndedAt), new("Version", Col.Int, _ => 0), new("Actions", Col.Json, x => x.Actions),
        new("Agreement", Col.Json, x => x.Agreement), new("Changes", Col.Json, x => x.Changes),
    ];

    public static readonly Column<FollowUpRow>[] FollowUps =
    [
        new("Id", Col.Long, x => x.Id), new("ServiceUnitId", Col.Long, x => x.UnitId), new("CaseId", Col.Long, x => x.CaseId),
        new("PlanId", Col.Long, x => x.PlanId), new("WorkerId", Col.Long, x => x.WorkerId), new("CounselorId", Col.Long, x => x.CounselorId),
        new("DueOn", Col.Date, x => x.DueOn), new("Status", Col.Int, x => x.Status), new("DoneAt", Col.Instant, x => x.DoneAt),
        new("Channel", Col.Int, x => x.Channel), new("WhatWasDone", Col.Text, x => x.WhatWasDone), new("WhatChanged", Col.Text, x => x.WhatChanged),
        new("ReportedStatus", Col.Int, x => x.ReportedStatus), new("CheckIn", Col.Text, x => x.CheckIn),
        new("CheckInAt", Col.Instant, x => x.CheckInAt), new("Version", Col.Int, _ => 0),
    ];

    public static readonly Column<RecordRow>[] Records =
    [
        new("Id", Col.Long, x => x.Id), new("ServiceUnitId", Col.Long, x => x.UnitId), new("WorkerId", Col.Long, x => x.WorkerId),
        new("CaseId", Col.Long, x => x.CaseId), new("CounselorId", Col.Long, x => x.CounselorId), new("Kind", Col.Int, x => x.Kind),
        new("OccurredAt", Col.Instant, x => x.OccurredAt), new("DurationMinutes", Col.Int, x => x.DurationMinutes),
        new("Channel", Col.Int, x => x.Channel), new("ServiceItems", Col.Int, x => x.ServiceItems), new("Content", Col.Text, x => x.Content),
        new("Advice", Col.Text, x => x.Advice), new("NextSteps", Col.Text, x => x.NextSteps),
        new("RecordedByUserId", Col.Text, x => x.RecordedByUserId), new("RecordedAt", Col.Instant, x => x.RecordedAt),
        new("Version", Col.Int, _ => 0), new("Registration", Col.Json, x => x.Registration),
    ];

    public static readonly Column<AppointmentRow>[] Appointments =
    [
        new("Id", Col.Long, x => x.Id), new("ServiceUnitId", Col.Long, x => x.UnitId), new("WorkerId", Col.Long, x => x.WorkerId),
        new("CounselorId", Col.Long, x => x.CounselorId), new("SlotId", Col.Long, x => x.SlotId), new("StartsAt", Col.Instant, x => x.StartsAt),
        new("EndsAt", Col.Instant, x => x.EndsAt), new("Purposes", Col.Int, x => x.Purposes), new("Channel", Col.Int, x => x.Channel),
        new("Source", Col.Int, x => x.Source), new("DifficultyNote", Col.Text, x => x.DifficultyNote), new("IsPriority", Col.Bool, x => x.IsPriority),
        new("Status", Col.Int, x => x.Status), new("CancelReason", Col.Text, x => x.CancelReason),
        new("CancelledByWorker", Col.Bool, x => x.CancelledByWorker), new("ArrivedAt", Col.Instant, x => x.ArrivedAt),
        new("CaseId", Col.Long, x => x.CaseId), new("RescheduleCount", Col.Int, _ => 0), new("CreatedByUserId", Col.Text, x => x.CreatedByUserId),
        new("CreatedAt", Col.Instant, x => x.CreatedAt), new("Version", Col.Int, _ => 0),
    ];

    /// <summary>The tables in the order their rows must be written (referenced tables first).</summary>
    public static readonly string[] Order = ["CounselorSlots", "GuidanceCases", "EmploymentPlans", "FollowUps", "GuidanceRecords", "Appointments"];
}
