using GuidanceDesk.Web.Domain;

namespace GuidanceDesk.Web.Features.Surveys;

/// <summary>
/// <c>Surveys</c> settings: how often guidance records invite (every N on a case), how long an invitation stays open,
/// how far back the scan looks for occasions, and the index weights per latent (summing to 1; see docs/surveys.md).
/// </summary>
public sealed class SurveyOptions
{
    public int RecordsPerInvitation { get; set; } = 5;
    public int ExpiryDays { get; set; } = 30;
    public int LookbackDays { get; set; } = 7;
    public int ScanMinutes { get; set; } = 5;

    /// <summary>Latent name → weight. Defaults: the four drivers of satisfaction in the GB/T 19038 model.</summary>
    public Dictionary<string, double> IndexWeights { get; set; } = [];

    public static readonly IReadOnlyDictionary<Latent, double> DefaultWeights = new Dictionary<Latent, double>
    {
        [Latent.Image] = 0.15, [Latent.Expectation] = 0.15, [Latent.Quality] = 0.40, [Latent.Value] = 0.30,
    };

    /// <summary>The configured weights, or the defaults when none are set; refuses weights that do not sum to 1.</summary>
    public IReadOnlyDictionary<Latent, double> Weights()
    {
        if (IndexWeights.Count == 0)
            return DefaultWeights;
        var weights = IndexWeights.ToDictionary(w => Enum.Parse<Latent>(w.Key, ignoreCase: true), w => w.Value);
        if (Math.Abs(weights.Values.Sum() - 1) > 0.001 || weights.Values.Any(w => w < 0))
            throw new InvalidOperationException("Surveys:IndexWeights must be non-negative and sum to 1.");
        // The database sums products only among the drivers and overall satisfaction (see ResponseMoments).
        if (weights.Keys.Any(k => k > Latent.Satisfaction))
            throw new InvalidOperationException("Surveys:IndexWeights may weight Image, Expectation, Quality, Value and Satisfaction only.");
        return weights;
    }
}
