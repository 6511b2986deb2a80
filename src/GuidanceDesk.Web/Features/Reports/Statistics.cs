namespace GuidanceDesk.Web.Features.Reports;

/// <summary>One bar of a breakdown: a stable key (the enum name), its Chinese label and the count.</summary>
public sealed record Figure(string Key, string Label, long Value);

/// <summary>Open cases of one counselor (null: not yet assigned).</summary>
public sealed record Caseload(long? StaffId, string Name, long OpenCases);

/// <summary>
/// 统计报表 for a unit (or the whole city) and a period: figures only, never a person's name other than the staff's own
/// (the caseload table names counselors, which is the point of it).
/// </summary>
public sealed record ReportStatistics(
    long? UnitId, string UnitName, DateOnly From, DateOnly To,
    long Records, IReadOnlyList<Figure> RecordsByKind, IReadOnlyList<Figure> RecordsByChannel,
    long GroupSessionsHeld, long GroupAttendances, long AssessmentsCompleted,
    long OpenCases, IReadOnlyList<Figure> OpenCasesByStage, long CasesOpened, long CasesClosed,
    IReadOnlyList<Figure> ClosedByOutcome, long Employed, double? PlacementRate, double? MedianDaysToEmployment, double? AverageDaysToEmployment,
    long WorkersServed, IReadOnlyList<Figure> ServedByGroup, IReadOnlyList<Figure> AssistanceTargetsByCategory, long AssistanceTargetsEmployed,
    IReadOnlyList<Caseload> Caseloads, double? AverageCaseload,
    double? SatisfactionIndex, long SatisfactionResponses, double? SatisfactionResponseRate,
    DateTimeOffset ComputedAt, long ElapsedMs);
