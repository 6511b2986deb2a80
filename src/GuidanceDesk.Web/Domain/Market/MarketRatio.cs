namespace GuidanceDesk.Web.Domain;

/// <summary>
/// 求人倍率 (the job-openings-to-applicants ratio of the published PES market analyses): the posts employers want
/// filled (需求人数, the sum of <see cref="Vacancy.Posts"/>) divided by the job seekers who want that work
/// (求职人数). It is undefined without seekers: then there is no ratio, and a market with posts but no seekers is
/// a shortage of the strongest kind (ranked above every finite ratio).
/// </summary>
public static class MarketRatio
{
    /// <summary>posts ÷ seekers rounded to two places; null when there are no seekers.</summary>
    public static decimal? Of(long posts, long seekers) =>
        seekers <= 0 ? null : Math.Round((decimal)posts / seekers, 2, MidpointRounding.AwayFromZero);

    /// <summary>The ordering key for "most short": no seekers with posts first, then the ratio.</summary>
    public static decimal ShortageKey(long posts, long seekers) =>
        seekers <= 0 ? (posts > 0 ? decimal.MaxValue : 0m) : (decimal)posts / seekers;

    /// <summary>The monthly pay a vacancy offers as one number: the midpoint of its range, in whole yuan (rounded down).</summary>
    public static int Midpoint(int payMin, int payMax) => (int)(((long)payMin + payMax) / 2);

    /// <summary>The median of the values (the mean of the middle two for an even count), rounded down; null when empty.</summary>
    public static int? Median(IReadOnlyList<int> values)
    {
        if (values.Count == 0)
            return null;
        var sorted = values.Order().ToArray();
        var mid = sorted.Length / 2;
        return sorted.Length % 2 == 1 ? sorted[mid] : (int)(((long)sorted[mid - 1] + sorted[mid]) / 2);
    }
}
