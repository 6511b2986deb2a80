using GuidanceDesk.Web.Domain;

namespace GuidanceDesk.Web.Features.Surveys;

public enum IndexGrouping { None = 0, Unit = 1, Counselor = 2, Service = 3, Channel = 4 }

/// <summary>How the index weighs the drivers (docs/surveys.md).</summary>
public enum WeightMethod
{
    Configured = 0, // Surveys:IndexWeights
    Regression = 1, // standardized regression of satisfaction on the driver scores, exact over the period
    Pls = 2,        // total effects of the drivers on satisfaction in the PLS path model (SatisfactionPls)
}

/// <param name="From">First day (Beijing time) of the period.</param>
/// <param name="To">Last day, inclusive.</param>
/// <param name="WeightMethod">The weights asked for: configured, or estimated from the data by regression or by PLS.</param>
public sealed record IndexFilter(DateOnly From, DateOnly To, long? UnitId = null, long? CounselorId = null, ServiceKind? Service = null,
    Channel? Channel = null, IndexGrouping GroupBy = IndexGrouping.None, WeightMethod WeightMethod = WeightMethod.Configured)
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
/// <param name="WeightsEstimated">True when the weights came from the data (regression or PLS), false when configured.</param>
/// <param name="WeightMethod">The method the weights came from: the one asked for, or Configured when the data could not support it.</param>
/// <param name="Model">The PLS estimates behind the weights, when they came from PLS.</param>
public sealed record IndexReport(IndexFilter Filter, IReadOnlyDictionary<string, double> Weights, bool WeightsEstimated, string? WeightsNote,
    IndexRow Overall, IReadOnlyList<IndexRow> Groups, IReadOnlyList<TrendPoint> Trend, IReadOnlyList<SurveyComment> Comments,
    WeightMethod WeightMethod, PlsModel? Model);

/// <summary>The PLS path model as reported (figures rounded to 4 places).</summary>
/// <param name="Responses">Responses the model was estimated on: all of the period, or a systematic sample of at most 20,000.</param>
/// <param name="PeriodResponses">Responses of the filtered period.</param>
/// <param name="RSquared">Endogenous latent name → R².</param>
/// <param name="TotalEffects">Driver name → total effect on overall satisfaction (before negatives are set to 0).</param>
public sealed record PlsModel(long Responses, long PeriodResponses, int Iterations, bool Converged, IReadOnlyList<PlsPathEstimate> Paths,
    IReadOnlyDictionary<string, double> RSquared, IReadOnlyDictionary<string, double> TotalEffects, IReadOnlyList<PlsItemEstimate> Items)
{
    public bool Sampled => Responses < PeriodResponses;
}

public sealed record PlsPathEstimate(Latent From, Latent To, double Coefficient);

/// <param name="Weight">Outer weight: the item's share in its latent's (unit-variance) score.</param>
/// <param name="Loading">Correlation of the item with its latent's score.</param>
public sealed record PlsItemEstimate(string Code, Latent Latent, double Weight, double Loading);
