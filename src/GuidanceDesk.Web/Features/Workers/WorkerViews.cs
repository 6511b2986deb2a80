using GuidanceDesk.Web.Domain;

namespace GuidanceDesk.Web.Features.Workers;

/// <summary>A worker's record as shown: identifiers masked unless the viewer may see them in full.</summary>
public sealed record WorkerView(
    long Id, long ServiceUnitId, string ServiceUnitName, string Name, Gender Gender, DateOnly DateOfBirth, int Age,
    string IdNumber, string? Phone, bool IdentifiersMasked,
    HouseholdType HouseholdType, string? HouseholdPlaceCode, string? HouseholdPlace,
    string ResidenceDistrictCode, string? ResidenceDistrict, string? ResidenceTownshipCode, string? ResidenceTownship, string? ResidenceAddress,
    Education Education, EmploymentStatus EmploymentStatus, IReadOnlyList<SpecialGroups> SpecialGroups, int? GraduationYear,
    AssistanceCategory? AssistanceCategory, IReadOnlyList<WorkExperience> WorkExperiences, IReadOnlyList<JobIntention> JobIntentions,
    long? CounselorId, string? CounselorName, IReadOnlyList<ConsentView> Consents,
    DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt, int Version, DateTimeOffset? AnonymisedAt = null)
{
    /// <summary>The record was anonymised (4.6.2b): pages say so, and nobody can reveal identifiers any more.</summary>
    public bool IsAnonymised => AnonymisedAt is not null;
}

public sealed record ConsentView(long Id, ConsentKind Kind, IReadOnlyList<ArchiveScope> Scope, DateOnly GivenOn, Channel Channel,
    string? Note, DateTimeOffset RecordedAt, DateTimeOffset? WithdrawnAt);

/// <summary>One row of a worker search result.</summary>
public sealed record WorkerListItem(
    long Id, long ServiceUnitId, string Name, Gender Gender, int Age, string IdNumber, string? Phone,
    string ResidenceDistrictCode, string? ResidenceDistrict, IReadOnlyList<SpecialGroups> SpecialGroups,
    long? CounselorId, string? CounselorName, DateTimeOffset CreatedAt);

public sealed record RevealedIdentifiers(long Id, string IdNumber, string? Phone);

public static class FlagLists
{
    public static IReadOnlyList<T> Split<T>(T flags) where T : struct, Enum =>
        [.. Enum.GetValues<T>().Where(v => Convert.ToInt64(v, System.Globalization.CultureInfo.InvariantCulture) != 0 && flags.HasFlag(v))];
}
