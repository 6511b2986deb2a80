using System.Globalization;
using GuidanceDesk.Web.Domain;

namespace GuidanceDesk.Web.Features.Surveys;

/// <summary>
/// The satisfaction model as a PLS path model (<see cref="PlsPathModel"/>) and the index weights it gives. Blocks: the
/// seven latents of <see cref="SurveyItems"/>, each measured reflectively (Mode A) by its items. Inner model: the
/// structure of the European and Chinese customer satisfaction index models (ECSI; CCSI, GB/T 19038), with complaint
/// reverse-scored so that every latent is "higher is better":
/// <code>
///   Image       → Expectation, Satisfaction, Loyalty
///   Expectation → Quality, Value, Satisfaction
///   Quality     → Value, Satisfaction
///   Value       → Satisfaction
///   Satisfaction → Complaint, Loyalty
///   Complaint   → Loyalty
/// </code>
/// Index weights = the total effects of the four drivers on satisfaction (direct and through the other drivers), negatives
/// set to 0, rescaled to sum 1 — the "impact" that ACSI-style models report as importance. The latent means of the index
/// stay the equal-weight item means, so that an index with PLS weights is comparable with one with configured weights.
/// </summary>
public static class SatisfactionPls
{
    /// <summary>Below this the 14×14 correlations are too noisy for a model with 12 paths.</summary>
    public const int MinimumResponses = 30;

    public const string Note = "权重由 PLS 路径模型估计（各驱动因素对总体满意度的总效应），使用全部 {0} 份问卷";
    public const string SampledNote = "权重由 PLS 路径模型估计（各驱动因素对总体满意度的总效应），使用按编号等距抽取的 {0} 份问卷（期间共 {1} 份）";
    public const string TooFew = "有效问卷少于 30 份，无法用 PLS 估计权重，已使用配置的权重";
    public const string Unsupported = "数据无法支持 PLS 估计（有题项没有变化或维度之间完全共线），已使用配置的权重";
    public const string NotConverged = "PLS 迭代 300 次仍未收敛，无法估计权重，已使用配置的权重";
    public const string NoPositiveEffect = "PLS 估计的各驱动因素对总体满意度的总效应均不为正，已使用配置的权重";

    public static readonly IReadOnlyList<(Latent From, Latent To)> Paths =
    [
        (Latent.Image, Latent.Expectation), (Latent.Image, Latent.Satisfaction), (Latent.Image, Latent.Loyalty),
        (Latent.Expectation, Latent.Quality), (Latent.Expectation, Latent.Value), (Latent.Expectation, Latent.Satisfaction),
        (Latent.Quality, Latent.Value), (Latent.Quality, Latent.Satisfaction),
        (Latent.Value, Latent.Satisfaction),
        (Latent.Satisfaction, Latent.Complaint), (Latent.Satisfaction, Latent.Loyalty),
        (Latent.Complaint, Latent.Loyalty),
    ];

    private static readonly int[] Blocks = [.. SurveyItems.All.Select(i => (int)i.Latent)];
    private static readonly (int, int)[] InnerPaths = [.. Paths.Select(p => ((int)p.From, (int)p.To))];

    /// <summary>
    /// The model on the items' moments and the weights from it; on failure no weights and a note why (the caller falls
    /// back to the configured weights). <paramref name="periodResponses"/> is n of the period, for the report only.
    /// </summary>
    public static (IReadOnlyDictionary<Latent, double>? Weights, PlsModel? Model, string Note) Estimate(ItemMoments items, long periodResponses)
    {
        if (items.N < MinimumResponses)
            return (null, null, TooFew);
        var r = items.Correlations();
        var fit = r is null ? null : PlsPathModel.Estimate(r, Blocks, SurveyItems.Latents.Count, InnerPaths, items.N);
        if (fit is null)
            return (null, null, Unsupported);
        if (!fit.Converged)
            return (null, null, NotConverged);
        var weights = ImportanceWeights(fit);
        if (weights is null)
            return (null, null, NoPositiveEffect);
        var model = Report(fit, Math.Max(periodResponses, items.N));
        var note = string.Format(CultureInfo.InvariantCulture, model.Sampled ? SampledNote : Note, model.Responses, model.PeriodResponses);
        return (weights, model, note);
    }

    /// <summary>Total effects of the drivers on satisfaction, negatives set to 0, rescaled to sum 1; null if none is positive.</summary>
    public static IReadOnlyDictionary<Latent, double>? ImportanceWeights(PlsResult fit)
    {
        var effects = SurveyItems.Drivers.ToDictionary(d => d, d => Math.Max(0, fit.TotalEffects[(int)Latent.Satisfaction, (int)d]));
        var total = effects.Values.Sum();
        return total > 0 ? effects.ToDictionary(e => e.Key, e => e.Value / total) : null;
    }

    private static PlsModel Report(PlsResult fit, long periodResponses) => new(
        fit.N, periodResponses, fit.Iterations, fit.Converged,
        [.. Paths.Select(p => new PlsPathEstimate(p.From, p.To, Round(fit.Paths[(int)p.To, (int)p.From])))],
        SurveyItems.Latents.Where(l => fit.RSquared[(int)l] is not null).ToDictionary(l => l.ToString(), l => Round(fit.RSquared[(int)l]!.Value)),
        SurveyItems.Drivers.ToDictionary(d => d.ToString(), d => Round(fit.TotalEffects[(int)Latent.Satisfaction, (int)d])),
        [.. SurveyItems.All.Select(i => new PlsItemEstimate(i.Code, i.Latent, Round(fit.OuterWeights[i.Index]), Round(fit.Loadings[i.Index])))]);

    private static double Round(double x) => Math.Round(x, 4);
}
