using GuidanceDesk.Web.Domain;

namespace GuidanceDesk.Web.Features.Placements;

/// <summary>A vacancy ranked for a worker, with the reasons of its score.</summary>
public sealed record VacancyMatch(
    long VacancyId, string Title, long EmployerId, string EmployerName, string? OccupationCode, string DistrictCode,
    string DistrictName, int PayMin, int PayMax, int OpenPosts, DateOnly ClosesOn, int Score, int Max,
    IReadOnlyList<MatchComponent> Components, long? ActivePlacementId);

/// <summary>
/// A worker ranked for a vacancy, shown masked: what matters for the post and nothing that identifies the person
/// beyond the name (no ID number, no phone, no address).
/// </summary>
public sealed record CandidateMatch(
    long WorkerId, string Name, int Age, Education Education, string EducationName, int ExperienceYears, string? DistrictCode,
    string DistrictName, int Score, int Max, IReadOnlyList<MatchComponent> Components, long? ActivePlacementId);

/// <summary>The recommendations for a worker. <see cref="Refused"/>: the worker refused automated recommendations (PIPL art. 24).</summary>
public sealed record WorkerMatches(long WorkerId, string WorkerName, bool Refused, bool HasIntentions, long? OpenCaseId,
    IReadOnlyList<VacancyMatch> Items);

public sealed record VacancyCandidates(long VacancyId, string Title, string EmployerName, VacancyStatus Status,
    IReadOnlyList<CandidateMatch> Items);
