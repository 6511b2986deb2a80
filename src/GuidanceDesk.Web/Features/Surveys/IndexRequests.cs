using GuidanceDesk.Web.Domain;

namespace GuidanceDesk.Web.Features.Surveys;

public enum IndexGrouping { None = 0, Unit = 1, Counselor = 2, Service = 3, Channel = 4 }

/// <param name="From">First day (Beijing time) of the period.</param>
/// <param name="To">Last day, inclusive.</param>
/// <param name="EstimateWeights">Use weights estimated from the data instead of the configured ones.</param>
public sealed record IndexFilter(DateOnly From, DateOnly To, long? UnitId = null, long? CounselorId = null, ServiceKind? Service = null,
    Channel? Channel = null, IndexGrouping GroupBy = IndexGrouping.None, bool EstimateWeights = false)
{
    /// <summary>A quarter, e.g. 2026 Q3.</summary>
    public static (DateOnly From, DateOnly To) Quarter(int year, int quarter)
    {
        var from = new DateOnly(year, (quarter - 1) * 3 + 1, 1);
        return (from, from.AddMonths(3).AddDays(-1));
    }

    public static int QuarterOf(DateOnly d) => (d.Month - 1) / 3 + 1;
}

public sealed record LatentScore(Latent Latent, string Name, double? Mean, double? Score, double? Importance, IpaQuadrant? Quadrant);

public sealed record IndexRow(string Key, string Label, long Responses, long Invitations, double? ResponseRate, double? Index,
    double? CiLow, double? CiHigh, IReadOnlyList<LatentScore> Latents, bool Suppressed);

public sealed record TrendPoint(string Quarter, long Responses, double? Index);

public sealed record SurveyComment(DateOnly On, string Unit, string Text);

/// <param name="Weights">Latent name → weight used for the index.</param>
/// <param name="WeightsEstimated">True when the weights came from the data (regression), false when configured.</param>
public sealed record IndexReport(IndexFilter Filter, IReadOnlyDictionary<string, double> Weights, bool WeightsEstimated, string? WeightsNote,
    IndexRow Overall, IReadOnlyList<IndexRow> Groups, IReadOnlyList<TrendPoint> Trend, IReadOnlyList<SurveyComment> Comments);
