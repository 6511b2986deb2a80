using GuidanceDesk.Web.Domain;

namespace GuidanceDesk.Web.Features.Surveys;

/// <param name="Method">Where the weights came from: the method asked for, or Configured after a fallback.</param>
/// <param name="Note">Why the weights are what they are (Chinese), null for configured weights as asked.</param>
public sealed record WeightChoice(IReadOnlyDictionary<Latent, double> Weights, WeightMethod Method, string? Note, PlsModel? Model);

/// <summary>
/// The weights of the index by the method asked for. An estimate the data cannot support (too few responses, a singular
/// matrix, no convergence) falls back to the configured weights with a note saying why, so the page always has an index.
/// </summary>
public static class IndexWeights
{
    public const string RegressionNote = "权重由总体满意度对各驱动因素的标准化回归估计";
    public const string RegressionFailed = "数据不足，无法估计权重，已使用配置的权重";

    /// <param name="all">The moments of the whole filtered period (regression is exact on them; n sizes the PLS sample).</param>
    /// <param name="sampleItems">Reads the item moments for PLS; only called when PLS is asked for and n is large enough.</param>
    public static async Task<WeightChoice> ChooseAsync(WeightMethod method, IReadOnlyDictionary<Latent, double> configured, Moments all,
        Func<CancellationToken, Task<ItemMoments>> sampleItems, CancellationToken ct)
    {
        switch (method)
        {
            case WeightMethod.Regression:
                var regression = IndexMath.RegressionWeights(all, SurveyItems.Drivers);
                return regression is null
                    ? new WeightChoice(configured, WeightMethod.Configured, RegressionFailed, null)
                    : new WeightChoice(regression, WeightMethod.Regression, RegressionNote, null);
            case WeightMethod.Pls:
                // A period too small for the model is not worth a read of its rows.
                if (all.N < SatisfactionPls.MinimumResponses)
                    return new WeightChoice(configured, WeightMethod.Configured, SatisfactionPls.TooFew, null);
                var (pls, model, note) = SatisfactionPls.Estimate(await sampleItems(ct), all.N);
                return pls is null
                    ? new WeightChoice(configured, WeightMethod.Configured, note, null)
                    : new WeightChoice(pls, WeightMethod.Pls, note, model);
            default:
                return new WeightChoice(configured, WeightMethod.Configured, null, null);
        }
    }
}
