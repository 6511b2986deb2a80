using GuidanceDesk.Web.Domain;

namespace GuidanceDesk.Web.Features.Placements;

/// <summary>A placement as the API and the details page show it; the worker appears without identifiers.</summary>
public sealed record PlacementView(
    long Id, long ServiceUnitId, long WorkerId, string WorkerName, int WorkerAge, Education WorkerEducation,
    long VacancyId, string VacancyTitle, string? OccupationCode, string DistrictName, int PayMin, int PayMax, VacancyStatus VacancyStatus,
    long EmployerId, string EmployerName, long? CaseId, CaseStage? CaseStage, long? CounselorId, string? CounselorName,
    int Score, int MaxScore, IReadOnlyList<MatchComponent> Components, Channel Channel, bool IsManual, string? Note,
    PlacementStatus Status, string StatusName, DateTimeOffset? ReferredAt, DateOnly? InterviewedOn, string? RejectionReason,
    DateOnly? StartsOn, int? MonthlyPay, IReadOnlyList<PlacementStep> Steps, DateTimeOffset CreatedAt, int Version)
{
    public bool IsActive => Placement.IsActiveStatus(Status);
}

/// <summary>One row of a placements list.</summary>
public sealed record PlacementRow(
    long Id, long WorkerId, string WorkerName, long VacancyId, string VacancyTitle, string EmployerName, int Score,
    bool IsManual, PlacementStatus Status, string StatusName, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt);

public sealed record PlacementQuery(PlacementStatus? Status = null, long? WorkerId = null, long? VacancyId = null, int Page = 1, int PageSize = 20);
