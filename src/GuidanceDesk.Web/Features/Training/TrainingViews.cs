using GuidanceDesk.Web.Domain;

namespace GuidanceDesk.Web.Features.Training;

/// <summary>A reason a provider or course cannot be recommended: its code (for clients) and its Chinese text.</summary>
public sealed record BarView(RecommendationBar Code, string Message);

public sealed record ProviderListItem(long Id, string Name, string CreditCode, string DistrictCode, string DistrictName, string Phone,
    bool IsRetired, DateOnly? QualifiedUntil, QualificationAlert Alert, bool Recommendable, IReadOnlyList<BarView> Reasons,
    int CourseCount, int Version)
{
    public bool CheckFailed => Reasons.Any(r => RecommendationBars.IsFailedCheck(r.Code));
}

public sealed record QualificationView(int Line, QualificationKind Kind, string Number, string Issuer, DateOnly ValidFrom, DateOnly? ValidTo,
    DateOnly? ReplacedOn, bool IsCurrent, bool IsValidToday);

public sealed record ProviderView(long Id, string Name, string CreditCode, string DistrictCode, string DistrictName, string Address,
    string? ContactPerson, string Phone, string? Email, string? Scope, bool IsRetired, DateTimeOffset? RetiredAt, string? RetiredReason,
    DateOnly? QualifiedUntil, QualificationAlert Alert, bool Recommendable, IReadOnlyList<BarView> Reasons,
    IReadOnlyList<QualificationView> Qualifications, IReadOnlyList<ProviderCheck> Checks, IReadOnlyList<CourseView> Courses, int Version);

public sealed record CourseView(long Id, long ProviderId, string ProviderName, string Title, string OccupationCode, string? OccupationName,
    SkillLevel Level, bool SubsidyEligible, string? SubsidyNote, DateOnly StartsOn, DateOnly EndsOn, int Hours, decimal Fee, int Seats,
    Channel Delivery, CourseStatus Status, string? Description, bool Recommendable, IReadOnlyList<BarView> Reasons, int Version);

public sealed record RecommendationView(long Id, long CaseId, long CourseId, string CourseTitle, long ProviderId, string ProviderName,
    long GuidanceRecordId, string? Note, string RecommendedByName, DateTimeOffset RecommendedAt);

public sealed record RecommendContext(long CaseId, long WorkerId, string WorkerName, bool IsClosed, IReadOnlyList<string> IntendedOccupations);
