namespace GuidanceDesk.Web.Domain;

/// <summary>Thresholds of <see cref="HardToFillRules"/> (configuration section <c>Market</c>).</summary>
public sealed record HardToFillSettings(int OpenDays = 30, decimal ShortageRatio = 1.5m);

/// <summary>What the rules need of a vacancy.</summary>
public sealed record VacancyFacts(DateOnly? PublishedOn, int Posts, int Hired, int PayMin, int PayMax, Education MinEducation, int MinExperienceYears)
{
    public static VacancyFacts Of(Vacancy v) => new(v.PublishedAt is { } p ? DateOnly.FromDateTime(p.ToOffset(TimeSpan.FromHours(8)).DateTime) : null,
        v.Posts, v.Hired, v.PayMin, v.PayMax, v.MinEducation, v.MinExperienceYears);
}

/// <summary>The market cell of the vacancy's minor group and district, this quarter.</summary>
public sealed record MarketFacts(int Posts, int Seekers);

/// <summary>The wage guidance that applies (possibly of a broader group or an earlier year).</summary>
public sealed record WageFacts(string Code, int Year, int Low, int Median, int High);

/// <summary>Active seekers whose intention is the vacancy's minor group, by whole years of experience and by education.</summary>
public sealed record SeekerProfile(IReadOnlyDictionary<int, int> ByExperienceYears, IReadOnlyDictionary<Education, int> ByEducation)
{
    public int Total => ByExperienceYears.Values.Sum();
}

[Flags]
public enum HardToFillReasons
{
    None = 0,
    OpenTooLong = 1,
    PayBelowGuidanceLow = 2,
    OfferBelowGuidanceMedian = 4,
    MarketShortage = 8,
}

/// <summary>One observation with its evidence and the suggested adjustment; <see cref="Reason"/> null = a suggestion only.</summary>
public sealed record HardToFillFinding(HardToFillReasons? Reason, string Evidence, string Suggestion);

public sealed record HardToFillAssessment(HardToFillReasons Reasons, IReadOnlyList<HardToFillFinding> Findings)
{
    public bool IsHardToFill => Reasons != HardToFillReasons.None;
}
