using GuidanceDesk.Web.Domain;

namespace GuidanceDesk.Web.Features.Assessments;

public sealed record InstrumentView(long Id, string Code, string Version, InstrumentKind Kind, string Name, string NameEn, string Description,
    int ItemCount, int EstimatedMinutes, string Source, TranslationRecord? Translation, string NormGroup, bool Retired);

public sealed record InstrumentItemView(int Index, string Id, string Scale, string Text, string TextEn);

public sealed record InstrumentDetailView(InstrumentView Instrument, string Instructions, ResponseScale ResponseScale,
    IReadOnlyList<ScaleDefinition> Scales, IReadOnlyList<InstrumentItemView> Items);

public sealed record AssessmentSummary(long Id, long InstrumentId, string InstrumentName, InstrumentKind Kind, AssessmentStatus Status,
    Administration Administration, int Answered, int ItemCount, DateTimeOffset? StartedAt, DateTimeOffset? CompletedAt, int? ActiveSeconds,
    ResponseWarnings Warnings, string? HollandCode, int Version, long PlanId);

public sealed record PlanView(long Id, long WorkerId, string WorkerName, long? CaseId, string Purpose, AssessmentMode Mode, DateOnly PlannedOn,
    string? Note, AssessmentPlanStatus Status, IReadOnlyList<long> InstrumentIds, IReadOnlyList<string> InstrumentNames,
    DateTimeOffset CreatedAt, string CreatedBy, DateTimeOffset? AgreedAt, Channel? AgreementChannel, string? AgreementRecordedBy,
    string? CancelReason, IReadOnlyList<AssessmentSummary> Assessments, long? ReportId, ReportStatus? ReportStatus, int Version);

public sealed record PlanListItem(long Id, long WorkerId, string WorkerName, AssessmentMode Mode, DateOnly PlannedOn,
    AssessmentPlanStatus Status, int Assessments, int Completed, long? ReportId, ReportStatus? ReportStatus, bool FedBack, DateTimeOffset CreatedAt);

/// <summary>What the worker needs to answer: the items in order, the options and the answers saved so far.</summary>
public sealed record TakeView(long Id, long PlanId, string InstrumentName, string Instructions, int EstimatedMinutes, AssessmentStatus Status,
    IReadOnlyList<ScaleLabel> Options, IReadOnlyList<InstrumentItemView> Items, IReadOnlyList<int?> Answers, bool OnSite, string InstructionsEn = "")
{
    public int Answered => Answers.Count(a => a is not null);

    /// <summary>The first unanswered item (where a resumed session starts).</summary>
    public int ResumeAt => Math.Max(0, Answers.ToList().FindIndex(a => a is null));
}

public sealed record ScaleResultView(string Code, string? Parent, string Name, int Raw, int Min, int Max, int Percentile, string Level, string Meaning);

public sealed record AssessmentResultView(AssessmentSummary Assessment, string InstrumentVersion, string NormGroup,
    IReadOnlyList<ScaleResultView> Scales, IReadOnlyList<string> Warnings, string? HollandCode, bool Tied, string Consistency, string Differentiation);

public sealed record ReportView(long Id, long PlanId, long WorkerId, long? CaseId, string Number, ReportStatus Status, string? Evaluation,
    string? NextSteps, IReadOnlyList<OccupationSuggestion> Suggestions, long? PreviousReportId, DateTimeOffset? IssuedAt, string? IssuedBy,
    DateOnly? FeedbackOn, Channel? FeedbackChannel, string? WorkerComments, int Version);
