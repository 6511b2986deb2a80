namespace GuidanceDesk.Web.Domain;

/// <summary>One job intention of a seeker, with what matching needs of the seeker beside it (see <see cref="SeekerIntention"/>).</summary>
public sealed record MatchSeeker(
    string? OccupationCode, string? DistrictCode, int? MinMonthlyPay, Education Education, int ExperienceYears,
    DateOnly DateOfBirth, IReadOnlyList<string>? Skills = null)
{
    public static MatchSeeker From(SeekerIntention s) =>
        new(s.OccupationCode, s.DistrictCode, s.MinMonthlyPay, s.Education, s.ExperienceYears, s.DateOfBirth);
}

/// <summary>What matching needs of a vacancy.</summary>
public sealed record MatchVacancy(
    string? OccupationCode, string DistrictCode, int PayMin, int PayMax, Education MinEducation, int MinExperienceYears,
    int? AgeMin, int? AgeMax, IReadOnlyList<string> Skills)
{
    public static MatchVacancy From(Vacancy v) =>
        new(v.OccupationCode, v.DistrictCode, v.PayMin, v.PayMax, v.MinEducation, v.MinExperienceYears, v.AgeMin, v.AgeMax, v.Skills);
}

public enum MatchFactor { Occupation = 1, District = 2, Pay = 3, Education = 4, Experience = 5, Skills = 6, Age = 7, Assessment = 8 }

/// <summary>One reason of a match: how many of the factor's points it earned, and why, in words the worker understands.</summary>
public sealed record MatchComponent(MatchFactor Factor, int Points, int Max, string Explanation);

/// <summary>
/// A scored match. <see cref="Eligible"/> is false when the law rules the match out (a person under 16, Labour Law
/// art. 15): such matches are never recommended, whatever they score.
/// </summary>
public sealed record MatchResult(int Score, int Max, bool Eligible, IReadOnlyList<MatchComponent> Components)
{
    /// <summary>The better of two intentions' matches with the same vacancy (eligible first, then score).</summary>
    public static MatchResult Best(MatchResult a, MatchResult b) =>
        (a.Eligible, a.Score).CompareTo((b.Eligible, b.Score)) >= 0 ? a : b;
}
